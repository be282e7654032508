package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;

class RbmSmokeExperimentTest {

    @Test
    void withoutFieldsTheSlowModeIsInvisibleAndQPerpAgrees() throws Exception {
        var m = RbmSmokeExperiment.check(EngineUnderTest.real()).measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        assertThat(m.figures().number("z2-overlap-max")).isLessThan(RbmSmokeExperiment.ROUNDING_OVERLAP);
        assertThat(m.figures().names()).contains("agreement-range", "single-gap-overprediction");
    }

    @Test
    void withFieldsTheSlowModeIsSeen() throws Exception {
        var m = RbmSmokeExperiment.check(EngineUnderTest.real()).negativeControl();
        assertThat(m.passed()).as(m.detail()).isFalse();
        assertThat(m.figures().number("z2-overlap-max")).isGreaterThan(1e-6);
    }

    @Test
    void theJointChainsObservablesAreTheVisibleHiddenCouplings() {
        // N = 4 + 2 units, pairs in the order (0,1), (0,2), …, (4,5): (0,4) is index 3, (0,5) index 4, (3,5) index 13.
        var pairs = RbmSmokeExperiment.visibleHiddenPairs(4, 2);
        assertThat(pairs).containsExactly(3, 4, 7, 8, 10, 11, 12, 13);
    }
}
