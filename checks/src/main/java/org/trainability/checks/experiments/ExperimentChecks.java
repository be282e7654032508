package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;

/** The checks of the experiment ladder. */
public final class ExperimentChecks {

    private ExperimentChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        var checks = new ArrayList<Check>();
        checks.add(TauGrowthCheck.create(engine));
        checks.add(SweetSpotGridCheck.create(engine));
        checks.add(HtdmlObjectiveCheck.create(engine));
        checks.add(TemperingCutCheck.create(engine));
        // ./ledger.sh new-experiment registers new experiments' checks above this line.
        return List.copyOf(checks);
    }
}
