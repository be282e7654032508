package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyKernel;
import org.trainability.checks.study.StudyModels;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.PoissonEquation;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.SymmetrizedKernel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * O4 measured: three independent computations of {@code τ_int[f_a] Var_π[f_a]} agree — the
 * spectral form of docs/math.md §4 (the engine's cluster weights), the Poisson form (conjugate gradients
 * on {@code (I − P)u = f̄}, no eigenvectors) and the direct sum of autocovariances
 * ({@link AutocovarianceSums}, no eigenvectors and no reversibility) — and
 * {@code T_O = ½ tr S(θ)} with S summed from autocovariances, symmetric and positive
 * semi-definite. Tolerance {@link #AGREEMENT} relative to {@code T_O}'s terms, plus the exact
 * cluster-averaging term of docs/math.md's cluster form (zero unless eigenvalues within δ_cl merge).
 * Also the closed forms of random-scan Gibbs on independent spins (J = 0, b = 0): eigenvalues
 * {@code 1 − k/N} with multiplicity {@code C(N,k)}, {@code τ_int[f_ij] = (N−1)/2},
 * {@code τ_int[f_i] = N − ½} (N = 4, 6). The check passes when every kernel's forms agree, S is
 * symmetric PSD and the references match their closed forms. Negative control: the spectral form applied to {@code systematic-scan}
 * (gate waived) must disagree with its autocovariance sum. Stateless; thread-safe.
 */
public final class AutocorrelationTime {

    /** Relative agreement of the three forms. */
    public static final Tolerance AGREEMENT = Tolerance.relative(1e-9);
    /** The most lags the direct sum takes. */
    public static final int MAX_LAGS = 200_000;

    private AutocorrelationTime() {
    }

    /**
     * One kernel's three forms.
     *
     * @param spectralPoisson max_a |spectral − Poisson| / allowed
     * @param spectralDirect  max_a |spectral − direct| / allowed
     * @param traceRatio      |T_O − ½ tr S| / (tolerance · T_O)
     * @param asymmetry       max |S_ab − S_ba| / tr S
     * @param smallestEigen   the smallest eigenvalue of S / tr S (≥ −1e-12 for PSD)
     * @param converged       whether the autocovariance sum converged
     */
    public record Comparison(double spectralPoisson, double spectralDirect, double traceRatio, double asymmetry,
            double smallestEigen, boolean converged) {
        /** Whether the three forms agree and S is symmetric PSD. */
        public boolean holds() {
            return converged && spectralPoisson <= 1 && spectralDirect <= 1 && traceRatio <= 1
                    && asymmetry <= AGREEMENT.bound() && smallestEigen >= -AGREEMENT.bound();
        }
    }

    /** Compares the forms on one kernel; {@code analysis} may have the reversibility gate waived. */
    public static Comparison compare(SpectralAnalysis analysis, DenseKernel kernel, StationaryLaw law,
            boolean withPoisson) {
        var direct = AutocovarianceSums.of(kernel, law, MAX_LAGS);
        var s = direct.covariance();
        int p = law.parameterCount();
        double t0 = analysis.aggregateTime();
        double spectralPoisson = 0;
        double spectralDirect = 0;
        var sqrtPi = law.sqrtProbabilities();
        var operator = withPoisson ? SymmetrizedKernel.of(kernel, law).operator() : null;
        for (int a = 0; a < p; a++) {
            double spectral = analysis.tauIntTimesVariance(a);
            // An observable of (near) zero variance is compared on the scale of T_O: its τ·Var is rounding.
            double allowed = AGREEMENT.bound() * Math.max(Math.abs(spectral), 1e-9 * t0)
                    + 1.01 * clusterAveraging(analysis, a);
            spectralDirect = Math.max(spectralDirect, Math.abs(spectral - direct.tauIntTimesVariance(a)) / allowed);
            if (withPoisson) {
                double poisson = PoissonEquation.tauIntTimesVariance(operator, sqrtPi, law.observable(a));
                spectralPoisson = Math.max(spectralPoisson, Math.abs(spectral - poisson) / allowed);
            }
        }
        double trace = 2 * direct.halfTrace();
        double asymmetry = 0;
        var flat = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                asymmetry = Math.max(asymmetry, Math.abs(s[a][b] - s[b][a]) / trace);
                flat[a * p + b] = 0.5 * (s[a][b] + s[b][a]);
            }
        }
        double smallest = SymmetricEigensolver.preferred().decompose(flat, p).value(p - 1) / trace;
        double traceRatio = Math.abs(t0 - direct.halfTrace()) / (AGREEMENT.bound() * t0);
        return new Comparison(spectralPoisson, spectralDirect, traceRatio, asymmetry, smallest, direct.converged());
    }

    /** {@code Σ_c Σ_{j∈c} f̂²_{a,j} |t(λ_j) − t(λ_c)|}: what docs/math.md's cluster means change in τ_int·Var. */
    static double clusterAveraging(SpectralAnalysis analysis, int a) {
        var clusters = analysis.spectrum().clusters();
        double s = 0;
        for (var cluster : clusters.subList(1, clusters.size())) {
            if (cluster.size() < 2) {
                continue;
            }
            for (int j = cluster.first(); j < cluster.first() + cluster.size(); j++) {
                double f = analysis.coefficient(a, j);
                s += f * f * Math.abs(SpectralAnalysis.modeTime(analysis.spectrum().lambda(j))
                        - SpectralAnalysis.modeTime(cluster.lambda()));
            }
        }
        return s;
    }

    /**
     * The closed forms on independent spins under random scan.
     *
     * @param spins              N
     * @param eigenvalueMismatch the first eigenvalue off {@code 1 − k/N}, described; then τ_int is not compared
     * @param worstTauError      max_a |τ_int − closed form| / closed form
     */
    record IndependentSpins(int spins, Optional<String> eigenvalueMismatch, double worstTauError) {
    }

    /** Compares the random-scan spectrum and τ_int of N independent spins with their closed forms. */
    static IndependentSpins independentSpins(EngineUnderTest engine, int n) {
        var model = IsingModel.withoutFields(new double[n][n], 1.0, true);
        var law = EnumeratedLaw.of(model);
        var analysis = SpectralFormulas.of(law, engine.kernel(KernelName.RANDOM_SCAN, model));
        var lambdas = analysis.spectrum().eigenvalues();
        int j = 0;
        for (int k = 0; k <= n; k++) {
            long multiplicity = binomial(n, k);
            for (long m = 0; m < multiplicity; m++, j++) {
                if (Math.abs(lambdas[j] - (1 - (double) k / n)) > 1e-12) {
                    return new IndependentSpins(n, Optional.of(String.format("independent-%d: eigenvalue %d is %.15f,"
                            + " expected 1 - %d/%d", n, j, lambdas[j], k, n)), Double.NaN);
                }
            }
        }
        var tau = analysis.tauInt();
        int couplings = model.couplingCount();
        double worst = 0;
        for (int a = 0; a < tau.length; a++) {
            double expected = a < couplings ? (n - 1) / 2.0 : n - 0.5;
            worst = Math.max(worst, Math.abs(tau[a] - expected) / expected);
        }
        return new IndependentSpins(n, Optional.empty(), worst);
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    /**
     * The O4 design: every reversible kernel of every study model, and independent spins on 4 and 6 spins.
     *
     * @param systematic compare the spectral form on {@code systematic-scan} (gate waived) with its
     *                   autocovariance sum alone instead, without the Poisson form and the references
     */
    record Design(boolean systematic) implements CheckDesign<Forms> {

        /** The reversible kernels. */
        static final Design REAL = new Design(false);
        /** Systematic scan, the reversibility gate waived. */
        static final Design CONTROL = new Design(true);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", StudyModels.names());
            parameters.put("references", List.of("independent-4", "independent-6"));
            parameters.put("agreementTolerance", AGREEMENT.bound());
            parameters.put("maxLags", MAX_LAGS);
            parameters.put("negativeControl", StudyKernel.NEGATIVE_CONTROL);
            return parameters;
        }

        @Override
        public String description() {
            return "Spectral, Poisson and direct-autocovariance tau_int Var agree, T_O = 1/2 tr S with S symmetric PSD,"
                    + " on every reversible kernel of every study model, plus the closed forms of independent"
                    + " spins; the spectral form on systematic scan must disagree with its autocovariances.";
        }

        @Override
        public Forms measure(EngineUnderTest engine, long seed) {
            var kernels = new ArrayList<KernelForms>();
            for (var sk : StudyKernel.all(engine, systematic)) {
                var c = sk.refusal().isPresent() ? Optional.<Comparison>empty()
                        : Optional.of(compare(sk.analysis().orElseThrow(), sk.matrix(), sk.law(), !systematic));
                kernels.add(new KernelForms(sk.study().name(), sk.kernel().label(), sk.label(), sk.refusal(), c));
            }
            var references = new ArrayList<IndependentSpins>();
            if (!systematic) {
                for (int n : new int[] {4, 6}) {
                    references.add(independentSpins(engine, n));
                }
            }
            return new Forms(kernels, !systematic, references);
        }
    }

    /**
     * One kernel's comparison.
     *
     * @param model      the study model
     * @param kernel     the kernel's name
     * @param label      model/kernel, for messages
     * @param refusal    why the engine refused the kernel, if it did
     * @param comparison the forms compared, empty when refused
     */
    record KernelForms(String model, String kernel, String label, Optional<String> refusal,
            Optional<Comparison> comparison) {
    }

    /**
     * What the comparisons found; {@link #present()} fails on any refusal, any kernel whose forms
     * disagree and any reference off its closed form.
     *
     * @param kernels     every kernel compared
     * @param withPoisson whether the Poisson form and ½ tr S were compared too
     * @param references  the independent-spin references (none in the control)
     */
    record Forms(List<KernelForms> kernels, boolean withPoisson, List<IndependentSpins> references)
            implements Outcome {

        Forms {
            kernels = List.copyOf(kernels);
            references = List.copyOf(references);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "kernel", "forms", "worst-ratio-to-tolerance", "holds");
            var failing = new ArrayList<String>();
            double worst = 0;
            int count = 0;
            for (var k : kernels) {
                if (k.refusal().isPresent()) {
                    failing.add(k.label() + ": " + k.refusal().get());
                    continue;
                }
                var c = k.comparison().orElseThrow();
                count++;
                double ratio = Math.max(Math.max(c.spectralPoisson(), c.spectralDirect()), c.traceRatio());
                worst = Math.max(worst, ratio);
                table.row(k.model(), k.kernel(), withPoisson ? "spectral, Poisson, direct, 1/2 tr S"
                        : "spectral vs direct", ratio, c.holds());
                if (!c.holds()) {
                    failing.add(String.format("%s: spectral-Poisson %.3g, spectral-direct %.3g, T_O vs 1/2 tr S"
                            + " %.3g (ratios to tolerance), S asymmetry %.2e, smallest eigenvalue %.2e%s", k.label(),
                            c.spectralPoisson(), c.spectralDirect(), c.traceRatio(), c.asymmetry(),
                            c.smallestEigen(), c.converged() ? "" : ", lag sum not converged"));
                }
            }
            for (var r : references) {
                if (r.eigenvalueMismatch().isPresent()) {
                    failing.add(r.eigenvalueMismatch().get());
                    continue;
                }
                table.row("independent-" + r.spins(), "random-scan", "eigenvalues 1-k/N, tau (N-1)/2 and N-1/2",
                        r.worstTauError(), true);
                if (r.worstTauError() > AGREEMENT.bound()) {
                    failing.add(String.format("independent-%d: tau_int off its closed form by %.3g (relative)",
                            r.spins(), r.worstTauError()));
                }
            }
            var figures = Figures.builder()
                    .put("kernels", count)
                    .put("worst-ratio-to-tolerance", worst)
                    .put("agreement-tolerance", AGREEMENT.bound())
                    .put("forms", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d kernels: spectral, Poisson and direct tau_int Var agree and T_O = 1/2 tr S"
                            + " (worst %.3f of the tolerance %.0e); independent spins match their closed forms", count,
                            worst, AGREEMENT.bound())
                    : "tau_int representations disagree: " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The O4 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("O4.tau-representations", CheckKind.NUMERICAL, List.of("O4"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
