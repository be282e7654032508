package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.ModelFaults;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.StartLaw;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * O1 measured on the sampler: for every study setting, from the uniform start after the checks'
 * burn-in and from all-plus with no burn-in (where the bias is a large share of the error), R
 * replicates of the canonical estimator with M chains give a mean {@code ‖ĝ_r − g‖²} that must
 * agree with the exact decomposition {@code ‖b‖² + Σ_a Var(Ā_a)/M} ({@link SamplerAgreement}:
 * |z| ≤ 5.5, α ≤ 1e-6 per setting). The exact side is brute force ({@link WindowMoments}) and its
 * bias must also equal the spectral formula of docs/math.md §4 ({@link BiasFormula#AGREEMENT}), so a
 * kernel and sampler that agree with each other but not with the law still fail. Negative control:
 * the same settings sampled with a sign error in the heat-bath conditional. Deterministic given
 * the seed; thread-safe.
 */
public final class MseDecomposition {

    /** K of the comparisons (the decomposition holds at every K; a short window keeps the run cheap). */
    public static final int WINDOW = 500;
    /** M. */
    public static final int CHAINS = 2;
    /** R. */
    public static final int REPLICATES = 400;

    private MseDecomposition() {
    }

    /**
     * The O1 design: every study setting from both starts; comparison k uses seed + k.
     *
     * @param sampledModel the model the sampler runs, from the setting's own (the exact side always uses the latter)
     */
    record Design(UnaryOperator<Model> sampledModel) implements CheckDesign<Errors> {

        /** The sampler on the setting's own model. */
        static final Design REAL = new Design(UnaryOperator.identity());
        /** The sampler with a sign error in the heat-bath conditional. */
        static final Design CONTROL = new Design(ModelFaults::signError);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("settings", StudyModels.setups().stream().map(StudyModels.Setup::name).toList());
            parameters.put("starts", List.of("uniform after the setting's burn-in", "all-plus with B = 0"));
            parameters.put("window", WINDOW);
            parameters.put("chains", CHAINS);
            parameters.put("replicates", REPLICATES);
            parameters.put("zLimit", SamplerAgreement.Z_LIMIT);
            parameters.put("alpha", SamplerAgreement.ALPHA);
            parameters.put("negativeControl", "the sampler with a sign error in the heat-bath conditional");
            return parameters;
        }

        @Override
        public String description() {
            return "The sampler's mean squared error over R = 400 replicates against the exact bias^2 + variance/M"
                    + " (brute-force matrix powers, bias also by the spectral formula), from a burnt-in uniform start"
                    + " and from all-plus with no burn-in; a sign error in the conditional must be caught.";
        }

        @Override
        public Errors measure(EngineUnderTest engine, long seed) {
            var comparisons = new ArrayList<SampledErrors.Comparison>();
            var mismatched = new ArrayList<String>();
            int k = 0;
            for (var setup : StudyModels.setups()) {
                var model = setup.model();
                var law = EnumeratedLaw.of(model);
                var kernel = engine.kernel(setup.kernel(), model);
                var analysis = SpectralFormulas.of(law, kernel);
                var starts = BiasFormula.startLaws(law.stateCount());
                record Start(String name, StartLaw law, double[] mu0, long burnIn) {
                }
                var uniform = starts.get(1);
                var allPlus = starts.get(0);
                for (var start : List.of(new Start("uniform", new StartLaw.Uniform(), uniform, setup.burnIn()),
                        new Start("all-plus", new StartLaw.AllPlus(), allPlus, 0))) {
                    var moments = WindowMoments.of(kernel, law, start.mu0(), start.burnIn(), WINDOW);
                    double expected = moments.meanSquaredError(CHAINS);
                    var bias = BiasFormula.compare(analysis, kernel, law, start.mu0(), start.burnIn(), WINDOW);
                    if (bias.agreementRatio() > 1) {
                        mismatched.add(setup.name() + " from " + start.name() + ": spectral and brute-force bias differ"
                                + String.format(" (%.3g of the tolerance)", bias.agreementRatio()));
                    }
                    var agreement = SampledErrors.compare(engine, setup, sampledModel.apply(model), start.law(),
                            start.burnIn(), WINDOW, CHAINS, REPLICATES, seed + k++, expected);
                    comparisons.add(new SampledErrors.Comparison(setup.name() + " from " + start.name(),
                            start.burnIn(), WINDOW, CHAINS, agreement, moments.squaredBias() / expected));
                }
            }
            return new Errors(comparisons, mismatched);
        }
    }

    /**
     * What the replicates found; {@link #present()} fails on any sampler disagreement or any bias mismatch.
     *
     * @param comparisons one per setting and start
     * @param mismatched  the settings where the spectral and brute-force bias differ
     */
    record Errors(List<SampledErrors.Comparison> comparisons, List<String> mismatched) implements Outcome {

        Errors {
            comparisons = List.copyOf(comparisons);
            mismatched = List.copyOf(mismatched);
        }

        @Override
        public Measurement present() {
            var m = SampledErrors.present(comparisons,
                    "O1: the sampler's mean squared error against bias^2 + variance/M");
            if (!mismatched.isEmpty()) {
                return new Measurement(Verdict.FAIL, m.figures(), String.join("; ", mismatched) + " | " + m.detail(),
                        0);
            }
            return m;
        }
    }

    /** The O1 check. */
    public static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("O1.sampled-mse-decomposition", CheckKind.NUMERICAL, List.of("O1"), 0x01L << 32, true,
                engine, Design.REAL, Design.CONTROL);
    }
}
