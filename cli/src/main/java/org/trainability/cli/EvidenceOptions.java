package org.trainability.cli;

import java.nio.file.Path;
import java.util.List;
import org.trainability.checks.Check;
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

    AuditSession session(Path root, List<? extends Check> checks) throws Exception {
        if (fromEvidence != null) {
            return AuditSession.fromEvidence(root, fromEvidence.toAbsolutePath());
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        return AuditSession.run(root, checks, n);
    }
}
