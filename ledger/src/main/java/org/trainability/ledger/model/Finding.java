package org.trainability.ledger.model;

import java.util.Objects;

/**
 * An empirical finding the theorem relies on (F4: the positive phase is subdominant).
 */
public record Finding(EntryHeader header, String measuredAs) implements Entry {
    public Finding {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(measuredAs, "measuredAs");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.FINDING;
    }

    @Override
    public Finding withHeader(EntryHeader newHeader) {
        return new Finding(newHeader, measuredAs);
    }
}
