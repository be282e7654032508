package org.trainability.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.CheckRunner;
import org.trainability.checks.evidence.EvidenceException;
import org.trainability.checks.evidence.EvidenceRecord;
import org.trainability.checks.evidence.EvidenceStore;
import org.trainability.checks.evidence.StatementFingerprint;
import org.trainability.ledger.audit.Audit;
import org.trainability.ledger.audit.AuditReport;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Ledger;

/**
 * One audit as the commands run it: load the ledger, run the checks (or read kept evidence),
 * gate.
 *
 * @param report  the audit
 * @param records the evidence it gated on
 * @param notes   things the user should know (stale evidence left out), one a line
 */
record AuditSession(AuditReport report, List<EvidenceRecord> records, List<String> notes) {

    /** Runs every check of {@code checks} on {@code threads} threads, then gates. */
    static AuditSession run(Path root, List<? extends Check> checks, int threads) throws Exception {
        return run(root, checks, threads, CheckRunner.Progress.SILENT);
    }

    /** The same, telling {@code progress} as each check finishes. */
    static AuditSession run(Path root, List<? extends Check> checks, int threads, CheckRunner.Progress progress)
            throws Exception {
        var ledger = new LedgerLoader().load(root);
        var started = Instant.now();
        var commit = ProjectCommit.of(root);
        var records = new CheckRunner(ledger, commit, threads, Clock.systemUTC()).run(checks, progress);
        return gate(root, ledger, records, List.of(), commit, started);
    }

    /**
     * Re-gates on evidence kept in {@code dir} without running anything. Records whose digest does
     * not match are refused (the whole folder); records about statements that have changed since
     * are left out, with a note.
     */
    static AuditSession fromEvidence(Path root, Path dir) throws Exception {
        var ledger = new LedgerLoader().load(root);
        var started = Instant.now();
        List<EvidenceRecord> all;
        try {
            all = EvidenceStore.read(dir);
        } catch (EvidenceException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        var kept = new ArrayList<EvidenceRecord>();
        var notes = new ArrayList<String>();
        for (var r : all) {
            var now = StatementFingerprint.of(ledger, r.result().verifies());
            if (now.equals(r.statementFingerprint())) {
                kept.add(r);
            } else {
                notes.add("left out " + r.result().id() + ": the statement of " + String.join(", ",
                        r.result().verifies()) + " changed after this evidence was recorded");
            }
        }
        return gate(root, ledger, kept, notes, ProjectCommit.of(root), started);
    }

    private static AuditSession gate(Path root, Ledger ledger, List<EvidenceRecord> records, List<String> notes,
            String commit, Instant started) throws Exception {
        var results = records.stream().map(EvidenceRecord::result).toList();
        var problems = Gate.problems(ledger, results);
        if (!problems.isEmpty()) {
            throw new UserInputException("the check results do not fit the ledger:\n  " + String.join("\n  ", problems));
        }
        var report = Audit.of(ledger, results, ProofDocuments.read(root, ledger), commit, started,
                Duration.between(started, Instant.now()));
        return new AuditSession(report, records, notes);
    }
}
