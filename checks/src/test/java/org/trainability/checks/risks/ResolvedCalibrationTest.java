package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.calibration.CalibrationSummary;
import org.trainability.ledger.gate.Verdict;

/**
 * R5.resolved-calibration: the kept calibration is current and reproduces on the engine, the full
 * rule catches the blind spot and the within-chain rule does not, and an engine with a fault cannot
 * re-gate on the kept file.
 */
class ResolvedCalibrationTest {

    /** One engine for both readings, so the replay runs once (as in the audit). */
    private static final EngineUnderTest REAL = EngineUnderTest.real();

    @Test
    void theKeptCalibrationIsCurrentAndReproduces() {
        var reading = ResolvedCalibration.Design.REAL.measure(REAL, 0);
        assertThat(reading.refusal()).isEmpty();
        var summary = reading.summary();
        assertThat(summary.results()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(summary.blindSpotCaught(CalibrationSummary.Rule.FULL)).isTrue();
        var after = summary.tally(CalibrationSummary.Rule.FULL);
        var before = summary.tally(CalibrationSummary.Rule.WITHIN_CHAIN);
        assertThat(after.unmixed()).as("RESOLVED with L < 50 tau_int under the full rule").isZero();
        assertThat(after.rate()).isLessThan(before.rate());
    }

    @Test
    void theWithinChainRuleFailsAsTheNegativeControl() {
        var control = ResolvedCalibration.Design.CONTROL.measure(REAL, 0);
        assertThat(control.summary().blindSpotCaught(CalibrationSummary.Rule.WITHIN_CHAIN)).isFalse();
        assertThat(control.present().verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anEngineWithAFaultCannotReGateOnTheKeptFile() {
        var m = ResolvedCalibration.Design.REAL.measure(FaultyEngines.signErrorInSamplerOnly(), 0).present();
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(m.detail()).contains("does not reproduce on this engine");
    }
}
