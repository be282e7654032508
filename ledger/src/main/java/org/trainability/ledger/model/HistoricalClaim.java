package org.trainability.ledger.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim the program once made and has since replaced, kept with the reasons it was replaced
 * (H-single, the single-gap product).
 */
public record HistoricalClaim(EntryHeader header, List<String> reasons) implements Entry {
    public HistoricalClaim {
        Objects.requireNonNull(header, "header");
        reasons = List.copyOf(reasons);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.HISTORICAL;
    }

    @Override
    public HistoricalClaim withHeader(EntryHeader newHeader) {
        return new HistoricalClaim(newHeader, reasons);
    }
}
