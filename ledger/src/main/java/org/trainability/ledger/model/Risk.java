package org.trainability.ledger.model;

import java.util.Objects;

/**
 * A threat to the program (R1–R6), with where it stands and how it is mitigated.
 *
 * @param threat     what could go wrong
 * @param state      where it stands now ("fired", "partial", "binding", …)
 * @param mitigation what is done about it and what the check shows
 */
public record Risk(EntryHeader header, String threat, String state, String mitigation) implements Entry {
    public Risk {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mitigation, "mitigation");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.RISK;
    }

    @Override
    public Risk withHeader(EntryHeader newHeader) {
        return new Risk(newHeader, threat, state, mitigation);
    }
}
