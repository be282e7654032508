package org.trainability.checks;

import java.util.List;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.CheckSource;

/**
 * The one list of checks that both {@code mvn verify} and {@code ./ledger audit} run.
 *
 * <p>No checks are registered yet, so the gate supports nothing above {@code open}; the checks
 * arrive with the engine. Thread-safe.
 */
public final class CheckRegistry implements CheckSource {

    @Override
    public List<CheckResult> results() {
        return List.of();
    }
}
