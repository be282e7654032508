package org.trainability.ledger.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every ledger entry has.
 *
 * @param id        unique id, such as {@code A6} or {@code O1.c}
 * @param title     a short title
 * @param statement the statement, in AsciiDoc (math as {@code stem:[...]})
 * @param reported  the tag the research page gives it
 * @param claimed   the tag this ledger claims (the file's {@code claimed:} line)
 * @param uses      entries whose truth its proof or evidence relies on; support is capped by them
 * @param assumes   hypotheses of a conditional statement; shown beside it, never capping it
 * @param gatedOn   hypotheses an operational claim must meet before it can be validated
 * @param history   recorded changes of the claimed tag, oldest first
 * @param notes     free AsciiDoc notes, empty when there are none
 * @param supersededBy     the successor, required when the claim is {@code superseded}
 * @param withdrawnBecause the reason, required when the claim is {@code withdrawn}
 * @param belowReportedBecause why the claim stays below the research page's tag, if it does
 */
public record EntryHeader(
        String id,
        String title,
        String statement,
        Tag reported,
        Tag claimed,
        List<String> uses,
        List<String> assumes,
        List<String> gatedOn,
        List<TagChange> history,
        String notes,
        Optional<String> supersededBy,
        Optional<String> withdrawnBecause,
        Optional<String> belowReportedBecause) {

    public EntryHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(claimed, "claimed");
        uses = List.copyOf(uses);
        assumes = List.copyOf(assumes);
        gatedOn = List.copyOf(gatedOn);
        history = List.copyOf(history);
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(withdrawnBecause, "withdrawnBecause");
        Objects.requireNonNull(belowReportedBecause, "belowReportedBecause");
        if (claimed == Tag.SUPERSEDED && supersededBy.isEmpty()) {
            throw new IllegalArgumentException(id + ": a superseded claim needs supersededBy");
        }
        if (claimed == Tag.WITHDRAWN && withdrawnBecause.isEmpty()) {
            throw new IllegalArgumentException(id + ": a withdrawn claim needs withdrawnBecause");
        }
    }

    /** A copy with another claimed tag and one more history line. */
    public EntryHeader withClaim(Tag newClaim, TagChange change) {
        var longer = new java.util.ArrayList<>(history);
        longer.add(change);
        return new EntryHeader(id, title, statement, reported, newClaim, uses, assumes, gatedOn, longer,
                notes, supersededBy, withdrawnBecause, belowReportedBecause);
    }
}
