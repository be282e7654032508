package org.trainability.checks.theorem;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.obligations.BulkRestriction;
import static org.assertj.core.api.Assertions.assertThat;

class PlateauChecksTest {

    @Test
    void whereA7HoldsQPerpCStarAgreesWithQPerp() throws Exception {
        var check = BulkRestriction.check(EngineUnderTest.real());
        var m = check.measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        var control = check.negativeControl();
        assertThat(control.passed()).as(control.detail()).isFalse();
    }

    @Test
    void onThePlateauQOpOverQPerpTendsToOneAsKGrows() throws Exception {
        var check = PlateauAssembly.check(EngineUnderTest.real());
        var m = check.measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        var control = check.negativeControl();
        assertThat(control.passed()).as(control.detail()).isFalse();
    }

    @Test
    void aNonReversibleKernelFailsTheAssembly() throws Exception {
        assertThat(PlateauAssembly.check(FaultyEngines.systematicScanPassedOffAsRandomScan()).measure().passed()).isFalse();
        assertThat(BulkRestriction.check(FaultyEngines.signError()).measure().passed()).isFalse();
    }
}
