package org.trainability.checks.theorem;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

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
                Exp1Grid.check(engine),
                SingleGapSupersession.check(engine));
    }
}
