package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.ledger.gate.Verdict;

/**
 * A sign error in the heat-bath conditional — the sampler draws from the law of the negated
 * couplings and fields (Ising; an RBM's W, b and c, which mirrors p(h | v)) while the exact kernels
 * stay right — fails the checks whose verdicts rest on the sampler agreeing with the exact engine: F4's phase
 * ratio (sampled against exact) and R6's tracking lag (PCD against its exact expectation).
 */
class InjectedFaultTest {

    /** The real exact kernels; samplers whose heat-bath conditional has its sign flipped. */
    private static final EngineUnderTest SIGN_ERROR = FaultyEngines.signErrorInSamplerOnly();

    @Test
    void theFaultFailsThePhaseRatio() throws Exception {
        var measured = PhaseRatio.check(SIGN_ERROR).measure();
        assertThat(measured.verdict()).as(measured.detail()).isEqualTo(Verdict.FAIL);
        assertThat(measured.figures().number("largest-z")).isGreaterThan(measured.figures().number("z-threshold"));
    }

    @Test
    void theFaultFailsTheTrackingLag() throws Exception {
        var measured = TrackingLag.check(SIGN_ERROR).measure();
        assertThat(measured.verdict()).as(measured.detail()).isEqualTo(Verdict.FAIL);
        assertThat(measured.figures().number("pcd-against-exact-expectation-z"))
                .isGreaterThan(measured.figures().number("z-threshold"));
    }
}
