package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.ledger.figure.Scalar;

class LumpedSamplerLawTest {

    @Test
    void theSamplerAndTheLumpedChainGiveTheSameLawOfEvenObservables() throws Exception {
        var m = LumpedSamplerLaw.check(EngineUnderTest.real()).measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        assertThat(m.figures().asMap()).containsEntry("alpha", Scalar.of(LumpedSamplerLaw.ALPHA));
    }

    @Test
    void withAFieldTheLawsDiffer() throws Exception {
        var m = LumpedSamplerLaw.check(EngineUnderTest.real()).negativeControl();
        assertThat(m.passed()).as(m.detail()).isFalse();
        assertThat(m.figures().number("min-p-value")).isLessThan(LumpedSamplerLaw.ALPHA / 12);
    }

    /**
     * A sign error in the sampler's conditional (the exact kernel right) is rejected. The same error
     * in both would leave a symmetric chain and its lumping consistent: that is for the exact checks
     * (exp1.grid) to catch, since the faulty kernel is not reversible for π.
     */
    @Test
    void aSignErrorInTheSamplersConditionalIsRejected() throws Exception {
        var m = LumpedSamplerLaw.check(FaultyEngines.signErrorInSamplerOnly()).measure();
        assertThat(m.passed()).as(m.detail()).isFalse();
    }
}
