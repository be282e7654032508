package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.experiments.DifferentiableObjective.Design;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.gate.Verdict;

/** exp8: the gradient, the ascent and the open edge pass; a wrong gradient fails. */
class DifferentiableObjectiveTest {

    private static Measurement measure(Design design) {
        return design.measure(EngineUnderTest.real(), DifferentiableObjective.SEED).present();
    }

    @Test
    void theRealMeasurementPasses() {
        var m = measure(Design.REAL);
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures().number("max-relative-gradient-error")).isLessThan(1e-6);
        assertThat(m.figures().asMap()).containsEntry("couplings-compared", Scalar.of(28 + 15));
        assertThat(m.figures().number("qop-after")).isGreaterThan(m.figures().number("qop-before"));
        assertThat(m.figures().number("gamma-eff-jump-relative")).isGreaterThan(0.01);
        assertThat(m.figures().number("aggregate-time-change-relative")).isLessThan(1e-2);
        assertThat(m.figures().names()).contains("gradient-agreement", "ascent", "membership-path");
    }

    @Test
    void theNegativeControlDropsTheTermsThroughTheLawAndFails() {
        var m = measure(Design.CONTROL);
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(m.figures().number("max-relative-gradient-error")).isGreaterThan(1e-2);
    }

    @Test
    void theRegisteredCheckRunsTheRealDesignAndItsControl() {
        var check = ExperimentChecks.all(EngineUnderTest.real()).stream()
                .filter(c -> c.spec().id().equals(DifferentiableObjective.ID)).findFirst().orElseThrow();
        assertThat(check.spec().verifies()).containsExactly("exp8", "O5.c", "R2");
        assertThat(check.spec().seed()).isEqualTo(DifferentiableObjective.SEED);
        assertThat(check.spec().parameters()).containsEntry("finiteDifferenceStep", GradientAgreement.STEP);
    }
}
