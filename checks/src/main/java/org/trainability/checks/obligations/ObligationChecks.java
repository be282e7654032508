package org.trainability.checks.obligations;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/** The checks of the obligations O1–O4. */
public final class ObligationChecks {

    private ObligationChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of();
    }
}
