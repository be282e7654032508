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
        checks.add(Exp1Grid.check(engine));
        checks.add(RbmSmokeExperiment.check(engine));
        checks.add(TauGrowth.check(engine));
        checks.add(SweetSpotGrid.check(engine));
        checks.add(DifferentiableObjective.check(engine));
        checks.add(TemperingCut.check(engine));
        // ./ledger.sh new-experiment registers new experiments' checks above this line.
        return List.copyOf(checks);
    }
}
