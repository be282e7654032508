package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.ledger.gate.Verdict;

class IdentityPropertiesTest {

    @Test
    void o5IdentitiesHoldAndTheUncorrectedFormIsFalsified() throws Exception {
        var check = ObligationChecks.plateauForm();
        var m = check.measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        var control = check.negativeControl();
        assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        assertThat(control.detail()).contains("uncorrected plateau form");
    }

    @Test
    void o6IdentityHoldsAndDroppingTheRemainderIsFalsified() throws Exception {
        var check = ObligationChecks.assemblyIdentity();
        var m = check.measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        var control = check.negativeControl();
        assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        assertThat(control.detail()).contains("but Q_perp");
    }
}
