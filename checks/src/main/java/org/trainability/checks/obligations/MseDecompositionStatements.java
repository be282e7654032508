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
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.EnumeratedLaw;

/**
 * O1's statement as a property: for generated models (N ≤ 3 spins, RBMs with ≤ 3 visible units),
 * kernels, start laws, burn-ins and windows, the exact error of two independent chains — brute
 * force on the chain of pairs ({@link PairedChains}) — equals {@code ‖b‖² + Σ_a Var(Ā_a)/2} from one
 * chain's moments, to 1e-9 of the error. Negative control: two perfectly coupled chains, for which
 * the variance does not halve; must be falsified. Uses the real engine.
 */
public class MseDecompositionStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    /** A case: the model and kernel, a start law, B and K. */
    public record Setting(GeneratedModels.Case c, double[] mu0, int burnIn, int window) {
        @Override
        public String toString() {
            return c + ", B = " + burnIn + ", K = " + window;
        }
    }

    @Provide
    Arbitrary<Setting> settings() {
        return GeneratedModels.cases(3).flatMap(c -> {
            int states = 1 << c.model().enumeratedUnits();
            return Combinators.combine(GeneratedModels.startLaws(states), Arbitraries.integers().between(0, 8),
                    Arbitraries.integers().between(1, 12)).as((mu, b, k) -> new Setting(c, mu, b, k));
        });
    }

    private double[] errors(Setting s, boolean independent) {
        var law = EnumeratedLaw.of(s.c().model());
        var kernel = engine.kernel(s.c().kernel(), s.c().model());
        var one = WindowMoments.of(kernel, law, s.mu0(), s.burnIn(), s.window());
        double decomposition = one.squaredBias() + one.totalVariance() / 2;
        double paired = PairedChains.meanSquaredError(kernel, law, s.mu0(), s.burnIn(), s.window(), independent);
        return new double[] {paired, decomposition, one.totalVariance()};
    }

    /** E‖ĝ − g‖² of two independent chains = ‖b‖² + Σ Var/2. */
    @Property(tries = 150, seed = "9101", edgeCases = EdgeCasesMode.NONE)
    void errorOfTwoChainsIsBiasSquaredPlusHalfTheVariance(@ForAll("settings") Setting s) {
        var e = errors(s, true);
        if (Math.abs(e[0] - e[1]) > 1e-9 * e[0] + 1e-15) {
            throw new AssertionError(s + ": paired chains give " + e[0] + ", bias^2 + Var/2 gives " + e[1]);
        }
    }

    /** Negative control: two perfectly coupled chains claimed to halve the variance; must be falsified. */
    @Property(tries = 40, seed = "9102", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void errorOfTwoCoupledChainsIsBiasSquaredPlusHalfTheVariance(@ForAll("settings") Setting s) {
        var e = errors(s, false);
        if (Math.abs(e[0] - e[1]) > 1e-9 * e[0] + 1e-15) {
            throw new AssertionError(s + ": coupled chains give " + e[0] + ", bias^2 + Var/2 gives " + e[1]);
        }
    }
}
