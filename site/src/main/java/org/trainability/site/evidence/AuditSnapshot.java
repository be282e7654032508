package org.trainability.site.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * A recorded audit: an audit JSON kept under {@code evidence/audits/} with a top-level
 * {@code "snapshot": {"sequence", "recordedAt", "digest", "previousDigest"}} block.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file           where it was read from, relative to the repository root
 * @param sequence       its place in the record (higher is later)
 * @param recordedAt     when it was recorded, as written
 * @param digest         its digest, as written
 * @param previousDigest the digest of the snapshot before it, if any
 * @param audit          the audit it records, without its figures (the site compares tags and verdicts)
 */
public record AuditSnapshot(String file, long sequence, String recordedAt, String digest,
        Optional<String> previousDigest, AuditEvidence audit) {

    public AuditSnapshot {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(previousDigest, "previousDigest");
        Objects.requireNonNull(audit, "audit");
    }
}
