package org.trainability.checks.theorem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;

class SingleGapSupersessionTest {

    @Test
    void underTheSymmetryTheSlowModeIsInvisibleAndQSingleIsOffByMoreThan1e20() throws Exception {
        var m = SingleGapSupersession.check(EngineUnderTest.real()).measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        assertThat(m.figures().number("slow-mode-share-max")).isLessThan(SingleGapSupersession.ROUNDING_SHARE);
    }

    @Test
    void withAFieldTheSlowModeIsSeen() throws Exception {
        var m = SingleGapSupersession.check(EngineUnderTest.real()).negativeControl();
        assertThat(m.passed()).as(m.detail()).isFalse();
        assertThat(m.figures().number("slow-mode-share-max")).isGreaterThan(1e-6);
    }
}
