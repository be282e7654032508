package org.trainability.checks.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;

class Exp1GridTest {

    @Test
    void qPerpTracksEveryRegimeCellAndOneGapDoesNot() throws Exception {
        var m = Exp1Grid.check(EngineUnderTest.real()).measure();
        assertThat(m.passed()).as(m.detail()).isTrue();
        assertThat(m.figures().names()).contains("cells-tracked-multi-mode", "cells-tracked-single-gap", "cells",
                "q-perp-vs-q-op", "q-single-vs-q-op", "spectrum-frustrated-beta-1");
    }

    @Test
    void qPerpFromTheWrongKernelFailsTheSameCriterionInSomeRegimeCells() throws Exception {
        var m = Exp1Grid.check(EngineUnderTest.real()).negativeControl();
        assertThat(m.passed()).as(m.detail()).isFalse();
        // A near miss, not a wild one: it tracks some regime cells but not all.
        var tracked = m.figures().text("a6-cells-tracked-by-predictor").split("/");
        assertThat(Integer.parseInt(tracked[0])).isPositive().isLessThan(Integer.parseInt(tracked[1]));
    }

    @Test
    void aSignErrorInTheConditionalFailsTheGrid() throws Exception {
        var m = Exp1Grid.check(FaultyEngines.signError()).measure();
        assertThat(m.passed()).isFalse();
        assertThat(m.detail()).contains("refused");
    }

    @Test
    void aNonReversibleKernelFailsTheGrid() throws Exception {
        var m = Exp1Grid.check(FaultyEngines.systematicScanPassedOffAsRandomScan()).measure();
        assertThat(m.passed()).isFalse();
    }
}
