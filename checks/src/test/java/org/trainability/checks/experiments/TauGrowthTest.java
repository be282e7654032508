package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.ledger.gate.Verdict;

/**
 * exp4: the τ ∝ L diagnostic fires on the slow ring glass and not on the same ring in its fast
 * phase; the ring's symmetry that lets 17 representatives stand for all 528 observables holds.
 */
class TauGrowthTest {

    @Test
    void onTheSlowRingTauHatNeverResolvesAndGrowsWithL() {
        var m = TauGrowth.Design.REAL.measure(EngineUnderTest.real(), TauGrowth.SEED).present();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures().text("verdict")).isEqualTo("UNRESOLVED");
        assertThat(m.figures().number("growth-slope")).isGreaterThan(0.5);
    }

    @Test
    void theFastRingResolvesWithTauOverLFallingSoTheNegativeControlFails() {
        var m = TauGrowth.Design.CONTROL.measure(EngineUnderTest.real(), TauGrowth.SEED).present();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.FAIL);
        assertThat(m.figures().text("verdict")).startsWith("RESOLVED at L =");
        assertThat(m.figures().number("growth-slope")).isLessThan(0.5);
    }

    @Test
    void rotationsAndTheReflectionOfTheRingLeaveItsCouplingsUnchanged() {
        var model = TauGrowth.circulantGlass(TauGrowth.SLOW_BETA);
        int n = TauGrowth.SPINS;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(model.coupling((i + 1) % n, (j + 1) % n)).isEqualTo(model.coupling(i, j));
                assertThat(model.coupling((n - i) % n, (n - j) % n)).isEqualTo(model.coupling(i, j));
            }
        }
    }
}
