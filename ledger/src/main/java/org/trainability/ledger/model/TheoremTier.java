package org.trainability.ledger.model;

import java.util.Objects;

/**
 * A tier of the theorem: the conditional factorization (T-cond) or the operational claim (T-op).
 */
public record TheoremTier(EntryHeader header, Tier tier) implements Entry {

    /** Conditional statements may be proved; operational ones can only be validated. */
    public enum Tier { CONDITIONAL, OPERATIONAL }

    public TheoremTier {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(tier, "tier");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.THEOREM;
    }

    @Override
    public TheoremTier withHeader(EntryHeader newHeader) {
        return new TheoremTier(newHeader, tier);
    }
}
