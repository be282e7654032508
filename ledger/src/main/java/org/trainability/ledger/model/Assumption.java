package org.trainability.ledger.model;

import java.util.Objects;

/**
 * A hypothesis of the theorem (A1–A8), with how it is measured on a concrete model.
 */
public record Assumption(EntryHeader header, String measuredAs) implements Entry {
    public Assumption {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(measuredAs, "measuredAs");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ASSUMPTION;
    }

    @Override
    public Assumption withHeader(EntryHeader newHeader) {
        return new Assumption(newHeader, measuredAs);
    }
}
