package org.trainability.checks.risks;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/** The checks of F4 and the risks R1–R6. */
public final class RiskChecks {

    private RiskChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of();
    }
}
