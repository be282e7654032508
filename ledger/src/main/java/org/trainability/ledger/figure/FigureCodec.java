package org.trainability.ledger.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trainability.ledger.json.JsonFields;
import org.trainability.ledger.json.JsonShapeException;

/**
 * The one JSON form of figures (docs/figures.md), written by the checks' evidence and the audit
 * JSON and read by the site and by {@code --from-evidence}. Reading is strict: a value that is not
 * one of the shapes, a plot of an unknown kind, a missing or mistyped field, or a field no shape
 * has is a {@link JsonShapeException} naming the figure and the field — never a figure drawn by
 * guesswork. Fields that older records leave out ({@code logX}, {@code logY}, {@code identity},
 * {@code title}, {@code caption}, {@code weights}) read as their defaults.
 *
 * <p>Non-finite numbers are written as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"} and read back as numbers. Stateless; thread-safe.
 */
public final class FigureCodec {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> XY_FIELDS = Set.of("plot", "title", "caption", "xLabel", "yLabel", "logX", "logY",
            "identity", "series");
    private static final Set<String> SERIES_FIELDS = Set.of("name", "x", "y", "style");
    private static final Set<String> SPECTRUM_FIELDS = Set.of("plot", "title", "caption", "lambdas", "marked",
            "weights");
    private static final Set<String> HEATMAP_FIELDS = Set.of("plot", "title", "caption", "xLabel", "yLabel", "xValues",
            "yValues", "values", "valueLabel");
    private static final Set<String> IMAGE_FIELDS = Set.of("plot", "title", "caption", "width", "height", "pixels");

    private FigureCodec() {
    }

    /** True for the three strings that stand for non-finite numbers. */
    public static boolean isNonFiniteName(String text) {
        return "NaN".equals(text) || "Infinity".equals(text) || "-Infinity".equals(text);
    }

    // ---- writing ----

    /** Every figure as one JSON object, by name. */
    public static ObjectNode writeAll(Figures figures) {
        var out = JSON.objectNode();
        figures.asMap().forEach((name, figure) -> out.set(name, write(figure)));
        return out;
    }

    /** One figure as JSON. */
    public static JsonNode write(Figure figure) {
        if (figure instanceof Scalar s) {
            return scalar(s);
        }
        if (figure instanceof Values v) {
            return numbers(v.values());
        }
        if (figure instanceof Table t) {
            return table(t);
        }
        if (figure instanceof XyPlot p) {
            return xy(p);
        }
        if (figure instanceof SpectrumPlot p) {
            return spectrum(p);
        }
        if (figure instanceof HeatMap h) {
            return heatMap(h);
        }
        return image((Image) figure);
    }

    private static JsonNode scalar(Scalar s) {
        if (s instanceof Scalar.Real r) {
            return number(r.value());
        }
        if (s instanceof Scalar.Whole w) {
            return JSON.numberNode(w.value());
        }
        if (s instanceof Scalar.Text t) {
            return JSON.textNode(t.value());
        }
        return JSON.booleanNode(((Scalar.Flag) s).value());
    }

    private static JsonNode number(double v) {
        if (Double.isNaN(v)) {
            return JSON.textNode("NaN");
        }
        if (Double.isInfinite(v)) {
            return JSON.textNode(v > 0 ? "Infinity" : "-Infinity");
        }
        return JSON.numberNode(v);
    }

