package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureTable;
import org.trainability.checks.Measurement;
import org.trainability.checks.ModelFaults;
import org.trainability.checks.NumericalCheck;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.gate.CheckKind;

/**
 * O3 measured. Exactly: the finite-K variance of docs/math.md §4 (O3 claim 1,
 * {@code Var Ā_a = Σ_c W_{a,c} V(λ_c,K)/K²}) against brute force from the stationary start
 * ({@link WindowMoments}), to {@link #AGREEMENT} of {@code Var_π f_a}; and its asymptotic form
 * {@code Var Ā_a = 2τ_int Var_π/K · (1 + r_a)} with the remainder inside O3's bounds,
 * {@code −min(1, 1/(γK)) ≤ r_a ≤ 2/(K τ_int)}. On the sampler: R replicates from μ0 = π must agree
 * with {@code Σ_a Var Ā_a / M} ({@link SamplerAgreement}). Negative controls: the formula on
 * {@code systematic-scan} (gate waived) must disagree with brute force; the sampler with a
 * mis-specified conditional (β off by 10%) must miss. Stateless; thread-safe.
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

    static Measurement measureExact(EngineUnderTest engine, boolean systematic) {
        var table = new FigureTable("model", "kernel", "window", "agreement-ratio", "remainder", "holds");
        var failing = new ArrayList<String>();
        double worstAgreement = 0;
        int count = 0;
        for (var sk : StudyKernel.all(engine, systematic)) {
            if (sk.refusal().isPresent()) {
                failing.add(sk.label() + ": " + sk.refusal().get());
                continue;
            }
            for (int w : WINDOWS) {
                var c = compare(sk.analysis().orElseThrow(), sk.matrix(), sk.law(), w);
                count++;
                table.row(sk.study().name(), sk.kernel().label(), w, c.agreementRatio(), c.worstRemainder(), c.holds());
                worstAgreement = Math.max(worstAgreement, c.agreementRatio());
                if (!c.holds()) {
                    failing.add(String.format("%s K=%d: agreement ratio %.3g, remainder %.3g outside its bounds by"
                            + " %.3g", sk.label(), w, c.agreementRatio(), c.worstRemainder(), c.remainderExcess()));
                }
            }
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("comparisons", count);
        figures.put("worst-agreement-ratio", worstAgreement);
        figures.put("agreement-tolerance", AGREEMENT.bound());
        figures.put("windows", table.figure());
        String detail = failing.isEmpty()
                ? String.format("%d (kernel, K) pairs: closed-form variance = brute force within %.3f of the"
                        + " tolerance; remainder r_a inside [-min(1, 1/(gamma K)), 2/(K tau)]", count, worstAgreement)
                : "finite-K variance fails: " + String.join("; ", failing);
        return Measurement.of(failing.isEmpty(), figures, detail);
    }

    /** The exact O3 check. */
    public static Check exactCheck(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("models", StudyModels.all().stream().map(StudyModels.Study::name).toList());
        parameters.put("windows", WINDOWS.clone());
        parameters.put("agreementTolerance", AGREEMENT.bound());
        parameters.put("negativeControl", StudyKernel.NEGATIVE_CONTROL);
        var spec = new CheckSpec("O3.finite-window-variance", CheckKind.NUMERICAL, List.of("O3"), 0L, parameters, true,
                "The closed-form finite-K variance (docs/math.md section 4) against brute-force matrix powers from the"
                        + " stationary start, and its 2 tau_int Var/K asymptotics with the remainder inside O3's bounds,"
                        + " for every reversible kernel on every study model; on systematic scan it must disagree.");
        return new NumericalCheck(spec, () -> measureExact(engine, false), () -> measureExact(engine, true));
    }

    /** R of the sampler comparison. */
    public static final int REPLICATES = 400;
    /** M of the sampler comparison. */
    public static final int CHAINS = 2;
    /** K of the sampler comparison. */
    public static final int WINDOW = 500;
    /** The factor on β of the negative control's mis-specified conditional. */
    public static final double CONTROL_BETA_FACTOR = 1.1;

    static Measurement measureSampled(EngineUnderTest engine, UnaryOperator<Model> sampled, long seed) {
        var comparisons = new ArrayList<SampledErrors.Comparison>();
        int k = 0;
        for (var setup : StudyModels.setups()) {
            var law = EnumeratedLaw.of(setup.model());
            var analysis = SpectralFormulas.of(law, engine.kernel(setup.kernel(), setup.model()));
            double expected = 0;
            for (int a = 0; a < law.parameterCount(); a++) {
                expected += SpectralFormulas.windowVariance(analysis, a, WINDOW);
            }
            expected /= CHAINS;
            var agreement = SampledErrors.compare(engine, setup, sampled.apply(setup.model()),
                    new StartLaw.Exact(law.probabilities()), 0, WINDOW, CHAINS, REPLICATES, seed + k++, expected);
            comparisons.add(new SampledErrors.Comparison(setup.name() + " from pi", 0, WINDOW, CHAINS, agreement, 0));
        }
        return SampledErrors.measure(comparisons, "O3: the sampler's replicate variance against the finite-K formula");
    }

    /** The sampler O3 check. */
    public static Check samplerCheck(EngineUnderTest engine) {
        long seed = 0x03L << 32;
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("settings", StudyModels.setups().stream().map(StudyModels.Setup::name).toList());
        parameters.put("start", "exact pi, B = 0");
        parameters.put("window", WINDOW);
        parameters.put("chains", CHAINS);
        parameters.put("replicates", REPLICATES);
        parameters.put("zLimit", SamplerAgreement.Z_LIMIT);
        parameters.put("alpha", SamplerAgreement.ALPHA);
        parameters.put("negativeControl", "the sampler with beta off by 10% (x" + CONTROL_BETA_FACTOR + ")");
        var spec = new CheckSpec("O3.sampled-variance", CheckKind.NUMERICAL, List.of("O3"), seed, parameters, true,
                "From the stationary start, the sampler's mean ||g-hat_r - g||^2 over R = 400 replicates against the"
                        + " closed-form sum of Var(g-hat_a); a conditional with beta off by 10% must be caught.");
        return new NumericalCheck(spec, () -> measureSampled(engine, UnaryOperator.identity(), seed),
                () -> measureSampled(engine, m -> ModelFaults.scaledBeta(m, CONTROL_BETA_FACTOR), seed));
    }
}
