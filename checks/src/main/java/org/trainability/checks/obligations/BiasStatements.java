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
 * O2 as properties: over generated reversible kernels, start laws (point masses, uniform,
 * mixtures), burn-ins and windows, the spectral bias equals brute force and obeys
 * {@code |bias_a| ≤ C_a (1−γ_*)^B} ({@link BiasFormula#compare}); on generated systematic-scan
 * kernels with the gate waived the formula must be falsified. Uses the real engine.
 */
public class BiasStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    /** A case: the model and kernel, a start law, B and K. */
    public record Setting(GeneratedModels.Case c, double[] mu0, int burnIn, int window) {
        @Override
        public String toString() {
            return c + ", B = " + burnIn + ", K = " + window;
        }
    }

    private static Arbitrary<Setting> settings(Arbitrary<GeneratedModels.Case> cases, int fewestSteps) {
        return cases.flatMap(c -> {
            int states = 1 << c.model().enumeratedUnits();
            return Combinators.combine(GeneratedModels.startLaws(states), Arbitraries.integers().between(0, 40),
                    Arbitraries.integers().between(1, 40)).as((mu, b, k) -> new Setting(c, mu, b, k))
                    .filter(s -> s.burnIn() + s.window() >= fewestSteps);
        });
    }

    @Provide
    Arbitrary<Setting> reversible() {
        return settings(GeneratedModels.cases(5), 1);
    }

    @Provide
    Arbitrary<Setting> systematic() {
        return settings(GeneratedModels.systematicScanCases(5), 3);
    }

    /** The spectral bias equals brute force, and the geometric bound holds. */
    @Property(tries = 150, seed = "9201", edgeCases = EdgeCasesMode.NONE)
    void spectralBiasEqualsBruteForceAndDecaysGeometrically(@ForAll("reversible") Setting s) {
        var law = EnumeratedLaw.of(s.c().model());
        var kernel = engine.kernel(s.c().kernel(), s.c().model());
        var c = BiasFormula.compare(SpectralFormulas.of(law, kernel), kernel, law, s.mu0(), s.burnIn(), s.window());
        if (!c.holds()) {
            throw new AssertionError(s + ": " + c);
        }
    }

    /** Negative control: the reversible formula on systematic scan; must be falsified. */
    @Property(tries = 40, seed = "9202", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void spectralBiasOfSystematicScanEqualsBruteForce(@ForAll("systematic") Setting s) {
        var law = EnumeratedLaw.of(s.c().model());
        var kernel = engine.kernel(s.c().kernel(), s.c().model());
        var c = BiasFormula.compare(SpectralFormulas.waivingReversibility(law, kernel), kernel, law, s.mu0(),
                s.burnIn(), s.window());
        if (!c.holds()) {
            throw new AssertionError(s + ": " + c);
        }
    }
}
