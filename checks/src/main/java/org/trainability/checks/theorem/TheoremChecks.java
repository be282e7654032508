package org.trainability.checks.theorem;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;

/**
 * The checks of O1.c, O5, O5.c, O6, the theorem tiers (T-cond, T-op), H-single, R1, R2 and the
 * exp1/exp2 grids. Every one has a negative control. Stateless; the checks it returns are
 * thread-safe.
 */
public final class TheoremChecks {

    private TheoremChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                lumpingStatement(),
                LumpedSamplerLaw.check(engine),
                Exp1Grid.check(engine),
                SingleGapSupersession.check(engine));
    }

    /** O1.c's statement over 1,000 generated spin-flip-symmetric cases (the proven-here check). */
    static PropertyCheck lumpingStatement() {
        return PropertyCheck.of("O1.c.lumped-statement", List.of("O1.c"), SpinFlipLumpingProperties.class,
                "lumpedChainIsMarkovWithTheEvenSpectrumAndTheSameSnr", "aFieldBreaksTheStatement", true,
                "O1.c claims 1-4 on 1,000 generated spin-flip-symmetric models and kernels (random-scan, symmetric-scan,"
                        + " metropolis, block-rbm): strongly lumpable, lumped spectrum = even-sector spectrum, and the same"
                        + " T_O, Q_op(K), Q_perp, C*(O), gamma_eff on the lumped and the projected chain; falsified with a field");
    }
}
