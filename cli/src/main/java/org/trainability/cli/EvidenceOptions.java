package org.trainability.cli;

import java.nio.file.Path;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.CheckRunner;
import picocli.CommandLine.Option;

/** Where a command's check results come from: this build's checks, or kept evidence. */
final class EvidenceOptions {

    @Option(names = "--from-evidence", paramLabel = "DIR",
            description = "Re-gate on evidence kept in DIR (from --evidence-out) instead of running the checks; "
                    + "a record whose digest does not match is refused.")
    Path fromEvidence;

    @Option(names = "--threads", paramLabel = "N", description = "Checks run at once (default: one per processor). "
            + "The results do not depend on it.")
    Integer threads;

    @Option(names = "--progress", description = "Report each finished check on stderr (the default when the command"
            + " runs in a terminal; quiet otherwise, as in CI logs).")
    boolean progress;

    AuditSession session(Path root, List<? extends Check> checks, java.io.PrintWriter err) throws Exception {
        if (fromEvidence != null) {
            return AuditSession.fromEvidence(root, fromEvidence.toAbsolutePath());
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        boolean report = progress || System.console() != null;
        return AuditSession.run(root, checks, n, report ? progressOn(err) : CheckRunner.Progress.SILENT);
    }

    /** One line per finished check: how many are done, the check, its verdict, its time, the time so far. */
    private static CheckRunner.Progress progressOn(java.io.PrintWriter err) {
        long start = System.nanoTime();
        return (record, done, total) -> {
            var r = record.result();
            err.printf(java.util.Locale.ROOT, "[%d/%d] %s %s (%.1f s), %.0f s elapsed%n", done, total, r.id(),
                    r.verdict(), record.durationMillis() / 1000.0, (System.nanoTime() - start) / 1e9);
            err.flush();
        };
    }
}
