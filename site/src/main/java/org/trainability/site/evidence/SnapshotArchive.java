package org.trainability.site.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The recorded audit snapshots under {@code evidence/audits/*.json}. Reads them all, so that a
 * malformed one is reported rather than silently skipped. Stateless and thread-safe.
 */
public final class SnapshotArchive {

    /** Where snapshots live, relative to the repository root. */
    public static final String FOLDER = "evidence/audits";

    private SnapshotArchive() {
    }

    /** Every snapshot, ordered by sequence; empty when the folder is absent or holds none. */
    public static List<AuditSnapshot> read(Path root) throws EvidenceInputException {
        var dir = root.resolve(FOLDER);
        var out = new ArrayList<AuditSnapshot>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new EvidenceInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        var bySequence = new HashMap<Long, String>();
        for (var file : files) {
            var name = root.relativize(file).toString();
            var tree = AuditEvidence.readTree(file);
            var audit = AuditEvidence.parse(tree, name);
            var meta = JsonFields.root(name, tree).object("snapshot");
            var snapshot = new AuditSnapshot(name, meta.integer("sequence"), meta.text("recordedAt"),
                    meta.text("digest"), meta.optionalText("previousDigest"), audit);
            var clash = bySequence.putIfAbsent(snapshot.sequence(), name);
            if (clash != null) {
                throw new EvidenceInputException(name + ": snapshot sequence " + snapshot.sequence()
                        + " is also used by " + clash + "; each recorded snapshot needs its own sequence number");
            }
            out.add(snapshot);
        }
        out.sort(Comparator.comparingLong(AuditSnapshot::sequence));
        return out;
    }

    /** The most recent snapshot (highest sequence), if any was recorded. */
    public static Optional<AuditSnapshot> latest(Path root) throws EvidenceInputException {
        var all = read(root);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
