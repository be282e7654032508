package org.trainability.ledger.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole ledger: every entry by id, in a stable order (by kind, then by id).
 *
 * <p>Construction checks the invariants the gate relies on: ids are unique, every link names an
 * entry of the ledger, and {@code uses} has no cycle. The loader reports violations with file and
 * line before this point; here they are programming errors. Immutable and thread-safe.
 */
public final class Ledger {

    private static final Comparator<Entry> ORDER =
            Comparator.comparing((Entry e) -> e.kind().ordinal()).thenComparing(e -> IdOrder.key(e.id()));

    private final Map<String, Entry> byId;

    private Ledger(Map<String, Entry> byId) {
        this.byId = byId;
    }

    /** A ledger of these entries; throws {@link IllegalArgumentException} if an invariant fails. */
    public static Ledger of(Collection<? extends Entry> entries) {
        var sorted = new ArrayList<Entry>(entries);
        sorted.sort(ORDER);
        var byId = new LinkedHashMap<String, Entry>();
        for (var e : sorted) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate id " + e.id());
            }
        }
        for (var e : sorted) {
            for (var link : e.links()) {
                if (!byId.containsKey(link)) {
                    throw new IllegalArgumentException(e.id() + " links to unknown entry " + link);
                }
            }
        }
        var ledger = new Ledger(java.util.Collections.unmodifiableMap(byId));
        ledger.usesCycle().ifPresent(cycle -> {
            throw new IllegalArgumentException("cycle in uses/gatedOn: " + String.join(" -> ", cycle));
        });
        return ledger;
    }

    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Entry get(String id) {
        var e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no entry " + id);
        }
        return e;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The entries that list {@code id} in their {@code uses}. */
    public List<String> usedBy(String id) {
        return byId.values().stream().filter(e -> e.uses().contains(id)).map(Entry::id).toList();
    }

    /** A copy with one entry replaced by another of the same id. */
    public Ledger with(Entry replacement) {
        if (!byId.containsKey(replacement.id())) {
            throw new IllegalArgumentException("no entry " + replacement.id());
        }
        var copy = new LinkedHashMap<>(byId);
        copy.put(replacement.id(), replacement);
        return of(copy.values());
    }

    /**
     * Entries in an order where everything an entry uses or is gated on comes before it: the
     * order in which support can be derived.
     */
    public List<Entry> inDependencyOrder() {
        var done = new LinkedHashMap<String, Entry>();
        for (var e : byId.values()) {
            visit(e, done);
        }
        return List.copyOf(done.values());
    }

    private void visit(Entry e, Map<String, Entry> done) {
        if (done.containsKey(e.id())) {
            return;
        }
        for (var u : dependencies(e)) {
            visit(byId.get(u), done);
        }
        done.put(e.id(), e);
    }

    /** What an entry's support is derived from: what it uses and what it is gated on. */
    public static List<String> dependencies(Entry e) {
        var all = new ArrayList<>(e.uses());
        all.addAll(e.gatedOn());
        return List.copyOf(all);
    }

    /**
     * A cycle along {@code uses} and {@code gatedOn}, as the ids around it (first id repeated
     * last), if there is one.
     */
    public Optional<List<String>> usesCycle() {
        var uses = new LinkedHashMap<String, List<String>>();
        byId.forEach((id, e) -> uses.put(id, dependencies(e)));
        return UsesCycles.find(uses);
    }

    /** Sorts ids such as A2 &lt; A10 and O1 &lt; O1.c &lt; O2 naturally. */
    static final class IdOrder {
        private IdOrder() {
        }

        static String key(String id) {
            var sb = new StringBuilder();
            var m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(id);
            while (m.find()) {
                var part = m.group();
                sb.append(Character.isDigit(part.charAt(0)) ? String.format("%08d", Long.parseLong(part)) : part);
            }
            return sb.toString();
        }
    }
}
