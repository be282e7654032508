package org.trainability.ledger.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.model.Ledger;

/**
 * Builds an {@link AuditReport}: gates the ledger on the given check results. The caller runs the
 * checks and says which commit and when; this class only assembles. Thread-safe.
 */
public final class Audit {

    private Audit() {
    }

    /**
     * @throws IllegalArgumentException when the results name unknown entries or repeat a check id
     *                                  (see {@link Gate#problems})
     */
    public static AuditReport of(Ledger ledger, List<CheckResult> results, Function<String, ProofFacts> proofs,
            String commit, Instant startedAt, Duration duration) {
        var supports = Gate.assess(ledger, results, proofs);
        return new AuditReport(ledger, supports, results, commit, EvidenceDigest.of(results), startedAt, duration);
    }
}
