package org.trainability.site.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import org.trainability.ledger.model.Tag;

/** ELK places every node without overlap, inside the canvas, with every edge routed between its ends. */
class GraphLayoutExamples {

    private static DependencyGraph.Node node(String id, Tag supported, boolean violation) {
        return new DependencyGraph.Node(id, "title of " + id, "obligation", Tag.SOLID, Optional.of(supported), violation);
    }

    private static DependencyGraph chainAndFan() {
        var nodes = new ArrayList<DependencyGraph.Node>();
        var edges = new ArrayList<DependencyGraph.Edge>();
        nodes.add(node("T-cond", Tag.OPEN, true));
        for (int i = 1; i <= 6; i++) {
            nodes.add(node("O" + i, Tag.SOLID, false));
            edges.add(new DependencyGraph.Edge("T-cond", "O" + i, DependencyGraph.EdgeKind.USES));
            edges.add(new DependencyGraph.Edge("O" + i, "A2", DependencyGraph.EdgeKind.USES));
        }
        nodes.add(node("A2", Tag.SOLID, false));
        nodes.add(node("exp1", Tag.CONJECTURED, false));
        edges.add(new DependencyGraph.Edge("exp1", "T-cond", DependencyGraph.EdgeKind.VERIFIES));
        return new DependencyGraph(nodes, edges);
    }

    @Example
    void nodesDoNotOverlapAndStayOnTheCanvas() {
        var laid = new GraphLayout().layout(chainAndFan());
        var boxes = laid.nodes();
        assertThat(boxes).hasSize(9);
        for (var a : boxes) {
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(laid.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(laid.height());
            for (var b : boxes) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as(a.node().id() + " and " + b.node().id()).isTrue();
                }
            }
        }
    }

    @Example
    void usesPointRightwardsFromTheUserToTheUsed() {
        var laid = new GraphLayout().layout(chainAndFan());
        var x = new java.util.HashMap<String, Double>();
        laid.nodes().forEach(n -> x.put(n.node().id(), n.x()));
        assertThat(x.get("T-cond")).isLessThan(x.get("O1"));
        assertThat(x.get("O1")).isLessThan(x.get("A2"));
        for (var e : laid.edges()) {
            assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Example
    void theSvgLinksEveryNodeAndMarksViolations() {
        var svg = GraphSvg.render(new GraphLayout().layout(chainAndFan()), id -> "entries/" + id + ".html");
        assertThat(svg).contains("<a href=\"entries/T-cond.html\">").contains("data-violation=\"true\"")
                .contains("≠ claimed solid").contains("stroke-dasharray=\"6 4\"");
        assertThat(svg.split("<g class=\"node\"", -1)).hasSize(10);
    }

    @Example
    void textIsEscaped() {
        var n = new DependencyGraph.Node("A<1>", "x & \"y\"", "risk", Tag.OPEN, Optional.empty(), false);
        var svg = GraphSvg.render(new GraphLayout().layout(new DependencyGraph(List.of(n), List.of())), id -> "p.html");
        assertThat(svg).contains("A&lt;1&gt;").contains("x &amp; &quot;y&quot;").contains("not audited");
    }
}
