package org.trainability.site.evidence;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.trainability.ledger.audit.AuditSnapshots;

/**
 * The recorded audit snapshots under {@code evidence/audits/} ({@code ./ledger.sh audit --record}),
 * read through the ledger module's {@link AuditSnapshots}, which checks every digest of the chain:
 * an edited or out-of-order snapshot is reported, never shown. Stateless and thread-safe.
 */
public final class SnapshotArchive {

    /** Where snapshots live, relative to the repository root. */
    public static final String FOLDER = "evidence/audits";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SnapshotArchive() {
    }

    /** The most recent snapshot, if any was recorded. */
    public static Optional<AuditSnapshot> latest(Path root) throws EvidenceInputException {
        Optional<AuditSnapshots.Snapshot> latest;
        try {
            latest = AuditSnapshots.latest(root.resolve(FOLDER));
        } catch (IOException e) {
            throw new EvidenceInputException("the recorded snapshots cannot be trusted: " + e.getMessage()
                    + "; restore the file from version control (snapshots are never edited by hand)");
        }
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        var s = latest.get();
        var name = root.relativize(s.file()).toString();
        var audit = AuditEvidence.parseWithoutFigures(s.audit(), name);
        String recordedAt;
        try {
            recordedAt = MAPPER.readTree(s.file().toFile()).path("snapshot").path("recordedAt").asText("");
        } catch (IOException e) {
            throw new EvidenceInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return Optional.of(new AuditSnapshot(name, s.sequence(), recordedAt, s.digest(),
                s.previousDigest().isEmpty() ? Optional.empty() : Optional.of(s.previousDigest()), audit));
    }
}
