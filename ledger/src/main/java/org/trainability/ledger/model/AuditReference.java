package org.trainability.ledger.model;

import java.util.Objects;

/**
 * The audit that allowed a tag change: the project commit it ran on and the SHA-256 digest of
 * the check results it gated on.
 */
public record AuditReference(String commit, String evidenceDigest) {
    public AuditReference {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(evidenceDigest, "evidenceDigest");
    }
}
