package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.Verdict;

class LumpingStatementTest {

    @Test
    void theStatementHoldsOnAThousandGeneratedCases() throws Exception {
        var m = ObligationChecks.lumpingStatement().measure();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.cases()).isGreaterThanOrEqualTo(Gate.PROVEN_HERE_CASES);
        assertThat(ObligationChecks.lumpingStatement().spec().checksStatement()).isTrue();
    }

    @Test
    void aFieldFalsifiesIt() throws Exception {
        var m = ObligationChecks.lumpingStatement().negativeControl();
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.FAIL);
        assertThat(m.detail()).contains("strong lumpability");
    }
}
