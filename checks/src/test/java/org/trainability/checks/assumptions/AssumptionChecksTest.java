package org.trainability.checks.assumptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainability.checks.Check;
import org.trainability.checks.CheckGroupContract;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.StudyModels;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * Every check of A1–A8 rejects its known-bad input, and every numerical one passes on the real
 * engine (the property checks' real runs are the audit's: they are the expensive half).
 */
class AssumptionChecksTest implements CheckGroupContract {

    @Override
    public List<Check> checks() {
        return AssumptionChecks.all(EngineUnderTest.real());
    }

    @Test
    void everyAssumptionHasANumericalCheckAndA1ToA4HaveAPropertyCheck() {
        var all = checks();
        for (var id : List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8")) {
            assertThat(all).as(id).anyMatch(c -> c.spec().verifies().contains(id) && c.spec().kind() == CheckKind.NUMERICAL);
        }
        for (var id : List.of("A1", "A2", "A3", "A4")) {
            assertThat(all).as(id).anyMatch(c -> c.spec().verifies().contains(id) && c.spec().kind() == CheckKind.PROPERTY);
        }
    }

    @Test
    void eachKnownBadLawFailsA1OnItsOwn() {
        GibbsLawPositivity.badSet().forEach((name, model) ->
                assertThat(GibbsLawPositivity.examine(name, model).holds()).as(name).isFalse());
    }

    @Test
    void eachPeriodicChainFailsA3OnItsOwn() {
        SpectralRange.periodicModels().forEach((name, model) -> assertThat(SpectralRange.range(EngineUnderTest.real(),
                name, model, org.trainability.engine.kernel.KernelName.METROPOLIS).holds()).as(name).isFalse());
    }

    /** Each of A3's two tests fires on its own control model, so a broken one cannot hide behind the other. */
    @Test
    void theControlExercisesTheGapTestAndTheLambdaMinTestSeparately() {
        var ranges = SpectralRange.Design.CONTROL.measure(EngineUnderTest.real(), 0).ranges();
        for (var r : ranges) {
            boolean nearReducible = r.model().startsWith("curie-weiss");
            assertThat(r.gap() > SpectralRange.MARGIN).as(r.model() + " gap " + r.gap()).isEqualTo(!nearReducible);
            assertThat(r.smallest() > -1 + SpectralRange.MARGIN).as(r.model() + " lambda_min " + r.smallest())
                    .isEqualTo(nearReducible);
        }
        assertThat(ranges).anyMatch(r -> r.model().startsWith("curie-weiss"));
    }

    @Test
    void aWindowFarBelowTauIsNeverAPass() throws Exception {
        var a6 = checks().stream().filter(c -> c.spec().id().equals("A6.window-over-tau")).findFirst().orElseThrow();
        var control = a6.negativeControl();
        assertThat(control.verdict()).isIn(Verdict.FAIL, Verdict.UNRESOLVED);
        assertThat(control.figures().number("min-K-over-tau-exact")).isLessThan(WindowOverTau.REQUIRED_RATIO);
    }

    @Test
    void systematicScanBreaksDetailedBalanceOnEveryCoupledModel() {
        var m = KernelReversibility.Design.CONTROL.measure(EngineUnderTest.real(), 0).present();
        assertThat(m.figures().whole("kernels")).isEqualTo(StudyModels.spinModels().size());
        assertThat(m.figures().table("residuals").column("reversible")).containsOnly(new Scalar.Flag(false));
    }

    @Test
    void atEpsilonOneHalfTheBulkCarriesTheTime() {
        var m = BulkRelaxation.Design.CONTROL.measure(EngineUnderTest.real(), 0).present();
        assertThat(m.figures().number("epsilon")).isEqualTo(BulkRelaxation.CONTROL_EPSILON);
        assertThat(m.figures().number("worst-bulk-share")).isGreaterThan(BulkRelaxation.ETA);
        assertThat(m.figures().table("settings").column("holds")).contains(new Scalar.Flag(false));
    }

    @Test
    void signalExtinctionIsCaughtByTheSignalRatio() {
        var m = PlateauSignal.Design.CONTROL.measure(EngineUnderTest.real(), 0).present();
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(m.figures().number("signal-ratio")).isLessThan(PlateauSignal.FRACTION);
        assertThat(m.figures().xy("plateau-family").series()).hasSize(2);
    }
}
