package org.trainability.site.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;
import org.trainability.site.evidence.AuditEvidence;
import org.trainability.site.evidence.EntryEvidence;

/**
 * The ledger as a graph: one node per entry, an edge for every {@code uses} link (from the entry
 * to what it uses) and for every entry an experiment verifies (from the experiment to the entry).
 * Each node carries its supported and claimed tags from the audit. An immutable value.
 *
 * @param nodes the entries, in ledger order
 * @param edges the links, in ledger order, without duplicates
 */
public record DependencyGraph(List<Node> nodes, List<Edge> edges) {

    public DependencyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What an edge stands for. */
    public enum EdgeKind {
        /** The source's proof or evidence relies on the target. */
        USES,
        /** The source experiment's checks verify the target. */
        VERIFIES
    }

    /**
     * One entry.
     *
     * @param id        its id
     * @param title     its title
     * @param kind      its kind label
     * @param claimed   the tag the ledger claims
     * @param supported the tag the audit supports, empty when the audit does not know the entry
     * @param violation true when the claim stands above the support
     */
    public record Node(String id, String title, String kind, Tag claimed, Optional<Tag> supported, boolean violation) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(supported, "supported");
        }

        /** True when the claimed and supported tags differ (or the audit does not know the entry). */
        public boolean claimDiffers() {
            return supported.map(s -> s != claimed).orElse(true);
        }
    }

    /** A link from one entry to another. */
    public record Edge(String from, String to, EdgeKind kind) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * @param ledger the ledger. Not modified.
     * @param audit  the audit whose supported tags colour the nodes. Not modified.
     */
    public static DependencyGraph of(Ledger ledger, AuditEvidence audit) {
        var nodes = new ArrayList<Node>();
        var edges = new LinkedHashSet<Edge>();
        for (Entry e : ledger.entries()) {
            var evidence = audit.entry(e.id());
            nodes.add(new Node(e.id(), e.title(), e.kind().label(), e.claimed(), evidence.map(EntryEvidence::supported),
                    evidence.map(EntryEvidence::isViolation).orElse(false)));
            e.uses().forEach(u -> edges.add(new Edge(e.id(), u, EdgeKind.USES)));
            if (e instanceof Experiment x) {
                x.verifies().forEach(v -> edges.add(new Edge(e.id(), v, EdgeKind.VERIFIES)));
            }
        }
        return new DependencyGraph(nodes, new ArrayList<>(edges));
    }
}
