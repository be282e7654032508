package org.trainability.checks.study;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.model.IsingModel;

/**
 * The generators of the audit's property checks reach the cases that matter, shown with
 * {@code Statistics.coverage} (here, where properties run one at a time). Thresholds sit well below
 * the expected shares (each regime a quarter of the cases; slow chains and negative spectra a few
 * percent of 300), so a coverage check fails by chance with probability below ~1e-3 per run, and
 * the fixed seeds make the outcome reproducible.
 */
class GeneratedModelsProperties {

    @Provide
    Arbitrary<GeneratedModels.Case> cases() {
        return GeneratedModels.cases(5);
    }

    @Provide
    Arbitrary<IsingModel> wide() {
        return GeneratedModels.wideIsingModels();
    }

    @Property(tries = 300, seed = "7001", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void casesCoverEveryRegimeSlowChainsAndNegativeSpectra(@ForAll("cases") GeneratedModels.Case c) {
        var law = EnumeratedLaw.of(c.model());
        var analysis = SpectralFormulas.of(law, EngineUnderTest.real().kernel(c.kernel(), c.model()));
        Statistics.label("regime").collect(c.regime());
        Statistics.label("slow (gap < 0.1)").collect(analysis.spectrum().gap() < 0.1);
        Statistics.label("negative spectrum (lambda_min < -0.1)").collect(analysis.spectrum().smallest() < -0.1);
        Statistics.label("degenerate cluster").collect(analysis.spectrum().clusters().stream().anyMatch(x -> x.size() > 1));
        Statistics.label("regime").coverage(cov -> {
            for (var r : GeneratedModels.Regime.values()) {
                cov.check(r).percentage(p -> p >= 15);
            }
        });
        Statistics.label("slow (gap < 0.1)").coverage(cov -> cov.check(true).percentage(p -> p >= 1));
        Statistics.label("negative spectrum (lambda_min < -0.1)").coverage(cov -> cov.check(true).percentage(p -> p >= 5));
        Statistics.label("degenerate cluster").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
    }

    /** With edge cases mixed in, as A1's property runs (β = 10 exactly is one of them). */
    @Property(tries = 300, seed = "8101", edgeCases = EdgeCasesMode.MIXIN)
    @StatisticsReport(onFailureOnly = true)
    void theStressRangeReachesColdModels(@ForAll("wide") IsingModel model) {
        Statistics.label("cold (beta >= 8)").collect(model.beta() >= 8);
        Statistics.label("cold (beta >= 8)").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
    }
}
