package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.experiments.GradientAgreement.Comparison;
import org.trainability.checks.experiments.GradientAgreement.GradientFormula;
import org.trainability.engine.spectral.NotReversibleException;

/** exp8's first part: the tolerance is tight enough to matter, and a non-reversible kernel is refused. */
class GradientAgreementTest {

    private static final ObjectiveProblem RANDOM = ObjectiveProblem.random(DifferentiableObjective.SEED);

    @Test
    void theToleranceCatchesAGradientOffByOnePartInTenThousand() {
        var c = GradientAgreement.compare(EngineUnderTest.real(), RANDOM, GradientFormula.POISSON);
        var scaled = c.analytic();
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] *= 1 + 1e-4;
        }
        var off = new Comparison("scaled", scaled, c.finiteDifference());
        assertThat(GradientAgreement.GRADIENT.accepts(c.relativeError(), 1.0)).isTrue();
        assertThat(GradientAgreement.GRADIENT.accepts(off.relativeError(), 1.0)).isFalse();
    }

    @Test
    void aNonReversibleKernelPassedOffAsRandomScanIsRefused() {
        var faulty = FaultyEngines.systematicScanPassedOffAsRandomScan();
        assertThatThrownBy(() -> GradientAgreement.compare(faulty, RANDOM, GradientFormula.POISSON))
                .isInstanceOf(NotReversibleException.class);
    }
}
