package org.trainability.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.trainability.checks.assumptions.AssumptionChecks;
import org.trainability.checks.experiments.ExperimentChecks;
import org.trainability.checks.obligations.ObligationChecks;
import org.trainability.checks.risks.RiskChecks;
import org.trainability.checks.theorem.TheoremChecks;

/**
 * The one list of checks that both {@code mvn verify} and {@code ./ledger.sh audit} run.
 *
 * <p>A check is registered once, in the group class of its area; the audit runs every registered
 * check (and its negative control) and gates the ledger on the results. Stateless.
 */
public final class CheckRegistry {

    private CheckRegistry() {
    }

    /** Every check of this build, on the real engine. */
    public static List<Check> standard() {
        return standard(EngineUnderTest.real());
    }

    /** Every check of this build, on the given engine (a test may inject a fault into it). */
    public static List<Check> standard(EngineUnderTest engine) {
        var all = new ArrayList<Check>();
        all.addAll(AssumptionChecks.all(engine));
        all.addAll(ObligationChecks.all(engine));
        all.addAll(TheoremChecks.all(engine));
        all.addAll(RiskChecks.all(engine));
        all.addAll(ExperimentChecks.all(engine));
        var ids = new HashSet<String>();
        for (var c : all) {
            if (!ids.add(c.spec().id())) {
                throw new IllegalStateException("two checks share the id " + c.spec().id());
            }
        }
        return List.copyOf(all);
    }
}
