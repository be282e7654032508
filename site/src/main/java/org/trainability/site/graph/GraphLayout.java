package org.trainability.site.graph;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link DependencyGraph} out with the Eclipse Layout Kernel's layered algorithm (Sugiyama
 * style: layers left to right along the edges, so a ledger of dozens of entries stays narrower than
 * a window; crossings minimised; straight-segment edge routes, which stay readable where many edges
 * meet). Node boxes are sized to their text with the AWT font metrics of the font the SVG names.
 *
 * <p>ELK's layered algorithm is deterministic for a fixed input order (its random seed is fixed),
 * so the same ledger gives the same picture. An instance registers the layered algorithm with ELK's
 * process-wide meta-data service once; instances are not thread-safe.
 */
public final class GraphLayout {

    static final Font ID_FONT = new Font("SansSerif", Font.BOLD, 14);
    static final Font TAG_FONT = new Font("SansSerif", Font.PLAIN, 12);
    static final double LINE_HEIGHT = 17;
    static final double PADDING_X = 12;
    static final double PADDING_Y = 8;
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    public GraphLayout() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /**
     * @param graph the graph. Not modified.
     * @return the graph with every node placed and every edge routed
     */
    public LaidOutGraph layout(DependencyGraph graph) {
        var root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 22.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 36.0);
        var elkNodes = new HashMap<String, ElkNode>();
        var lines = new HashMap<String, List<String>>();
        for (var n : graph.nodes()) {
            var text = lines(n);
            var box = ElkGraphUtil.createNode(root);
            box.setIdentifier(n.id());
            box.setWidth(width(text));
            box.setHeight(2 * PADDING_Y + LINE_HEIGHT * text.size());
            elkNodes.put(n.id(), box);
            lines.put(n.id(), text);
        }
        var elkEdges = new ArrayList<ElkEdge>();
        for (var e : graph.edges()) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(e.from()), elkNodes.get(e.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        var placed = new ArrayList<LaidOutGraph.PlacedNode>();
        for (var n : graph.nodes()) {
            var box = elkNodes.get(n.id());
            placed.add(new LaidOutGraph.PlacedNode(n, box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                    lines.get(n.id())));
        }
        var routed = new ArrayList<LaidOutGraph.RoutedEdge>();
        for (int i = 0; i < graph.edges().size(); i++) {
            var points = new ArrayList<LaidOutGraph.Point>();
            for (var section : elkEdges.get(i).getSections()) {
                points.add(new LaidOutGraph.Point(section.getStartX(), section.getStartY()));
                section.getBendPoints().forEach(b -> points.add(new LaidOutGraph.Point(b.getX(), b.getY())));
                points.add(new LaidOutGraph.Point(section.getEndX(), section.getEndY()));
            }
            routed.add(new LaidOutGraph.RoutedEdge(graph.edges().get(i), points));
        }
        return new LaidOutGraph(root.getWidth(), root.getHeight(), placed, routed);
    }

    /** The texts of a node: its id, its supported tag, and the claim when it differs. */
    static List<String> lines(DependencyGraph.Node n) {
        var out = new ArrayList<String>();
        out.add(n.id());
        out.add(n.supported().map(t -> t.label()).orElse("not audited"));
        if (n.claimDiffers()) {
            out.add((n.violation() ? "≠ claimed " : "claimed ") + n.claimed().label());
        }
        return out;
    }

    private static double width(List<String> text) {
        double widest = ID_FONT.getStringBounds(text.get(0), METRICS).getWidth();
        for (int i = 1; i < text.size(); i++) {
            widest = Math.max(widest, TAG_FONT.getStringBounds(text.get(i), METRICS).getWidth());
        }
        return Math.ceil(widest + 2 * PADDING_X);
    }
}