    private static ArrayNode numbers(double[] values) {
        var a = JSON.arrayNode();
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    private static JsonNode table(Table t) {
        var inner = JSON.objectNode();
        var columns = inner.putArray("columns");
        t.columns().forEach(columns::add);
        var rows = inner.putArray("rows");
        for (var row : t.rows()) {
            var r = rows.addArray();
            row.forEach(cell -> r.add(scalar(cell)));
        }
        var out = JSON.objectNode();
        out.set("table", inner);
        return out;
    }

    private static ObjectNode plot(String kind, PlotText text) {
        var p = JSON.objectNode();
        p.put("plot", kind);
        text.title().ifPresent(t -> p.put("title", t));
        text.caption().ifPresent(c -> p.put("caption", c));
        return p;
    }

    private static JsonNode xy(XyPlot plot) {
        var p = plot("xy", plot.text());
        p.put("xLabel", plot.x().label());
        p.put("yLabel", plot.y().label());
        p.put("logX", plot.x().scale() == XyPlot.Scale.LOG);
        p.put("logY", plot.y().scale() == XyPlot.Scale.LOG);
        p.put("identity", plot.guide() == XyPlot.Guide.IDENTITY);
        var series = p.putArray("series");
        for (var s : plot.series()) {
            var n = series.addObject();
            n.put("name", s.name());
            n.set("x", numbers(s.x()));
            n.set("y", numbers(s.y()));
            n.put("style", s.style() == XyPlot.Style.LINE ? "line" : "points");
        }
        return p;
    }

    private static JsonNode spectrum(SpectrumPlot plot) {
        var p = plot("spectrum", plot.text());
        p.set("lambdas", numbers(plot.lambdas()));
        var marked = p.putArray("marked");
        for (var m : plot.marked()) {
            marked.add(m);
        }
        if (plot.weights().length > 0) {
            p.set("weights", numbers(plot.weights()));
        }
        return p;
    }

    private static JsonNode heatMap(HeatMap h) {
        var p = plot("heatmap", h.text());
        p.put("xLabel", h.xLabel());
        p.put("yLabel", h.yLabel());
        p.set("xValues", numbers(h.xValues()));
        p.set("yValues", numbers(h.yValues()));
        var values = p.putArray("values");
        for (var row : h.values()) {
            values.add(numbers(row));
        }
        p.put("valueLabel", h.valueLabel());
        return p;
    }

    private static JsonNode image(Image i) {
        var p = plot("image", i.text());
        p.put("width", i.width());
        p.put("height", i.height());
        p.set("pixels", numbers(i.pixels()));
        return p;
    }

    // ---- reading ----

    /**
     * Every figure of a {@code figures} object.
     *
     * @param source the document, for messages
     * @param path   where the object sits in it ({@code check.figures})
     * @throws JsonShapeException naming the figure and field that break their shape
     */
    public static Figures readAll(String source, String path, JsonNode node) {
        var fields = JsonFields.at(source, path, node);
        var out = new LinkedHashMap<String, Figure>();
        for (var name : fields.names()) {
            out.put(name, read(source, fields.where(name), fields.raw(name)));
        }
        return Figures.of(out);
    }

    /** One figure at {@code path} of {@code source}. */
    public static Figure read(String source, String path, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new JsonShapeException(source, path, "missing (a figure has a value)");
        }
        if (node.isValueNode()) {
            return readScalar(source, path, node);
        }
        if (node.isArray()) {
            return new Values(readNumbers(source, path, node));
        }
        var fields = JsonFields.at(source, path, node);
        if (fields.has("plot")) {
            var kind = fields.text("plot");
            return switch (kind) {
                case "xy" -> readXy(fields);
                case "spectrum" -> readSpectrum(fields);
                case "heatmap" -> readHeatMap(fields);
                case "image" -> readImage(fields);
                default -> throw fields.problem("plot", "unknown plot '" + kind
                        + "'; expected one of xy, spectrum, heatmap, image");
            };
        }
        if (fields.has("table")) {
            fields.rejectUnknown(Set.of("table"));
            return readTable(fields.object("table"));
        }
        throw new JsonShapeException(source, path, "an object must be a table (\"table\") or a plot (\"plot\")");
    }

