package org.trainability.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.trainability.checks.CheckRegistry;
import org.trainability.ledger.audit.Audit;
import org.trainability.ledger.audit.AuditReport;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.CheckSource;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Ledger;

/**
 * One audit as the commands run it: load the ledger, get the check results, gate.
 */
final class AuditSession {

    private AuditSession() {
    }

    static AuditReport run(Path root, CheckSource source) throws Exception {
        var ledger = new LedgerLoader().load(root);
        var started = Instant.now();
        List<CheckResult> results = source.results();
        var problems = Gate.problems(ledger, results);
        if (!problems.isEmpty()) {
            throw new UserInputException("the check results do not fit the ledger:\n  " + String.join("\n  ", problems));
        }
        return audit(root, ledger, results, started);
    }

    static AuditReport audit(Path root, Ledger ledger, List<CheckResult> results, Instant started) throws Exception {
        var proofs = ProofDocuments.read(root, ledger);
        return Audit.of(ledger, results, proofs, ProjectCommit.of(root), started,
                Duration.between(started, Instant.now()));
    }

    /** The checks this build runs. */
    static CheckSource registry() {
        return new CheckRegistry();
    }
}
