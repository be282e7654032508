package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureTable;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.obligations.SpectralFormulas;
import org.trainability.checks.obligations.StudyModels;
import org.trainability.checks.obligations.StudyModels.Setup;
import org.trainability.checks.obligations.WindowMoments;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
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
 * with η = {@value #ETA}. Negative control: B = 0 from all-plus on a cold Curie–Weiss model
 * (N = 6, J = 0.5, β = 1, fields trained; its gap is 5e-4), where the start's bias dominates.
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

    static Measurement measure(List<Share> shares) {
        var table = new FigureTable("setup", "start", "burn-in", "bias-share", "variance-change", "holds");
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
        var figures = new LinkedHashMap<String, Object>();
        figures.put("eta", ETA);
        figures.put("worst-bias-share", worstBias);
        figures.put("worst-variance-change", worstVariance);
        figures.put("settings", table.figure());
        String detail = failing.isEmpty()
                ? String.format("%d settings: bias share <= %.2e and variance change <= %.2e (eta %.2f)", shares.size(),
                        worstBias, worstVariance, ETA)
                : "burn-in too short: " + String.join("; ", failing);
        return Measurement.of(failing.isEmpty(), figures, detail);
    }

    /** The cold setting of the negative control. */
    static Setup coldSetup() {
        var cold = GibbsLawPositivity.uniform(6, 0.5, 0, 1.0);
        var study = new StudyModels.Study("curie-weiss-6-cold", new org.trainability.engine.model.TrainingProblem(cold,
                new org.trainability.engine.model.TrainingData.Moments(new double[cold.parameterCount()])),
                List.of(KernelName.RANDOM_SCAN));
        return new Setup("curie-weiss-6-cold/random-scan", study, KernelName.RANDOM_SCAN, 0, 3000, 2);
    }

    /** The A5 check. */
    public static Check check(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("settings", StudyModels.setups().stream().map(s -> s.name() + " B=" + s.burnIn() + " K="
                + s.window() + " M=" + s.chains()).toList());
        parameters.put("startLaws", List.of("uniform", "all-plus"));
        parameters.put("eta", ETA);
        parameters.put("negativeControl", "B = 0 from all-plus, curie-weiss-6-cold (J = 0.5, beta = 1), K = 3000");
        var spec = new CheckSpec("A5.burn-in-share", CheckKind.NUMERICAL, List.of("A5"), 0L, parameters, true,
                "Exact squared bias (docs/math.md section 4) at the burn-in the sampler checks use, from the uniform and"
                        + " all-plus starts, as a share of the exact stationary variance, and the change of the"
                        + " variance itself (brute force): both <= eta; B = 0 from all-plus on a cold model must fail.");
        return new NumericalCheck(spec, () -> {
            var shares = new ArrayList<Share>();
            for (var s : StudyModels.setups()) {
                int states = 1 << s.model().enumeratedUnits();
                shares.add(share(engine, s, "uniform", uniform(states), s.burnIn()));
                shares.add(share(engine, s, "all-plus", allPlus(states), s.burnIn()));
            }
            return measure(shares);
        }, () -> {
            var cold = coldSetup();
            return measure(List.of(share(engine, cold, "all-plus", allPlus(1 << 6), 0)));
        });
    }
}
