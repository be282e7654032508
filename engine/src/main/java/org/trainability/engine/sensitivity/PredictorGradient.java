package org.trainability.engine.sensitivity;

import java.util.List;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.spectral.PoissonEquation;
import org.trainability.engine.spectral.SymmetrizedKernel;

/**
 * The gradient of {@code log Q⊥ = log(KM/2) + log ‖g‖² - log T_O} with respect to every coupling
 * J_kl (k &lt; l, lexicographic: the first parameters of docs/math.md §1), for the random-scan heat-bath
 * kernel, computed through the Poisson form of T_O — no eigenvectors (docs/math.md §4).
 *
 * <h2>Derivation</h2>
 * Write θ for one coupling J_kl and f_θ = ∂E/∂θ = -x_k x_l for its observable. The energy is linear
 * in the parameters, so {@code ∂π(x)/∂θ = -β π(x) f̄_θ(x)}, {@code f̄ = f - π(f)}.
 * <ol>
 *   <li><b>The signal.</b> {@code ∂g_a/∂θ = -∂E_π[f_a]/∂θ = β Cov_π(f_a, f_θ)}, hence
 *       {@code ∂‖g‖²/∂θ = 2β Σ_a g_a Cov_π(f_a, f_θ)} (data moments do not depend on θ).</li>
 *   <li><b>The Poisson form.</b> With A = I - P and u_a the solution of {@code A u_a = f̄_a}
 *       normalised by {@code π(u_a) = 0}: {@code T_O = Σ_a (⟨f̄_a, u_a⟩_π - ½ Var_π f_a)}.</li>
 *   <li><b>Differentiating ⟨f̄_a, u_a⟩_π = Σ_x π f̄_a u_a</b> gives three terms. (i)
 *       {@code Σ_x ∂π f̄_a u_a}. (ii) {@code ⟨∂f̄_a, u_a⟩_π = -∂π(f_a)·π(u_a) = 0}: ∂f̄_a is a
 *       constant. (iii) {@code ⟨f̄_a, ∂u_a⟩_π}: differentiate {@code A u_a = f̄_a} to get
 *       {@code A ∂u_a = ∂P u_a + ∂f̄_a}; since P is reversible, A is self-adjoint in L²(π), so
 *       {@code ⟨f̄_a, ∂u_a⟩_π = ⟨A u_a, ∂u_a⟩_π = ⟨u_a, A ∂u_a⟩_π = ⟨u_a, ∂P u_a⟩_π}
 *       (the constant ∂f̄_a meets π(u_a) = 0 again). No derivative of u_a is ever solved for.</li>
 *   <li><b>The variance.</b> {@code ∂Var_π f_a = Σ_x ∂π f̄_a²} (the mean's change drops out).</li>
 * </ol>
 * Together: {@code ∂T_O/∂θ = -β Σ_x π f̄_θ Σ_a f̄_a (u_a - ½ f̄_a) + Σ_a ⟨u_a, ∂P u_a⟩_π} — a term
 * through the law π ({@link #timeGradientThroughLaw}) and a term through the kernel P
 * ({@link #timeGradientThroughKernel}, with ∂P from {@link HeatBathDerivative}). Rows of ∂P sum to
 * zero, so {@code (∂P u)(x) = Σ_i ∂P(x, x^(i)) (u(x^(i)) - u(x))}: only the sites k and l enter.
 *
 * <p><b>Numerics.</b> Everything is formed in the symmetric variables of {@link PoissonEquation}:
 * {@code w_a = √π ∘ u_a} solves {@code (I - S + √π√πᵀ) w_a = √π ∘ f̄_a} by conjugate gradients
 * (and {@code √π·w_a = 0} then gives π(u_a) = 0), and
 * {@code π(x)u(x)u(y) = w(x)w(y)√(π(x)/π(y))} with the ratio taken from log-weights, so no
 * improbable state is divided by. The solve's residual ({@link PoissonEquation#DEFAULT_RESIDUAL})
 * bounds the relative error of T_O and its gradient at about 1e-13/γ.
 *
 * <p><b>Failure modes.</b> Refuses an RBM, and any kernel other than random-scan (its derivative is
 * the heat-bath one), with {@link RefusedInputException}; throws
 * {@link org.trainability.engine.spectral.NotReversibleException} when the kernel is not reversible
 * for the law (the self-adjointness of step 3 fails), and {@link ArithmeticException} when the
 * Poisson solve does not converge (a near-reducible chain). Immutable; thread-safe.
 *
 * @param couplings                  the couplings' names, {@code J[k,l]}, in parameter order
 * @param gradNorm2                  ‖g‖²
 * @param aggregateTime              T_O
 * @param gradNorm2Gradient          ∂‖g‖²/∂J_kl
 * @param timeGradientThroughLaw     the part of ∂T_O/∂J_kl through π
 * @param timeGradientThroughKernel  the part of ∂T_O/∂J_kl through P
 */
