package org.trainability.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * What a group of checks must show, one dynamic test per check: every negative control fails (does
 * not pass), and every numerical check passes on the real engine. Property checks are measured by
 * the audit, not here: their real runs are the expensive half, while their controls are cheap. A
 * group's test class implements this and says which checks are its group.
 */
public interface CheckGroupContract {

    /** The group's checks, on the real engine. */
    List<Check> checks();

    @TestFactory
    default Stream<DynamicTest> everyNegativeControlFails() {
        return checks().stream().map(check -> dynamicTest(check.spec().id(), () -> {
            var control = check.negativeControl();
            assertThat(control.verdict()).as(check.spec().id() + ": " + control.detail()).isNotEqualTo(Verdict.PASS);
        }));
    }

    @TestFactory
    default Stream<DynamicTest> everyNumericalCheckPassesOnTheRealEngine() {
        return checks().stream().filter(c -> c.spec().kind() != CheckKind.PROPERTY)
                .map(check -> dynamicTest(check.spec().id(), () -> {
                    var m = check.measure();
                    assertThat(m.verdict()).as(check.spec().id() + ": " + m.detail()).isEqualTo(Verdict.PASS);
                }));
    }
}
