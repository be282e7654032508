package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.ledger.gate.Verdict;

/**
 * exp4: the τ ∝ L diagnostic fires on the slow ring glass and not on the same ring in its fast
 * phase; the ring's symmetry that lets 17 representatives stand for all 528 observables holds.
 */
class TauGrowthCheckTest {

    @Test
    void onTheSlowRingTauHatNeverResolvesAndGrowsWithL() {
        var m = TauGrowthCheck.measure(EngineUnderTest.real(), TauGrowthCheck.SLOW_BETA, TauGrowthCheck.SEED);
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures()).containsEntry("verdict", "UNRESOLVED");
        assertThat((double) m.figures().get("growth-slope")).isGreaterThan(0.5);
    }

    @Test
    void theFastRingResolvesWithTauOverLFallingSoTheNegativeControlFails() {
        var m = TauGrowthCheck.measure(EngineUnderTest.real(), TauGrowthCheck.FAST_BETA, TauGrowthCheck.SEED);
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.FAIL);
        assertThat((String) m.figures().get("verdict")).startsWith("RESOLVED at L =");
        assertThat((double) m.figures().get("growth-slope")).isLessThan(0.5);
    }

    @Test
    void rotationsAndTheReflectionOfTheRingLeaveItsCouplingsUnchanged() {
        var model = TauGrowthCheck.circulantGlass(TauGrowthCheck.SLOW_BETA);
        int n = TauGrowthCheck.SPINS;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(model.coupling((i + 1) % n, (j + 1) % n)).isEqualTo(model.coupling(i, j));
                assertThat(model.coupling((n - i) % n, (n - j) % n)).isEqualTo(model.coupling(i, j));
            }
        }
    }
}
