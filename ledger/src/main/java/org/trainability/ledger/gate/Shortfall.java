package org.trainability.ledger.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * One unmet requirement of a tag: a sentence, and — when the cause is an entry it uses — that
 * entry, so the report can follow the chain down to the root cause.
 */
public record Shortfall(String what, Optional<String> blockingUse) {
    public Shortfall {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(blockingUse, "blockingUse");
    }

    static Shortfall of(String what) {
        return new Shortfall(what, Optional.empty());
    }

    static Shortfall because(String used, String what) {
        return new Shortfall(what, Optional.of(used));
    }
}
