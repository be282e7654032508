package org.trainability.checks.assumptions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;

/**
 * A1 as properties (run by the audit through {@link org.trainability.checks.PropertyCheck}): over
 * generated models in the stated stress range, the enumerated law is finite, strictly positive in
 * double precision and normalised ({@link GibbsLawPositivity#examine}); over generated known-bad
 * laws (energies that overflow, frozen models whose balanced states underflow) it must be
 * falsified.
 */
public class GibbsLawStatements {

    @Provide
    Arbitrary<IsingModel> stressModels() {
        return GeneratedModels.wideIsingModels();
    }

    @Provide
    Arbitrary<Model> badModels() {
        var overflowing = Arbitraries.integers().between(3, 6)
                .map(n -> (Model) GibbsLawPositivity.uniform(n, 1e308, 0, 10));
        var frozen = Arbitraries.integers().between(10, 12)
                .map(n -> (Model) GibbsLawPositivity.uniform(n, 2, 0, 10));
        return Arbitraries.oneOf(overflowing, frozen);
    }

    /** Every law in the stress range is finite, positive and normalised. */
    @Property(tries = 300, seed = "8101", edgeCases = EdgeCasesMode.MIXIN)
    void lawIsFinitePositiveAndNormalised(@ForAll("stressModels") IsingModel model) {
        var finding = GibbsLawPositivity.examine(model.toString(), model);
        if (!finding.holds()) {
            throw new AssertionError("A1 fails on " + model + ": " + finding);
        }
    }

    /** Negative control: the same examination on known-bad laws must find a failure. */
    @Property(tries = 20, seed = "8102", shrinking = ShrinkingMode.OFF)
    void knownBadLawsPass(@ForAll("badModels") Model model) {
        var finding = GibbsLawPositivity.examine(model.toString(), model);
        if (!finding.holds()) {
            throw new AssertionError("A1 fails on " + model + ": " + finding);
        }
    }
}
