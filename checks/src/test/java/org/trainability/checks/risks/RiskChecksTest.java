package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * Every check of F4 and R3–R6 passes on the real engine and fails its negative control (the audit
 * shows both too; the suite must prove them). About 8 s of CPU in all.
 */
class RiskChecksTest {

    private final List<Check> checks = RiskChecks.all(EngineUnderTest.real());

    @Test
    void theGroupCoversItsEntriesWithTheKindsTheirClaimsNeed() {
        assertThat(checks).extracting(c -> c.spec().id()).containsExactly("F4.phase-ratio",
                "F4.positive-phase-closed-form", "R3.reference-drift", "R5.resolved-calibration", "R5.tau-grows-with-L",
                "R6.pcd-tracking-lag");
        assertThat(checks).filteredOn(c -> c.spec().verifies().contains("F4"))
                .extracting(c -> c.spec().kind()).containsExactlyInAnyOrder(CheckKind.NUMERICAL, CheckKind.PROPERTY);
        for (var entry : List.of("R3", "R4", "R5", "R6")) {
            assertThat(checks).as(entry).anyMatch(c -> c.spec().verifies().contains(entry));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCheckPassesAndItsNegativeControlFails() {
        // The calibration's verdict is a measured rate against a goal, not a property of a correct
        // engine; ResolvedCalibrationTest says what it must show.
        return checks.stream().filter(c -> !c.spec().id().equals(ResolvedCalibration.ID))
                .map(check -> DynamicTest.dynamicTest(check.spec().id(), () -> {
            var measured = check.measure();
            assertThat(measured.verdict()).as(measured.detail()).isEqualTo(Verdict.PASS);
            var control = check.negativeControl();
            assertThat(control.verdict()).as(control.detail()).isEqualTo(Verdict.FAIL);
        }));
    }
}
