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
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * O3 measured. Exactly: the finite-K variance of docs/math.md §4 (O3 claim 1,
 * {@code Var Ā_a = Σ_c W_{a,c} V(λ_c,K)/K²}) against brute force from the stationary start
 * ({@link WindowMoments}), to {@link #AGREEMENT} of {@code Var_π f_a}; and its asymptotic form
 * {@code Var Ā_a = 2τ_int Var_π/K · (1 + r_a)} with the remainder inside O3's bounds,
 * {@code −min(1, 1/(γK)) ≤ r_a ≤ 2/(K τ_int)}, on every reversible kernel of every study model at
 * K ∈ {1, 10, 100, 1000}; it passes when every comparison holds (O3 on the sampler is
 * {@link SampledVariance}). Negative control: the formula on {@code systematic-scan} (gate waived)
 * must disagree with brute force. Stateless; thread-safe.
 */
public final class FiniteWindowVariance {

    /** Agreement of the closed form with brute force, relative to Var_π f_a. */
    public static final Tolerance AGREEMENT = Tolerance.relative(1e-9);
    /** Slack on the remainder bounds, for rounding. */
    public static final double REMAINDER_SLACK = 1e-9;
    static final int[] WINDOWS = {1, 10, 100, 1000};

    private FiniteWindowVariance() {
    }

    /**
     * One kernel at one window.
     *
     * @param agreementRatio max_a |Var_formula − Var_brute| / (tolerance · Var_π f_a)
     * @param remainderExcess max_a of how far r_a lies outside its bounds (≤ 0 inside)
     * @param worstRemainder the r_a of largest size
     */
    public record Comparison(double agreementRatio, double remainderExcess, double worstRemainder) {
        /** Whether the formula agrees and the remainder is bounded. */
        public boolean holds() {
            return agreementRatio <= 1 && remainderExcess <= REMAINDER_SLACK;
        }
    }

    /** Compares the closed form with brute force at window K. */
    public static Comparison compare(SpectralAnalysis analysis, DenseKernel kernel, StationaryLaw law, int window) {
        var brute = WindowMoments.of(kernel, law, law.probabilities(), 0, window);
        var variances = law.variances();
        var tau = analysis.tauInt();
        double gap = analysis.spectrum().gap();
        double agreement = 0;
        double excess = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (int a = 0; a < variances.length; a++) {
            if (!(variances[a] > 0)) {
                continue;
            }
            double formula = SpectralFormulas.windowVariance(analysis, a, window);
            agreement = Math.max(agreement, Math.abs(formula - brute.secondMoment()[a])
                    / (AGREEMENT.bound() * variances[a]));
            double r = formula * window / (2 * tau[a] * variances[a]) - 1;
            double lower = -Math.min(1, 1 / (gap * window));
            double upper = 2 / (window * tau[a]);
            excess = Math.max(excess, Math.max(lower - r, r - upper));
            if (Math.abs(r) > Math.abs(worst)) {
                worst = r;
            }
        }
        return new Comparison(agreement, excess, worst);
    }

    /**
     * The exact O3 design on every reversible kernel of every study model at every window.
     *
     * @param systematic run the formula on {@code systematic-scan} with the gate waived instead
     */
    record Design(boolean systematic) implements CheckDesign<Comparisons> {

        /** The reversible kernels. */
        static final Design REAL = new Design(false);
        /** Systematic scan, the reversibility gate waived. */
        static final Design CONTROL = new Design(true);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", StudyModels.names());
            parameters.put("windows", WINDOWS.clone());
            parameters.put("agreementTolerance", AGREEMENT.bound());
            parameters.put("negativeControl", StudyKernel.NEGATIVE_CONTROL);
            return parameters;
        }

        @Override
        public String description() {
            return "The closed-form finite-K variance (docs/math.md section 4) against brute-force matrix powers from the"
                    + " stationary start, and its 2 tau_int Var/K asymptotics with the remainder inside O3's bounds,"
                    + " for every reversible kernel on every study model; on systematic scan it must disagree.";
        }

        @Override
        public Comparisons measure(EngineUnderTest engine, long seed) {
            var kernels = new ArrayList<KernelComparisons>();
            for (var sk : StudyKernel.all(engine, systematic)) {
                var byWindow = new ArrayList<Comparison>();
                if (sk.refusal().isEmpty()) {
                    for (int w : WINDOWS) {
                        byWindow.add(compare(sk.analysis().orElseThrow(), sk.matrix(), sk.law(), w));
                    }
                }
                kernels.add(new KernelComparisons(sk.study().name(), sk.kernel().label(), sk.label(), sk.refusal(),
                        byWindow));
            }
            return new Comparisons(kernels);
        }
    }

    /**
     * One kernel at every window of {@link #WINDOWS}.
     *
     * @param model    the study model
     * @param kernel   the kernel's name
     * @param label    model/kernel, for messages
     * @param refusal  why the engine refused the kernel, if it did (then nothing is compared)
     * @param byWindow one comparison per window, or none when refused
     */
    record KernelComparisons(String model, String kernel, String label, Optional<String> refusal,
            List<Comparison> byWindow) {
        KernelComparisons {
            byWindow = List.copyOf(byWindow);
        }
    }

    /** What the comparisons found; {@link #present()} fails on any refusal or any comparison that does not hold. */
    record Comparisons(List<KernelComparisons> kernels) implements Outcome {

        Comparisons {
            kernels = List.copyOf(kernels);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "kernel", "window", "agreement-ratio", "remainder", "holds");
            var failing = new ArrayList<String>();
            double worstAgreement = 0;
            int count = 0;
            for (var k : kernels) {
                if (k.refusal().isPresent()) {
                    failing.add(k.label() + ": " + k.refusal().get());
                    continue;
                }
                for (int i = 0; i < k.byWindow().size(); i++) {
                    var c = k.byWindow().get(i);
                    int w = WINDOWS[i];
                    count++;
                    table.row(k.model(), k.kernel(), w, c.agreementRatio(), c.worstRemainder(), c.holds());
                    worstAgreement = Math.max(worstAgreement, c.agreementRatio());
                    if (!c.holds()) {
                        failing.add(String.format("%s K=%d: agreement ratio %.3g, remainder %.3g outside its bounds"
                                + " by %.3g", k.label(), w, c.agreementRatio(), c.worstRemainder(),
                                c.remainderExcess()));
                    }
                }
            }
            var figures = Figures.builder()
                    .put("comparisons", count)
                    .put("worst-agreement-ratio", worstAgreement)
                    .put("agreement-tolerance", AGREEMENT.bound())
                    .put("windows", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d (kernel, K) pairs: closed-form variance = brute force within %.3f of the"
                            + " tolerance; remainder r_a inside [-min(1, 1/(gamma K)), 2/(K tau)]", count,
                            worstAgreement)
                    : "finite-K variance fails: " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The exact O3 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("O3.finite-window-variance", CheckKind.NUMERICAL, List.of("O3"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
