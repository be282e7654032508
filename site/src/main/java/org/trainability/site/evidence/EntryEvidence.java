package org.trainability.site.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.model.Tag;

/**
 * What the audit says of one entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                   the entry's id
 * @param kind                 its kind label
 * @param title                its title
 * @param reported             the research page's tag
 * @param claimed              the tag the ledger claims
 * @param supported            the tag the evidence supports
 * @param uses                 entries it uses
 * @param assumes              hypotheses it assumes
 * @param gatedOn              hypotheses it is gated on
 * @param usedBy               entries that use it
 * @param checks               the checks that verify it
 * @param violations           the gate's explanation when the claim stands above the support
 * @param shortfalls           unmet requirements of the claimed tag
 * @param chain                the chain of uses that caused a lost support, from this entry down
 * @param belowReportedBecause why the claim stays below the research page, if it does
 */
public record EntryEvidence(String id, String kind, String title, Tag reported, Tag claimed, Tag supported,
        List<String> uses, List<String> assumes, List<String> gatedOn, List<String> usedBy, List<CheckEvidence> checks,
        List<String> violations, List<String> shortfalls, List<String> chain, Optional<String> belowReportedBecause) {

    public EntryEvidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(supported, "supported");
        uses = List.copyOf(uses);
        assumes = List.copyOf(assumes);
        gatedOn = List.copyOf(gatedOn);
        usedBy = List.copyOf(usedBy);
        checks = List.copyOf(checks);
        violations = List.copyOf(violations);
        shortfalls = List.copyOf(shortfalls);
        chain = List.copyOf(chain);
        Objects.requireNonNull(belowReportedBecause, "belowReportedBecause");
    }

    /** True when the claimed tag stands above what the evidence supports (the audit fails on it). */
    public boolean isViolation() {
        return !violations.isEmpty();
    }

    /** True when the claimed and supported tags differ, in either direction. */
    public boolean claimDiffersFromSupport() {
        return claimed != supported;
    }
}
