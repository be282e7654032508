package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;

class MembershipEdgeTest {

    @Test
    void gammaEffIsSmoothAcrossTheCrossingAndJumpsAtTheBoundaryByClaimThree() throws Exception {
        var m = MembershipEdge.check(EngineUnderTest.real()).measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
    }

    @Test
    void theCornerOfTheSingleGapAndTheJumpOfGammaEffAreSeenAsNonSmooth() throws Exception {
        var m = MembershipEdge.check(EngineUnderTest.real()).negativeControl();
        assertThat(m.passed()).as(m.detail()).isFalse();
        assertThat(m.detail()).contains("judged smooth: false");
    }

    @Test
    void aSmoothFunctionIsJudgedSmoothAndACornerIsNot() {
        assertThat(FiniteDifferenceSmoothness.at(Math::sin, 0.3, 1e-2).smooth()).isTrue();
        assertThat(FiniteDifferenceSmoothness.at(t -> Math.abs(t - 0.3), 0.3, 1e-2).smooth()).isFalse();
        assertThat(FiniteDifferenceSmoothness.at(t -> t < 0.3 ? 0 : 1e-3, 0.3, 1e-2).smooth()).isFalse();
    }
}
