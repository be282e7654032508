package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.experiments.TemperingCut.Design;
import org.trainability.checks.experiments.TemperingCut.Ladder;
import org.trainability.ledger.gate.Verdict;

/**
 * exp12: tempering cuts τ_max on the real engine at equal cost; a ladder with no hot replica shows
 * no cut; a swap that breaks detailed balance is caught by the law check.
 */
class TemperingCutTest {

    @Test
    void temperingCutsTauMaxAtEqualCostAndBothEstimatesResolve() {
        var m = Design.REAL.measure(EngineUnderTest.real(), TemperingCut.SEED).present();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures().text("random-scan-resolution")).isEqualTo("RESOLVED");
        assertThat(m.figures().text("tempering-resolution")).isEqualTo("RESOLVED");
        assertThat(m.figures().number("tau-max-ratio-lower-bound")).isGreaterThan(1);
    }

    @Test
    void aLadderWithoutHotReplicasShowsNoCut() {
        var m = Design.CONTROL.measure(EngineUnderTest.real(), TemperingCut.SEED).present();
        assertThat(m.verdict()).as(m.detail()).isNotEqualTo(Verdict.PASS);
        // Replicas at one temperature share the updates: per step they are no faster than one chain.
        assertThat(m.figures().number("tau-max-ratio")).isLessThan(1.5);
    }

    @Test
    void theColdLadderHasNoHotRungAndTheSpreadOneReachesThePhaseWithoutBarrier() {
        for (double beta : TemperingCut.GRID_BETAS) {
            var cold = Ladder.COLD.rungs(beta);
            assertThat(cold[0]).isGreaterThan(0.99 * beta);
            assertThat(cold[cold.length - 1]).isEqualTo(beta);
            var spread = Ladder.SPREAD.rungs(beta);
            assertThat(spread[0]).isLessThan(1.0); // below the critical beta of Curie-Weiss
            assertThat(spread[spread.length - 1]).isEqualTo(beta);
        }
    }

    @Test
    void aSwapThatBreaksDetailedBalanceIsCaughtByTheLawCheck() {
        // A short run is enough: the flipped swap drags the top rung far off pi.
        var design = new Design(Ladder.SPREAD, 4, 2_000, 1 << 15, 1 << 14, List.of(TemperingCut.BASE_BETA));
        var m = design.measure(BrokenSwapTempering.engine(), TemperingCut.SEED).present();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.FAIL);
        assertThat(m.detail()).contains("tempering at beta 3.0 is off pi");
    }
}
