package org.trainability.site.graph;

import java.util.Locale;
import java.util.function.Function;
import org.trainability.ledger.model.Tag;
import org.trainability.site.style.TagPalette;

/**
 * Writes a {@link LaidOutGraph} as one static SVG element: boxes filled by supported tag (the
 * palette of {@link TagPalette}), a red dashed border and a "≠ claimed" line where the claim stands
 * above its support, each box a link to its entry's page; {@code uses} edges solid grey,
 * experiment→verified-entry edges dashed blue, both with arrowheads. No script, no external
 * reference. Stateless and thread-safe.
 */
public final class GraphSvg {

    private static final String USES_COLOUR = "#555555";
    private static final String VERIFIES_COLOUR = "#1f6fb2";

    private GraphSvg() {
    }

    /**
     * @param graph the laid-out graph. Not modified.
     * @param link  the href of an entry's page, given its id
     */
    public static String render(LaidOutGraph graph, Function<String, String> link) {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dependency-graph\" viewBox=\"0 0 %.0f %.0f\""
                        + " width=\"%.0f\" role=\"img\" aria-label=\"Dependency graph of %d ledger entries\">%n",
                graph.width(), graph.height(), graph.width(), graph.nodes().size()));
        sb.append("<defs>\n");
        marker(sb, "dg-arrow-uses", USES_COLOUR);
        marker(sb, "dg-arrow-verifies", VERIFIES_COLOUR);
        sb.append("</defs>\n<g class=\"edges\">\n");
        for (var e : graph.edges()) {
            boolean uses = e.edge().kind() == DependencyGraph.EdgeKind.USES;
            sb.append("<polyline class=\"edge ").append(uses ? "edge-uses" : "edge-verifies").append("\" data-from=\"")
                    .append(xml(e.edge().from())).append("\" data-to=\"").append(xml(e.edge().to()))
                    .append("\" fill=\"none\" stroke=\"").append(uses ? USES_COLOUR : VERIFIES_COLOUR)
                    .append("\" stroke-width=\"1.4\"").append(uses ? "" : " stroke-dasharray=\"6 4\"")
                    .append(" marker-end=\"url(#").append(uses ? "dg-arrow-uses" : "dg-arrow-verifies")
                    .append(")\" points=\"");
            for (var p : e.points()) {
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
            }
            sb.setLength(sb.length() - 1);
            sb.append("\"/>\n");
        }
        sb.append("</g>\n<g class=\"nodes\">\n");
        for (var n : graph.nodes()) {
            node(sb, n, link.apply(n.node().id()));
        }
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }

    private static void node(StringBuilder sb, LaidOutGraph.PlacedNode p, String href) {
        var n = p.node();
        var tag = n.supported().orElse(Tag.OPEN);
        sb.append("<a href=\"").append(xml(href)).append("\">");
        sb.append("<g class=\"node\" data-entry=\"").append(xml(n.id())).append("\" data-supported=\"")
                .append(n.supported().map(Tag::label).orElse("not-audited")).append("\" data-claimed=\"")
                .append(n.claimed().label()).append("\"").append(n.violation() ? " data-violation=\"true\"" : "")
                .append(">");
        sb.append("<title>").append(xml(n.id() + " — " + n.title() + " (" + n.kind() + "; supported "
                + n.supported().map(Tag::label).orElse("not audited") + ", claimed " + n.claimed().label() + ")"))
                .append("</title>");
        sb.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\""
                        + " stroke-width=\"%s\"%s/>",
                p.x(), p.y(), p.width(), p.height(), TagPalette.fill(tag),
                n.violation() ? TagPalette.VIOLATION : "#444444", n.violation() ? "3" : "1",
                n.violation() ? " stroke-dasharray=\"7 3\"" : ""));
        double cx = p.x() + p.width() / 2;
        for (int i = 0; i < p.lines().size(); i++) {
            double y = p.y() + GraphLayout.PADDING_Y + GraphLayout.LINE_HEIGHT * (i + 1) - 4;
            boolean idLine = i == 0;
            boolean claimLine = i == 2;
            var colour = claimLine && n.violation() ? TagPalette.VIOLATION : TagPalette.text(tag);
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"%d\"%s"
                            + " fill=\"%s\">%s</text>",
                    cx, y, idLine ? 14 : 12, idLine || claimLine && n.violation() ? " font-weight=\"bold\"" : "",
                    colour, xml(p.lines().get(i))));
        }
        sb.append("</g></a>\n");
    }

    private static void marker(StringBuilder sb, String id, String colour) {
        sb.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
    }

    static String xml(String text) {
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
