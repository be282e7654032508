package org.trainability.checks.theorem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.ledger.gate.Verdict;

class IdentityPropertiesTest {

    @Test
    void o5IdentitiesHoldAndTheUncorrectedFormIsFalsified() throws Exception {
        var check = TheoremChecks.plateauForm();
        var m = check.measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        var control = check.negativeControl();
        assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        assertThat(control.detail()).contains("uncorrected plateau form");
    }

    @Test
    void o6IdentityHoldsAndDroppingTheRemainderIsFalsified() throws Exception {
        var check = TheoremChecks.assemblyIdentity();
        var m = check.measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        var control = check.negativeControl();
        assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        assertThat(control.detail()).contains("but Q_perp");
    }
}
