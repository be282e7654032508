package org.trainability.engine.spectral;

import java.util.ArrayList;
import java.util.List;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigen;
import org.trainability.engine.linalg.SymmetricEigensolver;

/**
 * Every spectral quantity of docs/math.md §4 for a reversible kernel on an enumerated law.
 *
 * <p>Construction symmetrises P (refusing a non-reversible one, {@link NotReversibleException}),
 * decomposes {@code S = D^{1/2} P D^{-1/2}} with the given solver, clusters the spectrum (δ_cl) and
 * forms the coefficients {@code f̂_{a,j} = (√π ∘ f̄_a)·u_j} of the centred observables (the same as
 * those of f_a for j ≥ 2; centring keeps rounding relative to the fluctuation, not the mean) and the
 * cluster weights W_{a,c}. Every derived number is then a method:
 * <ul>
 *   <li>{@code τ_int[f_a] = Σ_{c≠1} W_{a,c} (1+λ_c)/(2(1-λ_c)) / Var_π[f_a]} (half-Sokal);</li>
 *   <li>{@code T_O = Σ_a τ_int[f_a] Var_π[f_a]};</li>
 *   <li>{@code C*(O) = {c ≠ 1 : W_c > ε Σ_a Var_π[f_a]}}, γ_eff (weighted harmonic mean of γ_c over
 *       C*), {@code R_eff = ‖g‖²/Σ_{C*} W_c};</li>
 *   <li>the predictors and the exact stationary Q_op(K) ({@link #predict});</li>
 *   <li>the bias of the window average from a start law ({@link #bias}).</li>
 * </ul>
 * Var_π[f_a] is the enumeration's two-pass variance; Parseval ({@code Σ_{c≠1} W_{a,c}}) is a check,
 * available as {@link ClusterWeights#variance}.
 *
 * <p>Keeps the eigenvectors (for the bias): 8·S² bytes, 134 MB at 4096 states. Immutable;
 * thread-safe.
 */
public final class SpectralAnalysis {

    private final StationaryLaw law;
    private final KernelName kernel;
    private final double detailedBalanceResidual;
    private final SymmetricEigen eigen;
    private final Spectrum spectrum;
    /** f̂_{a,j}, row a at {@code [a·S, (a+1)·S)}. */
    private final double[] coefficients;
    private final ClusterWeights weights;

    private SpectralAnalysis(StationaryLaw law, SymmetrizedKernel s, SymmetricEigensolver solver, double clusterWidth) {
        this.law = law;
        this.kernel = s.name();
        this.detailedBalanceResidual = s.residual();
        int n = law.stateCount();
        int params = law.parameterCount();
        this.eigen = decomposeDeflated(s, law, solver);
        var lambdas = eigen.values();
        for (int j = 1; j < lambdas.length; j++) {
            lambdas[j] = Math.min(lambdas[j], 1.0); // λ ≤ 1 for a stochastic kernel; rounding may exceed it
        }
        this.spectrum = Spectrum.of(lambdas, clusterWidth);
        var means = law.expectations();
        var rows = new double[params * n];
        for (int a = 0; a < params; a++) {
            for (int x = 0; x < n; x++) {
                rows[a * n + x] = law.sqrtProbability(x) * (law.observable(a, x) - means[a]);
            }
        }
        coefficients = eigen.coefficients(rows, params);
        var clusters = spectrum.clusters();
        var w = new double[params][clusters.size()];
        for (int a = 0; a < params; a++) {
            for (int c = 0; c < clusters.size(); c++) {
                var cl = clusters.get(c);
                double sum = 0;
                for (int j = cl.first(); j < cl.first() + cl.size(); j++) {
                    double f = coefficients[a * n + j];
                    sum += f * f;
                }
                w[a][c] = sum;
            }
        }
        this.weights = new ClusterWeights(w);
    }

