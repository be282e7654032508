package org.trainability.checks.assumptions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.checks.study.GeneratedModels.Case;
import org.trainability.engine.model.IsingModel;

/**
 * A3 as properties: over generated models and their reversible kernels the exact spectrum has
 * γ &gt; 0 and λ_min &gt; −1 with {@link SpectralRange#MARGIN}; over generated periodic chains
 * (Metropolis on independent spins at β = 0, N = 1…6) it must be falsified. Uses the real engine.
 */
public class SpectralRangeStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedModels.cases(5);
    }

    @Provide
    Arbitrary<IsingModel> freeSpins() {
        return Arbitraries.integers().between(1, 6).map(n -> IsingModel.withoutFields(new double[n][n], 0, true));
    }

    /** Irreducible and aperiodic, with the margin, for every generated reversible kernel. */
    @Property(tries = 150, seed = "8301", edgeCases = EdgeCasesMode.NONE)
    void spectrumLiesStrictlyInsideTheUnitInterval(@ForAll("cases") Case c) {
        var r = SpectralRange.range(engine, c.toString(), c.model(), c.kernel());
        if (!r.holds()) {
            throw new AssertionError(c + ": " + r);
        }
    }

    /** Negative control: periodic Metropolis chains are claimed aperiodic; must be falsified. */
    @Property(tries = 20, seed = "8302", shrinking = ShrinkingMode.OFF)
    void periodicChainsAreAperiodic(@ForAll("freeSpins") IsingModel model) {
        var r = SpectralRange.range(engine, model.toString(), model,
                org.trainability.engine.kernel.KernelName.METROPOLIS);
        if (!r.holds()) {
            throw new AssertionError(model + " under metropolis: " + r);
        }
    }
}
