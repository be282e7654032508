package org.trainability.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.trainability.ledger.model.Tag;
import org.trainability.site.graph.DependencyGraph;
import org.trainability.site.graph.GraphLayout;
import org.trainability.site.graph.GraphSvg;

/**
 * The dependency graph page: a legend, then the graph as one static SVG laid out by ELK.
 * Stateless (the layout engine is passed in).
 */
final class GraphPage {

    private GraphPage() {
    }

    static Page build(SiteModel model, GraphLayout layout) {
        var links = new Links(model, "");
        // The graph page uses the full window: a big ledger makes a wide graph.
        var doc = new AsciiDoc("Dependency graph", "", "graph-page");
        doc.line(links.navigation());
        doc.paragraph(Prose.GRAPH);
        var legend = new ArrayList<String>();
        for (var t : Tag.values()) {
            legend.add(AsciiDoc.badge(t));
        }
        doc.paragraph("Supported tag: " + String.join(" ", legend));
        var graph = DependencyGraph.of(model.ledger(), model.audit());
        if (graph.nodes().isEmpty()) {
            doc.paragraph("_The ledger holds no entries yet._");
            return new Page(SitePaths.GRAPH, "Dependency graph", doc.toString());
        }
        long uses = graph.edges().stream().filter(e -> e.kind() == DependencyGraph.EdgeKind.USES).count();
        doc.paragraph(graph.nodes().size() + " entries, " + uses + " uses links, " + (graph.edges().size() - uses)
                + " experiment links.");
        var laidOut = layout.layout(graph);
        doc.html("<div class=\"graph-box\">\n" + GraphSvg.render(laidOut, id -> SitePaths.entryPage(id)) + "</div>");
        return new Page(SitePaths.GRAPH, "Dependency graph", doc.toString());
    }

    /** The pages of the site, home first. */
    static List<Page> all(SiteModel model, GraphLayout layout) {
        var pages = new ArrayList<Page>();
        pages.add(HomePage.build(model));
        pages.add(build(model, layout));
        for (var e : model.ledger().entries()) {
            pages.add(EntryPage.build(model, e));
        }
        return pages;
    }
}
