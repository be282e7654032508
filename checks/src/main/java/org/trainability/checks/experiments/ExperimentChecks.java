package org.trainability.checks.experiments;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/** The checks of the experiment ladder (exp4, exp7, exp8, exp12). */
public final class ExperimentChecks {

    private ExperimentChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of();
    }
}
