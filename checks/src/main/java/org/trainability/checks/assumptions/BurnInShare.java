package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.StudyModels.Setup;
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.TrainingData;
import org.trainability.engine.model.TrainingProblem;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A5 measured exactly on the estimator settings the sampler checks use ({@link StudyModels#setups}):
 * with the bias of docs/math.md §4 from the start law μ0 after B steps (the spectral formula) and the
 * exact stationary variance {@code Σ_a Var(ĝ_a) = MSE(K)} (docs/math.md §4, M chains),
 * <ul>
 *   <li>the bias share {@code Σ_a bias_a² / MSE(K) ≤ η}, and</li>
 *   <li>the variance from μ0, computed by brute force ({@link WindowMoments}), differs from the
 *       stationary one by at most η of it,</li>
 * </ul>
 * with η = {@value #ETA}. Verdict: PASS when both hold on every setting from every start. Negative
 * control: B = 0 from all-plus on a cold Curie–Weiss model (N = 6, J = 0.5, β = 1, fields trained;
 * its gap is 5e-4), where the start's bias dominates.
 * Stateless; thread-safe.
 */
public final class BurnInShare {

    /** η: the largest accepted share. */
    public static final double ETA = 0.01;

    private BurnInShare() {
    }

    /**
     * One setting's shares.
     *
     * @param setup          the setting's name
     * @param start          the start law's name
     * @param burnIn         B
     * @param biasShare      Σ bias² / MSE(K)
     * @param varianceChange |Var from μ0 − Var stationary| / Var stationary
     */
    public record Share(String setup, String start, long burnIn, double biasShare, double varianceChange) {
        /** Whether both shares are within η. */
        public boolean holds() {
            return biasShare <= ETA && varianceChange <= ETA;
        }
    }

    /** The shares of one setting from a start law. */
    public static Share share(EngineUnderTest engine, Setup setup, String startName, double[] mu0, long burnIn) {
        var law = EnumeratedLaw.of(setup.model());
        var kernel = engine.kernel(setup.kernel(), setup.model());
        var analysis = SpectralFormulas.of(law, kernel);
        var bias = analysis.bias(mu0, burnIn, setup.window());
        double squared = 0;
        for (double b : bias) {
            squared += b * b;
        }
        double stationary = analysis.stationaryMse(setup.window(), setup.chains());
        var moments = WindowMoments.of(kernel, law, mu0, burnIn, setup.window());
        double variance = moments.totalVariance() / setup.chains();
        return new Share(setup.name(), startName, burnIn, squared / stationary,
                Math.abs(variance - stationary) / stationary);
    }

    /** The uniform law over 2^n states. */
    static double[] uniform(int states) {
        var mu = new double[states];
        Arrays.fill(mu, 1.0 / states);
        return mu;
    }

    /** The point mass on all-plus (state 0). */
    static double[] allPlus(int states) {
        var mu = new double[states];
        mu[0] = 1;
        return mu;
    }

    /** A start law μ0 over the 2^n states. */
    enum Start {
        UNIFORM("uniform"),
        /** The point mass on all-plus (state 0). */
        ALL_PLUS("all-plus");

        private final String label;

        Start(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        double[] law(int states) {
            return this == UNIFORM ? uniform(states) : allPlus(states);
        }
    }

    /**
     * The A5 design: every setting from every start law, after the setting's own burn-in or after
     * {@code burnIn} steps.
     *
     * @param setups the settings
     * @param starts the start laws, in the order each setting runs them
     * @param burnIn when present, B instead of the setting's own
     */
    record Design(List<Setup> setups, List<Start> starts, OptionalLong burnIn) implements CheckDesign<Shares> {

        /** The settings the sampler checks use, at their burn-in, from the uniform and all-plus starts. */
        static final Design REAL = new Design(StudyModels.setups(), List.of(Start.UNIFORM, Start.ALL_PLUS),
                OptionalLong.empty());
        /** No burn-in from all-plus on the cold setting. */
        static final Design CONTROL = new Design(List.of(coldSetup()), List.of(Start.ALL_PLUS), OptionalLong.of(0));

        Design {
            setups = List.copyOf(setups);
            starts = List.copyOf(starts);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("settings", setups.stream().map(s -> s.name() + " B=" + s.burnIn() + " K=" + s.window()
                    + " M=" + s.chains()).toList());
            parameters.put("startLaws", starts.stream().map(Start::label).toList());
            parameters.put("eta", ETA);
            parameters.put("negativeControl", "B = 0 from all-plus, curie-weiss-6-cold (J = 0.5, beta = 1), K = 3000");
            return parameters;
        }

        @Override
        public String description() {
            return "Exact squared bias (docs/math.md section 4) at the burn-in the sampler checks use, from the uniform"
                    + " and all-plus starts, as a share of the exact stationary variance, and the change of the"
                    + " variance itself (brute force): both <= eta; B = 0 from all-plus on a cold model must fail.";
        }

        @Override
        public Shares measure(EngineUnderTest engine, long seed) {
            var shares = new ArrayList<Share>();
            for (var s : setups) {
                int states = 1 << s.model().enumeratedUnits();
                for (var start : starts) {
                    shares.add(share(engine, s, start.label(), start.law(states), burnIn.orElse(s.burnIn())));
                }
            }
            return new Shares(shares);
        }
    }

    /** Every setting's shares; {@link #present()} passes only if both are within η on every one. */
    record Shares(List<Share> shares) implements Outcome {

        Shares {
            shares = List.copyOf(shares);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("setup", "start", "burn-in", "bias-share", "variance-change", "holds");
            double worstBias = 0;
            double worstVariance = 0;
            var failing = new ArrayList<String>();
            for (var s : shares) {
                table.row(s.setup(), s.start(), s.burnIn(), s.biasShare(), s.varianceChange(), s.holds());
                worstBias = Math.max(worstBias, s.biasShare());
                worstVariance = Math.max(worstVariance, s.varianceChange());
                if (!s.holds()) {
                    failing.add(String.format("%s from %s, B = %d: bias share %.3g, variance change %.3g", s.setup(),
                            s.start(), s.burnIn(), s.biasShare(), s.varianceChange()));
                }
            }
            var figures = Figures.builder()
                    .put("eta", ETA)
                    .put("worst-bias-share", worstBias)
                    .put("worst-variance-change", worstVariance)
                    .put("settings", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d settings: bias share <= %.2e and variance change <= %.2e (eta %.2f)",
                            shares.size(), worstBias, worstVariance, ETA)
                    : "burn-in too short: " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The cold setting of the negative control. */
    static Setup coldSetup() {
        var cold = GibbsLawPositivity.uniform(6, 0.5, 0, 1.0);
        var study = new StudyModels.Study("curie-weiss-6-cold", new TrainingProblem(cold,
                new TrainingData.Moments(new double[cold.parameterCount()])), List.of(KernelName.RANDOM_SCAN));
        return new Setup("curie-weiss-6-cold/random-scan", study, KernelName.RANDOM_SCAN, 0, 3000, 2);
    }

    /** The A5 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A5.burn-in-share", CheckKind.NUMERICAL, List.of("A5"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
