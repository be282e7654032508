package org.trainability.site.evidence;

import java.util.Map;
import java.util.Objects;
import org.trainability.ledger.model.Tag;

/**
 * The audit's summary block.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries        how many entries were audited
 * @param violations     how many claims stand above their evidence
 * @param passed         true when none do
 * @param commit         the project commit the audit ran on
 * @param evidenceDigest SHA-256 of the check results
 * @param startedAt      when the audit started, as the audit wrote it (ISO-8601)
 * @param durationMillis how long the checks and the gate took
 * @param checksTotal    how many checks ran
 * @param checksPassed   how many passed
 * @param checksFailed   how many failed
 * @param checksUnresolved how many were unresolved
 * @param bySupported    entries per supported tag (tags with none are absent)
 * @param byClaimed      entries per claimed tag (tags with none are absent)
 */
public record AuditSummary(long entries, long violations, boolean passed, String commit, String evidenceDigest,
        String startedAt, long durationMillis, long checksTotal, long checksPassed, long checksFailed,
        long checksUnresolved, Map<Tag, Long> bySupported, Map<Tag, Long> byClaimed) {

    public AuditSummary {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(evidenceDigest, "evidenceDigest");
        Objects.requireNonNull(startedAt, "startedAt");
        bySupported = Map.copyOf(bySupported);
        byClaimed = Map.copyOf(byClaimed);
    }
}