    /**
     * The stationary mode is known exactly (λ_1 = 1, u_1 = √π). Decomposing S itself, a λ_2 within
     * rounding of 1 (a near-reducible chain) mixes with u_1, and weight of the centred observables
     * leaks into the stationary direction. So decompose {@code S - 3√π√πᵀ} instead: the same
     * eigenvectors, but the stationary eigenvalue moves to -2, isolated from the rest of the
     * spectrum (which lies in [-1, 1]); then put back λ_1 = 1 and u_1 = √π exactly.
     */
    private static SymmetricEigen decomposeDeflated(SymmetrizedKernel s, StationaryLaw law, SymmetricEigensolver solver) {
        int n = s.size();
        var sqrtPi = law.sqrtProbabilities();
        var shifted = s.entries();
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                shifted[x * n + y] -= 3 * sqrtPi[x] * sqrtPi[y];
            }
        }
        var raw = solver.decompose(shifted, n);
        // raw is descending; its last eigenpair is the stationary one (eigenvalue -2). The rest of
        // the spectrum lies in [-1, 1]; its top may round to just above 1, which λ ≤ 1 excludes.
        if (n > 1 && !(raw.value(n - 1) < -1.5 && raw.value(0) <= 1 + 1e-9)) {
            throw new ArithmeticException("the stationary mode did not separate (eigenvalues " + raw.value(n - 1)
                    + " and " + raw.value(0) + "); is the kernel stochastic and reversible for this law?");
        }
        return raw.withLastReplacedFirst(1.0, sqrtPi);
    }

    /** Analyses a kernel with the preferred solver and δ_cl = 1e-9. */
    public static SpectralAnalysis of(StationaryLaw law, DenseKernel kernel) {
        return of(law, kernel, SymmetricEigensolver.preferred(), Spectrum.DEFAULT_CLUSTER_WIDTH);
    }

    /**
     * Analyses a kernel.
     *
     * @throws NotReversibleException if the kernel is not reversible with respect to the law
     */
    public static SpectralAnalysis of(StationaryLaw law, DenseKernel kernel, SymmetricEigensolver solver,
            double clusterWidth) {
        return new SpectralAnalysis(law, SymmetrizedKernel.of(kernel, law), solver, clusterWidth);
    }

    /** Analyses an already symmetrised kernel. */
    public static SpectralAnalysis of(StationaryLaw law, SymmetrizedKernel s, SymmetricEigensolver solver,
            double clusterWidth) {
        return new SpectralAnalysis(law, s, solver, clusterWidth);
    }

    /** The law analysed. */
    public StationaryLaw law() {
        return law;
    }

    /** The kernel analysed. */
    public KernelName kernel() {
        return kernel;
    }

    /** The measured detailed-balance residual of the kernel (relative). */
    public double detailedBalanceResidual() {
        return detailedBalanceResidual;
    }

    /** The spectrum and its clusters. */
    public Spectrum spectrum() {
        return spectrum;
    }

    /** The eigendecomposition of S. */
    public SymmetricEigen eigen() {
        return eigen;
    }

    /** W_{a,c}. */
    public ClusterWeights clusterWeights() {
        return weights;
    }

    /** {@code f̂_{a,j}} (j = 0 is the stationary mode; 0 to rounding after centring). */
    public double coefficient(int a, int j) {
        return coefficients[a * law.stateCount() + j];
    }

    /** {@code (1+λ)/(2(1-λ))}: a mode's contribution per unit weight to τ_int·Var. */
    public static double modeTime(double lambda) {
        return (1 + lambda) / (2 * (1 - lambda));
    }

    /** {@code τ_int[f_a]·Var_π[f_a] = Σ_{c≠1} W_{a,c} (1+λ_c)/(2(1-λ_c))}. */
    public double tauIntTimesVariance(int a) {
        var clusters = spectrum.clusters();
        double s = 0;
        for (int c = 1; c < clusters.size(); c++) {
            double w = weights.weight(a, c);
            if (w != 0) {
                s += w * modeTime(clusters.get(c).lambda());
            }
        }
        return s;
    }

    /** τ_int[f_a] in parameter order (NaN for an observable with zero variance). */
    public double[] tauInt() {
        var var = law.variances();
        var tau = new double[var.length];
        for (int a = 0; a < tau.length; a++) {
            tau[a] = tauIntTimesVariance(a) / var[a];
        }
        return tau;
    }

    /** {@code T_O = Σ_a τ_int[f_a] Var_π[f_a]}. */
    public double aggregateTime() {
        double t = 0;
        for (int a = 0; a < law.parameterCount(); a++) {
            t += tauIntTimesVariance(a);
        }
        return t;
    }

    /** C*(O) at ε: the clusters c ≠ 1 with {@code W_c > ε Σ_a Var_π[f_a]}. */
    public List<RelevantMode> relevantModes(double epsilon) {
        double threshold = epsilon * law.totalVariance();
        var modes = new ArrayList<RelevantMode>();
        var clusters = spectrum.clusters();
        for (int c = 1; c < clusters.size(); c++) {
            double wc = weights.clusterTotal(c);
            if (wc > threshold) {
                modes.add(new RelevantMode(c, clusters.get(c).lambda(), clusters.get(c).size(), wc));
            }
        }
        return List.copyOf(modes);
    }

    /** {@code γ_eff = Σ_{C*} W_c / Σ_{C*} (W_c/γ_c)}; NaN when C* is empty. */
    public double gammaEff(double epsilon) {
        double num = 0;
        double den = 0;
        for (var m : relevantModes(epsilon)) {
            num += m.weight();
            den += m.weight() / (1 - m.lambda());
        }
        return num / den;
    }

    /** {@code R_eff = ‖g‖² / Σ_{C*} W_c} (Infinity when C* is empty). */
    public double rEff(double[] gradient, double epsilon) {
        double w = 0;
        for (var m : relevantModes(epsilon)) {
            w += m.weight();
        }
        return norm2(gradient) / w;
    }

    /**
     * The exact stationary mean squared error of the canonical estimator (μ0 = π, any burn-in):
     * {@code MSE(K) = (1/M) Σ_a Σ_{c≠1} W_{a,c} V(λ_c, K) / K²} with {@link WindowSums#pairSum}.
     */
    public double stationaryMse(long window, int chains) {
        var clusters = spectrum.clusters();
        double s = 0;
        for (int c = 1; c < clusters.size(); c++) {
            double wc = weights.clusterTotal(c);
            if (wc != 0) {
                s += wc * WindowSums.pairSum(clusters.get(c).lambda(), window);
            }
        }
        return s / ((double) window * window) / chains;
    }

    /**
     * The predictors and the exact Q_op for window K, M chains and ε.
     *
     * @param gradient g in parameter order. Not modified.
     */
    public Prediction predict(double[] gradient, long window, int chains, double epsilon) {
        if (window < 1 || chains < 1) {
            throw new IllegalArgumentException("window and chains must be >= 1, got " + window + ", " + chains);
        }
        double g2 = norm2(gradient);
        double km2 = window * (double) chains / 2;
        double tO = aggregateTime();
        double gammaEff = gammaEff(epsilon);
        double rEff = rEff(gradient, epsilon);
        int c2 = spectrum.secondCluster();
        double slowWeight = c2 < 0 ? 0 : weights.clusterTotal(c2);
        double qSingle = spectrum.gap() * km2 * (g2 / slowWeight);
        double qOp = g2 / stationaryMse(window, chains);
        return new Prediction(window, chains, epsilon, g2, tO, gammaEff, rEff, km2 * g2 / tO,
                gammaEff * km2 * rEff, qSingle, qOp);
    }

    /**
     * The bias of the window average from a start law μ0 after B burn-in steps (docs/math.md §4):
     * {@code bias_a = (1/K) Σ_{j≥2} c_j f̂_{a,j} λ_j^B (1-λ_j^K)/(1-λ_j)},
     * {@code c_j = Σ_x μ0(x) φ_j(x)}, {@code φ_j = u_j/√π}. It is
     * {@code E[(1/K)Σ_t f_a(X_t)] - E_π[f_a]}, so {@code E ĝ_a - g_a = -bias_a}.
     *
     * @param mu0 a probability vector over the states. Not modified.
     */
    public double[] bias(double[] mu0, long burnIn, long window) {
        int n = law.stateCount();
        if (mu0.length != n) {
            throw new IllegalArgumentException("μ0 has " + mu0.length + " entries; expected " + n);
        }
        var ratio = new double[n];
        for (int x = 0; x < n; x++) {
            ratio[x] = mu0[x] == 0 ? 0 : mu0[x] / law.sqrtProbability(x);
        }
        int params = law.parameterCount();
        var bias = new double[params];
        for (int j = 1; j < n; j++) {
            double lambda = eigen.value(j);
            double cj = eigen.dot(j, ratio);
            double factor = cj * Math.pow(lambda, burnIn) * WindowSums.geometric(lambda, window) / window;
            if (factor == 0) {
                continue;
            }
            for (int a = 0; a < params; a++) {
                bias[a] += factor * coefficients[a * n + j];
            }
        }
        return bias;
    }

    static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
