package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.ModelFaults;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.sample.StartLaw;
import org.trainability.ledger.gate.CheckKind;

/**
 * O3 on the sampler: for every study setting, R replicates of the canonical estimator with M
 * chains from μ0 = π (B = 0) give a mean {@code ‖ĝ_r − g‖²} that must agree with the closed-form
 * {@code Σ_a Var Ā_a / M} of docs/math.md §4 ({@link SamplerAgreement}: |z| ≤ 5.5, α ≤ 1e-6 per
 * setting); the exact O3 check is {@link FiniteWindowVariance}. Negative control: the sampler
 * with a mis-specified conditional (β off by 10%), which must miss. Deterministic given the seed;
 * thread-safe.
 */
final class SampledVariance {

    /** R. */
    static final int REPLICATES = 400;
    /** M. */
    static final int CHAINS = 2;
    /** K. */
    static final int WINDOW = 500;
    /** The factor on β of the negative control's mis-specified conditional. */
    static final double CONTROL_BETA_FACTOR = 1.1;

    private SampledVariance() {
    }

    /**
     * The design: every study setting from π; setting k uses seed + k.
     *
     * @param betaFactor when present, the sampler runs the setting's model with β scaled by it
     */
    record Design(OptionalDouble betaFactor) implements CheckDesign<Errors> {

        /** The sampler on the setting's own model. */
        static final Design REAL = new Design(OptionalDouble.empty());
        /** The sampler with β off by 10%. */
        static final Design CONTROL = new Design(OptionalDouble.of(CONTROL_BETA_FACTOR));

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("settings", StudyModels.setups().stream().map(StudyModels.Setup::name).toList());
            parameters.put("start", "exact pi, B = 0");
            parameters.put("window", WINDOW);
            parameters.put("chains", CHAINS);
            parameters.put("replicates", REPLICATES);
            parameters.put("zLimit", SamplerAgreement.Z_LIMIT);
            parameters.put("alpha", SamplerAgreement.ALPHA);
            parameters.put("negativeControl", "the sampler with beta off by 10% (x" + CONTROL_BETA_FACTOR + ")");
            return parameters;
        }

        @Override
        public String description() {
            return "From the stationary start, the sampler's mean ||g-hat_r - g||^2 over R = 400 replicates against the"
                    + " closed-form sum of Var(g-hat_a); a conditional with beta off by 10% must be caught.";
        }

        @Override
        public Errors measure(EngineUnderTest engine, long seed) {
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
                var sampled = betaFactor.isPresent() ? ModelFaults.scaledBeta(setup.model(), betaFactor.getAsDouble())
                        : setup.model();
                var agreement = SampledErrors.compare(engine, setup, sampled, new StartLaw.Exact(law.probabilities()),
                        0, WINDOW, CHAINS, REPLICATES, seed + k++, expected);
                comparisons.add(new SampledErrors.Comparison(setup.name() + " from pi", 0, WINDOW, CHAINS, agreement,
                        0));
            }
            return new Errors(comparisons);
        }
    }

    /** What the replicates found; {@link #present()} fails on any disagreement. */
    record Errors(List<SampledErrors.Comparison> comparisons) implements Outcome {

        Errors {
            comparisons = List.copyOf(comparisons);
        }

        @Override
        public Measurement present() {
            return SampledErrors.present(comparisons,
                    "O3: the sampler's replicate variance against the finite-K formula");
        }
    }

    /** The sampler O3 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("O3.sampled-variance", CheckKind.NUMERICAL, List.of("O3"), 0x03L << 32, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
