package org.trainability.checks.theorem;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/**
 * The checks of the theorem's tiers and of its superseded predecessor: T-cond's plateau assembly
 * and H-single's mis-anchoring. The obligations they rest on (O1.c, O5, O5.c, O6) are checked in
 * {@code obligations}, the experiments they draw on (exp1, exp2) in {@code experiments}. Every one
 * has a negative control. Stateless.
 */
public final class TheoremChecks {

    private TheoremChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                PlateauAssembly.check(engine),
                SingleGapSupersession.check(engine));
    }
}
