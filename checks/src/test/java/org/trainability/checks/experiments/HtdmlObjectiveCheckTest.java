package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.experiments.HtdmlObjectiveCheck.Comparison;
import org.trainability.checks.experiments.HtdmlObjectiveCheck.GradientFormula;
import org.trainability.engine.spectral.NotReversibleException;
import org.trainability.ledger.gate.Verdict;

/** exp8: the gradient, the ascent and the open edge pass; a wrong gradient fails. */
class HtdmlObjectiveCheckTest {

    @Test
    void theRealMeasurementPasses() {
        var m = HtdmlObjectiveCheck.measure(EngineUnderTest.real());
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat((Double) m.figures().get("max-relative-gradient-error")).isLessThan(1e-6);
        assertThat(m.figures()).containsEntry("couplings-compared", 28 + 15);
        assertThat((Double) m.figures().get("qop-after")).isGreaterThan((Double) m.figures().get("qop-before"));
        assertThat((Double) m.figures().get("gamma-eff-jump-relative")).isGreaterThan(0.01);
        assertThat((Double) m.figures().get("aggregate-time-change-relative")).isLessThan(1e-2);
        assertThat(m.figures()).containsKeys("gradient-agreement", "ascent", "membership-path");
    }

    @Test
    void theNegativeControlDropsTheTermsThroughTheLawAndFails() {
        var m = HtdmlObjectiveCheck.negativeControl(EngineUnderTest.real());
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat((Double) m.figures().get("max-relative-gradient-error")).isGreaterThan(1e-2);
    }

    @Test
    void theToleranceCatchesAGradientOffByOnePartInTenThousand() {
        var c = HtdmlObjectiveCheck.compare(EngineUnderTest.real(), HtdmlObjectiveCheck.randomProblem(),
                GradientFormula.POISSON);
        var scaled = c.analytic();
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] *= 1 + 1e-4;
        }
        var off = new Comparison("scaled", scaled, c.finiteDifference());
        assertThat(HtdmlObjectiveCheck.GRADIENT.accepts(c.relativeError(), 1.0)).isTrue();
        assertThat(HtdmlObjectiveCheck.GRADIENT.accepts(off.relativeError(), 1.0)).isFalse();
    }

    @Test
    void aNonReversibleKernelPassedOffAsRandomScanIsRefused() {
        var faulty = FaultyEngines.systematicScanPassedOffAsRandomScan();
        assertThatThrownBy(() -> HtdmlObjectiveCheck.compare(faulty, HtdmlObjectiveCheck.randomProblem(),
                GradientFormula.POISSON)).isInstanceOf(NotReversibleException.class);
    }
}
