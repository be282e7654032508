package org.trainability.ledger.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proof obligation (O1–O6) or sub-obligation (O1.c, O5.c), with its proof document.
 *
 * @param parent   the obligation this one refines, for sub-obligations
 * @param proof    the proof document, relative to the repository root ({@code obligations/O4.adoc})
 * @param closesTo the literature the proof closes to
 */
public record Obligation(EntryHeader header, Optional<String> parent, String proof, List<String> closesTo)
        implements Entry {
    public Obligation {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(proof, "proof");
        closesTo = List.copyOf(closesTo);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.OBLIGATION;
    }

    @Override
    public Obligation withHeader(EntryHeader newHeader) {
        return new Obligation(newHeader, parent, proof, closesTo);
    }
}
