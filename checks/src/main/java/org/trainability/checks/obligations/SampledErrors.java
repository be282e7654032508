package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.study.StudyModels;
import org.trainability.engine.estimate.CanonicalEstimator;
import org.trainability.engine.estimate.EstimatorSettings;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.StartLaw;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;

/**
 * The sampler side of O1 and O3: R replicates of the canonical estimator, run by the engine's
 * sampler on a (possibly deliberately wrong) model, against the exact {@code E‖ĝ − g‖²} of the right
 * model ({@link SamplerAgreement}). Stateless; thread-safe.
 */
final class SampledErrors {

    private SampledErrors() {
    }

    /**
     * One comparison.
     *
     * @param name       what was compared (setting and start law)
     * @param burnIn     B
     * @param window     K
     * @param chains     M
     * @param agreement  the z-test
     * @param biasShare  ‖b‖² / E‖ĝ − g‖² of the exact reference
     */
    record Comparison(String name, long burnIn, int window, int chains, SamplerAgreement agreement, double biasShare) {
    }

    /**
     * Runs R replicates of the estimator on {@code sampled} and compares them with {@code expected}.
     *
     * @param setup    the setting (its model gives g and E_data)
     * @param sampled  the model the sampler runs (the setting's own, or a known-bad one)
     * @param start    μ0
     */
    static SamplerAgreement compare(EngineUnderTest engine, StudyModels.Setup setup, Model sampled, StartLaw start,
            long burnIn, int window, int chains, int replicates, long seed, double expected) {
        var problem = setup.study().problem();
        var g = EnumeratedLaw.of(problem.model()).gradient(problem.dataExpectations());
        var estimator = new CanonicalEstimator(engine.sampler(sampled, setup.kernel()),
                problem.dataExpectations(), Optional.empty());
        var run = estimator.run(new EstimatorSettings(chains, burnIn, window, start, 1), replicates, seed, false);
        return SamplerAgreement.of(g, run.gradients(), expected);
    }

    /**
     * The verdict and figures over several comparisons: passes only if every one agrees.
     *
     * @param what the title of the plot of sampled against exact errors
     */
    static Measurement present(List<Comparison> comparisons, String what) {
        var table = Table.withColumns("setting", "burn-in", "window", "chains", "exact-mse", "bias-share",
                "mean-error", "z", "agrees");
        var exact = new double[comparisons.size()];
        var sampled = new double[comparisons.size()];
        var failing = new ArrayList<String>();
        double worstZ = 0;
        for (int i = 0; i < comparisons.size(); i++) {
            var c = comparisons.get(i);
            var a = c.agreement();
            table.row(c.name(), c.burnIn(), c.window(), c.chains(), a.expected(), c.biasShare(), a.meanError(), a.z(),
                    a.agrees());
            exact[i] = a.expected();
            sampled[i] = a.meanError();
            worstZ = Math.max(worstZ, Math.abs(a.z()));
            if (!a.agrees()) {
                failing.add(String.format("%s: mean error %.4g vs exact %.4g (z = %.1f)", c.name(), a.meanError(),
                        a.expected(), a.z()));
            }
        }
        var figures = Figures.builder()
                .put("comparisons", comparisons.size())
                .put("replicates", comparisons.isEmpty() ? 0 : comparisons.get(0).agreement().replicates())
                .put("worst-abs-z", worstZ)
                .put("z-limit", SamplerAgreement.Z_LIMIT)
                .put("alpha", SamplerAgreement.ALPHA)
                .put("comparisons-table", table.build())
                .put("sampled-against-exact", new XyPlot(PlotText.titled(what),
                        XyPlot.Axis.log("exact E||g-hat - g||^2"), XyPlot.Axis.log("sampler mean of ||g-hat_r - g||^2"),
                        XyPlot.Guide.IDENTITY, List.of(XyPlot.Series.points("settings", exact, sampled))))
                .build();
        String detail = failing.isEmpty()
                ? String.format("%d settings: sampler mean error within |z| <= %.1f of the exact value (worst |z| %.2f,"
                        + " alpha %.0e each)", comparisons.size(), SamplerAgreement.Z_LIMIT, worstZ, SamplerAgreement.ALPHA)
                : "sampler disagrees with the exact error: " + String.join("; ", failing);
        return Measurement.of(failing.isEmpty(), figures, detail);
    }
}