public record PredictorGradient(List<String> couplings, double gradNorm2, double aggregateTime,
        double[] gradNorm2Gradient, double[] timeGradientThroughLaw, double[] timeGradientThroughKernel) {

    public PredictorGradient {
        couplings = List.copyOf(couplings);
        gradNorm2Gradient = gradNorm2Gradient.clone();
        timeGradientThroughLaw = timeGradientThroughLaw.clone();
        timeGradientThroughKernel = timeGradientThroughKernel.clone();
        int c = couplings.size();
        if (gradNorm2Gradient.length != c || timeGradientThroughLaw.length != c
                || timeGradientThroughKernel.length != c) {
            throw new IllegalArgumentException("every gradient needs one entry per coupling (" + c + ")");
        }
    }

    /**
     * Computes ‖g‖², T_O and their gradients in the couplings.
     *
     * @param model            an Ising model or a denoising layer (its law is the conditional one;
     *                         Γ and y do not depend on J)
     * @param law              the model's enumerated law
     * @param kernel           the model's random-scan kernel (from whichever engine builds it)
     * @param dataExpectations E_data[f_a] in parameter order. Not modified.
     */
    public static PredictorGradient of(Model model, EnumeratedLaw law, DenseKernel kernel, double[] dataExpectations) {
        IsingModel ising;
        if (model instanceof DenoisingLayer d) {
            ising = d.conditional();
        } else if (model instanceof IsingModel m) {
            ising = m;
        } else {
            throw new RefusedInputException("the predictor's gradient in J is defined here for Ising models and"
                    + " denoising layers, not for " + model.getClass().getSimpleName());
        }
        if (kernel.name() != KernelName.RANDOM_SCAN) {
            throw new RefusedInputException("the analytic derivative is that of the random-scan heat-bath kernel;"
                    + " got " + kernel.name() + " — build the random-scan kernel for the gradient");
        }
        int states = law.stateCount();
        if (kernel.size() != states || !law.model().equals(model)) {
            throw new IllegalArgumentException("the kernel, the law and the model must describe the same chain");
        }
        var operator = SparseRows.of(SymmetrizedKernel.of(kernel, law));
        var derivative = HeatBathDerivative.of(ising);
        int n = ising.n();
        int params = law.parameterCount();
        int couplingCount = ising.couplingCount();
        var pi = law.probabilities();
        var sqrtPi = law.sqrtProbabilities();
        var logWeights = law.logWeights();
        var means = law.expectations();
        var g = law.gradient(dataExpectations);

        var centred = new double[params][states];
        var w = new double[params][];
        double aggregate = 0;
        var lawWeight = new double[states]; // Σ_a f̄_a (√π w_a - ½ π f̄_a) = π Σ_a f̄_a (u_a - ½ f̄_a)
        for (int a = 0; a < params; a++) {
            var f = centred[a];
            var r = new double[states];
            for (int x = 0; x < states; x++) {
                f[x] = law.observable(a, x) - means[a];
                r[x] = sqrtPi[x] * f[x];
            }
            w[a] = PoissonEquation.solve(operator, sqrtPi, r, PoissonEquation.DEFAULT_RESIDUAL,
                    20 * states + 200);
            double inner = 0;
            double variance = 0;
            for (int x = 0; x < states; x++) {
                inner += r[x] * w[a][x];
                variance += r[x] * r[x];
                lawWeight[x] += f[x] * (sqrtPi[x] * w[a][x] - 0.5 * pi[x] * f[x]);
            }
            aggregate += inner - 0.5 * variance;
        }

        // D_i(x) = Σ_a w_a(x) (w_a(x^(i)) √(π(x)/π(x^(i))) - w_a(x)) = Σ_a π(x) u_a(x) (u_a(x^(i)) - u_a(x)).
        var flipWeight = new double[n][states];
        for (int x = 0; x < states; x++) {
            for (int i = 0; i < n; i++) {
                int y = x ^ (1 << i);
                double ratio = Math.exp(0.5 * (logWeights[x] - logWeights[y]));
                double s = 0;
                for (int a = 0; a < params; a++) {
                    s += w[a][x] * (w[a][y] * ratio - w[a][x]);
                }
                flipWeight[i][x] = s;
            }
        }

        double gradNorm2 = 0;
        for (double ga : g) {
            gradNorm2 += ga * ga;
        }
        double beta = ising.beta();
        var names = law.model().parameterNames().subList(0, couplingCount);
        var dSignal = new double[couplingCount];
        var dLaw = new double[couplingCount];
        var dKernel = new double[couplingCount];
        int c = 0;
        for (int k = 0; k < n; k++) {
            for (int l = k + 1; l < n; l++, c++) {
                var ft = centred[c];
                double signal = 0;
                for (int a = 0; a < params; a++) {
                    if (g[a] == 0) {
                        continue;
                    }
                    double cov = 0;
                    var fa = centred[a];
                    for (int x = 0; x < states; x++) {
                        cov += pi[x] * fa[x] * ft[x];
                    }
                    signal += g[a] * cov;
                }
                dSignal[c] = 2 * beta * signal;
                double throughLaw = 0;
                double throughKernel = 0;
                for (int x = 0; x < states; x++) {
                    throughLaw += ft[x] * lawWeight[x];
                    throughKernel += derivative.flipDerivative(x, k, k, l) * flipWeight[k][x]
                            + derivative.flipDerivative(x, l, k, l) * flipWeight[l][x];
                }
                dLaw[c] = -beta * throughLaw;
                dKernel[c] = throughKernel;
            }
        }
        return new PredictorGradient(names, gradNorm2, aggregate, dSignal, dLaw, dKernel);
    }

    @Override
    public double[] gradNorm2Gradient() {
        return gradNorm2Gradient.clone();
    }

    @Override
    public double[] timeGradientThroughLaw() {
        return timeGradientThroughLaw.clone();
    }

    @Override
    public double[] timeGradientThroughKernel() {
        return timeGradientThroughKernel.clone();
    }

    /** {@code ∂T_O/∂J_kl}: both parts. */
    public double[] aggregateTimeGradient() {
        var out = new double[couplings.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = timeGradientThroughLaw[c] + timeGradientThroughKernel[c];
        }
        return out;
    }

    /** {@code ∂ log Q⊥/∂J_kl = (∂‖g‖²/∂J_kl)/‖g‖² - (∂T_O/∂J_kl)/T_O} (the same for every K and M). */
    public double[] logPerpGradient() {
        var dt = aggregateTimeGradient();
        var out = new double[dt.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = gradNorm2Gradient[c] / gradNorm2 - dt[c] / aggregateTime;
        }
        return out;
    }

    /** {@code log Q⊥(K) = log(KM/2) + log ‖g‖² - log T_O} for window K and M chains. */
    public double logPerp(long window, int chains) {
        return Math.log(window * (double) chains / 2) + Math.log(gradNorm2) - Math.log(aggregateTime);
    }
}
