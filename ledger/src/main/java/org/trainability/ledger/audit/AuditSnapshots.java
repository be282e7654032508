package org.trainability.ledger.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trainability.ledger.store.AtomicFiles;

/**
 * Audits a researcher chose to keep ({@code ./ledger.sh audit --record}), in
 * {@code evidence/audits/NNNN.json}: the audit JSON plus a {@code snapshot} block whose digest
 * covers the audit and the previous snapshot's digest, so the snapshots form a chain in which no
 * earlier record can be edited unnoticed.
 */
public final class AuditSnapshots {

    private AuditSnapshots() {
    }

    /** A kept snapshot: its file, sequence number, digests and the audit JSON itself. */
    public record Snapshot(Path file, int sequence, String digest, String previousDigest, JsonNode audit) {
    }

    /** Records {@code report} as the next snapshot in {@code dir}; returns it. */
    public static Snapshot record(Path dir, AuditReport report, Instant now) throws IOException {
        var chain = read(dir);
        var previous = chain.isEmpty() ? "" : chain.get(chain.size() - 1).digest();
        int sequence = chain.isEmpty() ? 1 : chain.get(chain.size() - 1).sequence() + 1;
        var audit = AuditJson.toJson(report);
        var digest = digest(audit, previous);
        var node = AuditJson.MAPPER.createObjectNode();
        var snapshot = node.putObject("snapshot");
        snapshot.put("sequence", sequence);
        snapshot.put("recordedAt", now.toString());
        snapshot.put("digest", digest);
        snapshot.put("previousDigest", previous);
        audit.fields().forEachRemaining(f -> node.set(f.getKey(), f.getValue()));
        var file = dir.resolve(String.format("%04d.json", sequence));
        AtomicFiles.writeString(file, AuditJson.MAPPER.writeValueAsString(node) + "\n");
        return new Snapshot(file, sequence, digest, previous, audit);
    }

    /**
     * Every snapshot in {@code dir}, oldest first, each checked against its digest and its
     * predecessor; throws naming the first file that breaks the chain.
     */
    public static List<Snapshot> read(Path dir) throws IOException {
        var out = new ArrayList<Snapshot>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
        }
        var previous = "";
        for (var file : files) {
            var node = (ObjectNode) AuditJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            var snapshot = node.path("snapshot");
            var audit = node.deepCopy();
            audit.remove("snapshot");
            var digest = digest(audit, snapshot.path("previousDigest").asText());
            if (!digest.equals(snapshot.path("digest").asText())) {
                throw new IOException(file + ": snapshot digest mismatch — the recorded audit was edited");
            }
            if (!previous.equals(snapshot.path("previousDigest").asText())) {
                throw new IOException(file + ": does not follow the previous snapshot (chain broken)");
            }
            out.add(new Snapshot(file, snapshot.path("sequence").asInt(), digest, previous, audit));
            previous = digest;
        }
        return out;
    }

    /** The newest snapshot, if any. */
    public static Optional<Snapshot> latest(Path dir) throws IOException {
        var all = read(dir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String digest(JsonNode audit, String previous) throws IOException {
        var canonical = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
        return EvidenceDigest.sha256(previous + "\n" + canonical.writeValueAsString(audit));
    }
}
