package org.trainability.checks.assumptions;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.checks.study.GeneratedModels.Case;

/**
 * A4 as properties: over generated Ising models and RBMs every observable is bounded by one and
 * is the θ-gradient of the sampled energy ({@link ObservableRegularity}); with the observables
 * doubled it must be falsified.
 */
public class ObservableStatements {

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedModels.cases(5);
    }

    /** Bounded observables that are the gradient of a smooth energy. */
    @Property(tries = 150, seed = "8401", edgeCases = EdgeCasesMode.NONE)
    void observablesAreBoundedEnergyGradients(@ForAll("cases") Case c) {
        var f = ObservableRegularity.examine(c.toString(), c.model(), ObservableRegularity.OWN);
        if (!f.holds()) {
            throw new AssertionError(c + ": " + f);
        }
    }

    /** Negative control: doubled observables claimed bounded gradients; must be falsified. */
    @Property(tries = 20, seed = "8402", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void doubledObservablesAreBoundedEnergyGradients(@ForAll("cases") Case c) {
        var f = ObservableRegularity.examine(c.toString(), c.model(), ObservableRegularity.DOUBLED);
        if (!f.holds()) {
            throw new AssertionError(c + ": " + f);
        }
    }
}
