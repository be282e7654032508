package org.trainability.site.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Tag;

/**
 * What changed between a recorded snapshot and the current audit: per entry, a change of its
 * claimed or supported tag and the checks whose verdict changed (including checks that appeared or
 * disappeared); plus entries that appeared or disappeared. A pure function of the two audits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries        the entries that changed, in the current audit's order (removed ones last)
 * @param addedEntries   ids present now but not in the snapshot
 * @param removedEntries ids in the snapshot but not now
 */
public record EvidenceChanges(List<EntryChange> entries, List<String> addedEntries, List<String> removedEntries) {

    public EvidenceChanges {
        entries = List.copyOf(entries);
        addedEntries = List.copyOf(addedEntries);
        removedEntries = List.copyOf(removedEntries);
    }

    public boolean isEmpty() {
        return entries.isEmpty() && addedEntries.isEmpty() && removedEntries.isEmpty();
    }

    /**
     * @param before the recorded snapshot's audit. Not modified.
     * @param now    the current audit. Not modified.
     */
    public static EvidenceChanges between(AuditEvidence before, AuditEvidence now) {
        var changes = new ArrayList<EntryChange>();
        var added = new ArrayList<String>();
        for (var e : now.entries()) {
            var old = before.entry(e.id());
            if (old.isEmpty()) {
                added.add(e.id());
                continue;
            }
            var change = compare(old.get(), e);
            if (!change.isEmpty()) {
                changes.add(change);
            }
        }
        var removed = before.entries().stream().map(EntryEvidence::id).filter(id -> now.entry(id).isEmpty()).toList();
        return new EvidenceChanges(changes, added, removed);
    }

    private static EntryChange compare(EntryEvidence before, EntryEvidence now) {
        var claimed = before.claimed() == now.claimed() ? Optional.<TagMove>empty()
                : Optional.of(new TagMove(before.claimed(), now.claimed()));
        var supported = before.supported() == now.supported() ? Optional.<TagMove>empty()
                : Optional.of(new TagMove(before.supported(), now.supported()));
        var old = new LinkedHashMap<String, Verdict>();
        before.checks().forEach(c -> old.put(c.id(), c.verdict()));
        var current = new LinkedHashMap<String, Verdict>();
        now.checks().forEach(c -> current.put(c.id(), c.verdict()));
        var ids = new LinkedHashSet<String>(current.keySet());
        ids.addAll(old.keySet());
        var checks = new ArrayList<VerdictChange>();
        for (var id : ids) {
            var was = Optional.ofNullable(old.get(id));
            var is = Optional.ofNullable(current.get(id));
            if (!was.equals(is)) {
                checks.add(new VerdictChange(id, was, is));
            }
        }
        return new EntryChange(now.id(), claimed, supported, checks);
    }

    /** A tag that moved. */
    public record TagMove(Tag from, Tag to) {
        public TagMove {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A check whose verdict changed; an empty side means the check was absent then. */
    public record VerdictChange(String checkId, Optional<Verdict> before, Optional<Verdict> after) {
        public VerdictChange {
            Objects.requireNonNull(checkId, "checkId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The changes of one entry. */
    public record EntryChange(String id, Optional<TagMove> claimed, Optional<TagMove> supported,
            List<VerdictChange> checks) {
        public EntryChange {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(supported, "supported");
            checks = List.copyOf(checks);
        }

        public boolean isEmpty() {
            return claimed.isEmpty() && supported.isEmpty() && checks.isEmpty();
        }
    }
}
