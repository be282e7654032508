package org.trainability.checks.assumptions;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/** The checks of the assumptions A1–A8. */
public final class AssumptionChecks {

    private AssumptionChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of();
    }
}