    private static Scalar readScalar(String source, String path, JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new Scalar.Whole(node.asLong());
        }
        if (node.isNumber()) {
            return new Scalar.Real(node.asDouble());
        }
        if (node.isBoolean()) {
            return new Scalar.Flag(node.asBoolean());
        }
        if (node.isTextual()) {
            var text = node.asText();
            return isNonFiniteName(text) ? new Scalar.Real(Double.parseDouble(text)) : new Scalar.Text(text);
        }
        throw new JsonShapeException(source, path, "must be a number, a text or true/false");
    }

    private static double readNumber(String source, String path, JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.asDouble();
        }
        if (node != null && node.isTextual() && isNonFiniteName(node.asText())) {
            return Double.parseDouble(node.asText());
        }
        throw new JsonShapeException(source, path, "must be a number (or \"NaN\", \"Infinity\", \"-Infinity\")");
    }

    private static double[] readNumbers(String source, String path, JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new JsonShapeException(source, path, array == null ? "missing" : "must be a list of numbers");
        }
        var out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = readNumber(source, path + "[" + i + "]", array.get(i));
        }
        return out;
    }

    private static double[] numbersField(JsonFields f, String field) {
        return readNumbers(f.source(), f.where(field), f.required(field));
    }

    private static PlotText text(JsonFields f) {
        return new PlotText(f.optionalText("title"), f.optionalText("caption"));
    }

    private static Table readTable(JsonFields t) {
        t.rejectUnknown(Set.of("columns", "rows"));
        var columns = t.texts("columns");
        var rows = new ArrayList<List<Scalar>>();
        var rowNodes = t.requiredList("rows");
        for (int r = 0; r < rowNodes.size(); r++) {
            var path = t.where("rows") + "[" + r + "]";
            var row = rowNodes.get(r);
            if (!row.isArray() || row.size() != columns.size()) {
                throw new JsonShapeException(t.source(), path, "must be a list of " + columns.size() + " cells");
            }
            var cells = new ArrayList<Scalar>();
            for (int c = 0; c < row.size(); c++) {
                var cell = row.get(c);
                if (!cell.isValueNode() || cell.isNull()) {
                    throw new JsonShapeException(t.source(), path + "[" + c + "]", "must be a number, a text or true/false");
                }
                cells.add(readScalar(t.source(), path + "[" + c + "]", cell));
            }
            rows.add(cells);
        }
        return new Table(columns, rows);
    }

    private static XyPlot readXy(JsonFields p) {
        p.rejectUnknown(XY_FIELDS);
        var series = new ArrayList<XyPlot.Series>();
        for (var s : p.objects("series")) {
            s.rejectUnknown(SERIES_FIELDS);
            var style = s.label("style", v -> "line".equals(v) ? Optional.of(XyPlot.Style.LINE)
                    : "points".equals(v) ? Optional.of(XyPlot.Style.POINTS) : Optional.<XyPlot.Style>empty(),
                    "points, line");
            var x = numbersField(s, "x");
            var y = numbersField(s, "y");
            if (x.length != y.length) {
                throw s.problem("y", y.length + " values for " + x.length + " x values");
            }
            series.add(new XyPlot.Series(s.text("name"), x, y, style));
        }
        return new XyPlot(text(p),
                new XyPlot.Axis(p.text("xLabel"), p.boolOr("logX", false) ? XyPlot.Scale.LOG : XyPlot.Scale.LINEAR),
                new XyPlot.Axis(p.text("yLabel"), p.boolOr("logY", false) ? XyPlot.Scale.LOG : XyPlot.Scale.LINEAR),
                p.boolOr("identity", false) ? XyPlot.Guide.IDENTITY : XyPlot.Guide.NONE, series);
    }

    private static SpectrumPlot readSpectrum(JsonFields p) {
        p.rejectUnknown(SPECTRUM_FIELDS);
        var lambdas = numbersField(p, "lambdas");
        var markedNode = p.requiredList("marked");
        var marked = new boolean[markedNode.size()];
        for (int i = 0; i < marked.length; i++) {
            if (!markedNode.get(i).isBoolean()) {
                throw p.problem("marked[" + i + "]", "must be true or false");
            }
            marked[i] = markedNode.get(i).asBoolean();
        }
        var weights = p.has("weights") ? numbersField(p, "weights") : new double[0];
        if (marked.length != lambdas.length) {
            throw p.problem("marked", marked.length + " marks for " + lambdas.length + " eigenvalues");
        }
        if (weights.length != 0 && weights.length != lambdas.length) {
            throw p.problem("weights", weights.length + " weights for " + lambdas.length + " eigenvalues");
        }
        return new SpectrumPlot(text(p), lambdas, marked, weights);
    }

    private static HeatMap readHeatMap(JsonFields p) {
        p.rejectUnknown(HEATMAP_FIELDS);
        var xs = numbersField(p, "xValues");
        var ys = numbersField(p, "yValues");
        var rowsNode = p.requiredList("values");
        if (rowsNode.size() != ys.length) {
            throw p.problem("values", rowsNode.size() + " rows for " + ys.length + " y values");
        }
        var values = new double[ys.length][];
        for (int r = 0; r < values.length; r++) {
            values[r] = readNumbers(p.source(), p.where("values") + "[" + r + "]", rowsNode.get(r));
            if (values[r].length != xs.length) {
                throw p.problem("values[" + r + "]", values[r].length + " cells for " + xs.length + " x values");
            }
        }
        return new HeatMap(text(p), p.text("xLabel"), p.text("yLabel"), xs, ys, values, p.text("valueLabel"));
    }

    private static Image readImage(JsonFields p) {
        p.rejectUnknown(IMAGE_FIELDS);
        long width = p.integer("width");
        long height = p.integer("height");
        var pixels = numbersField(p, "pixels");
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw p.problem("pixels", pixels.length + " pixels for " + width + "×" + height);
        }
        for (int i = 0; i < pixels.length; i++) {
            if (!(pixels[i] >= 0 && pixels[i] <= 1)) {
                throw p.problem("pixels[" + i + "]", pixels[i] + " is outside [0, 1]");
            }
        }
        return new Image(text(p), (int) width, (int) height, pixels);
    }
}
