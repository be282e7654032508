package org.trainability.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainability.ledger.gate.Verdict;

class PropertyCheckTest {

    final PropertyCheck check = PropertyCheck.of("X.commutes", List.of("X"), SamplePropertyContainer.class,
            "additionCommutes", "subtractionCommutes", true, "addition commutes; subtraction must not");

    @Test
    void aTruePropertyPassesAndReportsItsGeneratedCasesAndSeed() throws Exception {
        var m = check.measure();
        assertThat(m.verdict()).isEqualTo(Verdict.PASS);
        assertThat(m.cases()).isEqualTo(1000);
        assertThat(m.figures().whole("tries")).isEqualTo(1000);
        assertThat(check.spec().seed()).isEqualTo(4242L);
        assertThat(check.spec().checksStatement()).isTrue();
    }

    @Test
    void aFalsePropertyIsFalsifiedWithItsCounterexample() throws Exception {
        var m = check.negativeControl();
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(m.detail()).contains("subtractionCommutes falsified").contains("!=");
    }

    @Test
    void aPropertyWithoutAFixedSeedIsRefused() {
        assertThatThrownBy(() -> PropertyCheck.of("X.u", List.of("X"), SamplePropertyContainer.class, "unseeded",
                "subtractionCommutes", false, "")).hasMessageContaining("must fix its seed");
    }

    @Test
    void aMissingMethodIsRefused() {
        assertThatThrownBy(() -> PropertyCheck.of("X.u", List.of("X"), SamplePropertyContainer.class, "nope",
                "subtractionCommutes", false, "")).hasMessageContaining("has no method nope");
    }
}
