package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.ledger.gate.Verdict;

/**
 * O4.ring-closed-form: the closed form holds on the real engine, fails under Metropolis (the
 * control), and catches a β slip made consistently in the exact kernels and the sampler — the
 * fault that the checks comparing the engine with itself cannot see.
 */
class RingClosedFormTest {

    @Test
    void theRealEngineMeetsTheClosedFormAndTheControlDoesNot() throws Exception {
        var check = RingClosedForm.check(EngineUnderTest.real());
        var m = check.measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures().number("worst-kernel-residual")).isLessThan(1e-13);
        var control = check.negativeControl();
        assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        assertThat(control.figures().number("worst-kernel-residual")).isGreaterThan(0.1);
    }

    @Test
    void aBetaSlipMadeEverywhereIsCaught() throws Exception {
        var m = RingClosedForm.check(FaultyEngines.betaDoubledEverywhere()).measure();
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        // Each of the three references sees it on its own.
        assertThat(m.figures().number("worst-kernel-residual")).isGreaterThan(1e-3);
        assertThat(m.figures().number("worst-eigenvalue-distance")).isGreaterThan(1e-6);
        assertThat(Math.abs(m.figures().number("chain-slope-z"))).isGreaterThan(20);
    }
}
