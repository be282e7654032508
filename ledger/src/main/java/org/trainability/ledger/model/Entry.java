package org.trainability.ledger.model;

import java.util.List;

/**
 * A ledger entry: one record per kind, all sharing an {@link EntryHeader}.
 *
 * <p>Entries are immutable values; the loader builds them, the gate reads them, and nothing
 * sets a supported tag on them (support is derived, see {@code org.trainability.ledger.gate}).
 */
public sealed interface Entry
        permits TheoremTier, HistoricalClaim, Assumption, Obligation, Finding, Risk, Experiment {

    EntryHeader header();

    EntryKind kind();

    /** A copy of this entry with its header replaced (same kind, same kind-specific fields). */
    Entry withHeader(EntryHeader header);

    default String id() {
        return header().id();
    }

    default String title() {
        return header().title();
    }

    default Tag claimed() {
        return header().claimed();
    }

    default Tag reported() {
        return header().reported();
    }

    default List<String> uses() {
        return header().uses();
    }

    default List<String> assumes() {
        return header().assumes();
    }

    default List<String> gatedOn() {
        return header().gatedOn();
    }

    /** Every id this entry links to, whatever the kind of link. */
    default List<String> links() {
        var all = new java.util.ArrayList<String>();
        all.addAll(uses());
        all.addAll(assumes());
        all.addAll(gatedOn());
        header().supersededBy().ifPresent(all::add);
        return List.copyOf(all);
    }
}
