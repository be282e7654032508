package org.trainability.checks.obligations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.engine.exact.EnumeratedLaw;

/**
 * O3 as properties: over generated reversible kernels and windows, the closed-form finite-K variance
 * equals brute force from the stationary start and its remainder against {@code 2τ_int Var/K} lies
 * inside O3's bounds ({@link FiniteWindowVariance#compare}); on generated systematic-scan kernels
 * with the gate waived it must be falsified. Uses the real engine.
 */
public class VarianceStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    /** A case and a window. */
    public record Setting(GeneratedModels.Case c, int window) {
        @Override
        public String toString() {
            return c + ", K = " + window;
        }
    }

    @Provide
    Arbitrary<Setting> reversible() {
        return Combinators.combine(GeneratedModels.cases(5), Arbitraries.integers().between(1, 60)).as(Setting::new);
    }

    @Provide
    Arbitrary<Setting> systematic() {
        return Combinators.combine(GeneratedModels.systematicScanCases(5), Arbitraries.integers().between(2, 60))
                .as(Setting::new);
    }

    /** Closed form = brute force, and the remainder is bounded. */
    @Property(tries = 200, seed = "9301", edgeCases = EdgeCasesMode.NONE)
    void finiteWindowVarianceEqualsBruteForce(@ForAll("reversible") Setting s) {
        var law = EnumeratedLaw.of(s.c().model());
        var kernel = engine.kernel(s.c().kernel(), s.c().model());
        var analysis = SpectralFormulas.of(law, kernel);
        var c = FiniteWindowVariance.compare(analysis, kernel, law, s.window());
        if (!c.holds()) {
            throw new AssertionError(s + ": " + c);
        }
    }

    /** Negative control: the closed form on systematic scan; must be falsified. */
    @Property(tries = 40, seed = "9302", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void finiteWindowVarianceOfSystematicScanEqualsBruteForce(@ForAll("systematic") Setting s) {
        var law = EnumeratedLaw.of(s.c().model());
        var kernel = engine.kernel(s.c().kernel(), s.c().model());
        var c = FiniteWindowVariance.compare(SpectralFormulas.waivingReversibility(law, kernel), kernel, law,
                s.window());
        if (!c.holds()) {
            throw new AssertionError(s + ": " + c);
        }
    }
}
