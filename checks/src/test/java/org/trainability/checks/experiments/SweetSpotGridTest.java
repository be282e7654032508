package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.experiments.SweetSpotGrid.Design;
import org.trainability.engine.kernel.KernelName;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.gate.Verdict;

/** exp7: the sweet spot exists on the real grid; each negative control counts no crossable cell. */
class SweetSpotGridTest {

    /**
     * Two Γ by two β, with a sweet spot: at β = 1 the plain EBM needs τ_max ≈ 3,800 steps, while
     * Γ = 1 brings it to ≈ 42 (50 τ ≈ 2,100 ≤ 9,000).
     */
    private static Design small(KernelName kernel) {
        return new Design(new double[] {0, 1}, new double[] {0.25, 1.0}, SweetSpotGrid.WINDOW_STEPS, kernel);
    }

    private static Measurement measure(EngineUnderTest engine, Design design) {
        return design.measure(engine, SweetSpotGrid.SEED).present();
    }

    @Test
    void theRealGridHasASweetSpotWhereQPerpPredictsQOp() {
        var m = measure(EngineUnderTest.real(), Design.REAL);
        assertThat(m.verdict()).as(m.detail()).isEqualTo(Verdict.PASS);
        assertThat(m.figures().asMap()).containsEntry("grid-cells", Scalar.of(64)).containsEntry("reversible-cells", Scalar.of("64/64"));
        assertThat(m.figures().whole("crossable-cells")).isBetween(1L, 63L);
        assertThat(m.figures().whole("sweet-spot-cells")).isPositive();
        assertThat(m.figures().text("cells-a2-and-a6")).isEqualTo(m.figures().whole("crossable-cells") + "/64");
        // Past 50 τ_max the window is in the asymptotic regime on these layers.
        assertThat(m.figures().number("qperp-over-qop-crossable-min")).isGreaterThan(0.95);
        assertThat(m.figures().number("qperp-over-qop-crossable-max")).isLessThanOrEqualTo(1.0);
        assertThat(m.figures().names()).contains("crossability-map", "qperp-over-qop-map", "crossable-by-budget", "cells");
    }

    @Test
    void theNegativeControlTheBudgetInStepsHasCrossableCellsButNoSweetSpot() {
        var m = measure(EngineUnderTest.real(), Design.CONTROL);
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        // A2 holds everywhere and some cells cross: only the sweet-spot condition fails.
        assertThat(m.figures().asMap()).containsEntry("reversible-cells", Scalar.of("64/64"))
                .containsEntry("sweet-spot-cells", Scalar.of(0));
        assertThat(m.figures().whole("crossable-cells")).isPositive();
    }

    @Test
    void theSmallGridHasItsSweetSpotButNotUnderABudgetFarBelowTau() {
        var real = measure(EngineUnderTest.real(), small(KernelName.RANDOM_SCAN));
        assertThat(real.verdict()).as(real.detail()).isEqualTo(Verdict.PASS);
        assertThat(real.figures().asMap()).containsEntry("sweet-spot-cells", Scalar.of(1));

        // τ_int ≥ 4 steps for every cell, so 50 τ_max ≥ 200 steps ≫ 10.
        var starved = measure(EngineUnderTest.real(), small(KernelName.RANDOM_SCAN).withWindow(10));
        assertThat(starved.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(starved.figures().asMap()).containsEntry("crossable-cells", Scalar.of(0));
    }

    @Test
    void aNonReversibleKernelPassedOffAsRandomScanFails() {
        var m = measure(FaultyEngines.systematicScanPassedOffAsRandomScan(), small(KernelName.RANDOM_SCAN));
        assertThat(m.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(m.figures().asMap()).containsEntry("crossable-cells", Scalar.of(0)).containsEntry("reversible-cells", Scalar.of("0/4"));
    }

    @Test
    void theRegisteredCheckIsTheStandardGridAndItsControl() throws Exception {
        var check = ExperimentChecks.all(EngineUnderTest.real()).stream()
                .filter(c -> c.spec().id().equals(SweetSpotGrid.ID)).findFirst().orElseThrow();
        assertThat(check.spec().verifies()).containsExactly("exp7", "A2", "A6", "R5");
        assertThat(check.spec().parameters()).containsEntry("windowSteps", 9000L);
    }
}
