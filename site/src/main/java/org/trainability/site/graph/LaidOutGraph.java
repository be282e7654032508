package org.trainability.site.graph;

import java.util.List;
import java.util.Objects;

/**
 * A {@link DependencyGraph} with coordinates: where each node's box sits and the polyline each edge
 * follows, in pixels from the top-left corner of a {@code width × height} canvas. An immutable value.
 *
 * @param width  the canvas width
 * @param height the canvas height
 * @param nodes  the placed nodes, one per graph node
 * @param edges  the routed edges, one per graph edge
 */
public record LaidOutGraph(double width, double height, List<PlacedNode> nodes, List<RoutedEdge> edges) {

    public LaidOutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A node's box; {@code lines} are the texts written in it, top to bottom. */
    public record PlacedNode(DependencyGraph.Node node, double x, double y, double width, double height,
            List<String> lines) {
        public PlacedNode {
            Objects.requireNonNull(node, "node");
            lines = List.copyOf(lines);
        }
    }

    /** An edge's route, from the source's border to the target's border. */
    public record RoutedEdge(DependencyGraph.Edge edge, List<Point> points) {
        public RoutedEdge {
            Objects.requireNonNull(edge, "edge");
            points = List.copyOf(points);
        }
    }

    /** A point on the canvas. */
    public record Point(double x, double y) {
    }
}
