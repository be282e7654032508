package org.trainability.checks.assumptions;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.checks.study.GeneratedModels.Case;

/**
 * A2 as properties: every reversible kernel of the engine is in detailed balance with the
 * generated model's law; {@code systematic-scan} on generated coupled models must be falsified.
 * Property containers are instantiated by jqwik, so they use the real engine.
 */
public class ReversibilityStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedModels.cases(5);
    }

    @Provide
    Arbitrary<Case> systematic() {
        return GeneratedModels.systematicScanCases(5);
    }

    /** Detailed balance holds for every reversible kernel on every generated model. */
    @Property(tries = 200, seed = "8201", edgeCases = EdgeCasesMode.NONE)
    void reversibleKernelsAreInDetailedBalance(@ForAll("cases") Case c) {
        var r = KernelReversibility.residuals(engine, c.toString(), c.model(), c.kernel());
        if (!r.reversible()) {
            throw new AssertionError(c + " is not in detailed balance: " + r);
        }
    }

    /** Negative control: systematic scan on coupled models is claimed in detailed balance; must be falsified. */
    @Property(tries = 50, seed = "8202", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void systematicScanIsInDetailedBalance(@ForAll("systematic") Case c) {
        var r = KernelReversibility.residuals(engine, c.toString(), c.model(), c.kernel());
        if (!r.reversible()) {
            throw new AssertionError(c + " is not in detailed balance: " + r);
        }
    }
}
