package org.trainability.site.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a check's {@code figures} object into typed {@link Figure}s, following
 * {@code docs/figures.md}. A value with a {@code "plot"} or {@code "table"} key that breaks its
 * shape becomes a {@link Malformed} figure naming the field; nothing here throws on bad figures,
 * because one bad figure must not hide the rest of the evidence. Stateless and thread-safe.
 */
public final class FigureReader {

    /** The figure name whose text, when a check provides it, is the command that reproduces the check. */
    public static final String REPRODUCE = "reproduce";

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private FigureReader() {
    }

    /**
     * @param figures the {@code figures} object of one check result (null or missing means none). Not modified.
     * @return the figures in the object's order
     */
    public static List<Figure> read(JsonNode figures) {
        var out = new ArrayList<Figure>();
        if (figures == null || figures.isNull() || figures.isMissingNode()) {
            return out;
        }
        if (!figures.isObject()) {
            out.add(new Malformed("figures", "must be an object of named figures", compact(figures)));
            return out;
        }
        figures.fields().forEachRemaining(e -> out.add(figure(e.getKey(), e.getValue())));
        return out;
    }

    /** One named figure. */
    public static Figure figure(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return new Scalar(name, "null", OptionalDouble.empty());
        }
        if (value.isValueNode()) {
            return scalar(name, value);
        }
        if (value.isObject() && value.has("plot")) {
            try {
                return plot(name, value);
            } catch (BadShape e) {
                return new Malformed(name, e.getMessage(), compact(value));
            }
        }
        if (value.isObject() && value.has("table")) {
            try {
                return table(name, value.get("table"));
            } catch (BadShape e) {
                return new Malformed(name, e.getMessage(), compact(value));
            }
        }
        return new Structured(name, compact(value));
    }

    private static Scalar scalar(String name, JsonNode v) {
        if (v.isNumber()) {
            return new Scalar(name, NumberText.format(v.asDouble()), OptionalDouble.of(v.asDouble()));
        }
        if (v.isTextual()) {
            var special = nonFinite(v.asText());
            if (special.isPresent()) {
                return new Scalar(name, v.asText(), OptionalDouble.of(special.get()));
            }
        }
        return new Scalar(name, v.asText(), OptionalDouble.empty());
    }

    private static Optional<Double> nonFinite(String text) {
        return switch (text) {
            case "Infinity" -> Optional.of(Double.POSITIVE_INFINITY);
            case "-Infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
            case "NaN" -> Optional.of(Double.NaN);
            default -> Optional.empty();
        };
    }

    private static Table table(String name, JsonNode t) throws BadShape {
        if (t == null || !t.isObject()) {
            throw new BadShape("'table' must be an object with 'columns' and 'rows'");
        }
        var columns = texts(t, "columns", "table.columns");
        var rowsNode = t.get("rows");
        if (rowsNode == null || !rowsNode.isArray()) {
            throw new BadShape("'table.rows' must be a list of rows");
        }
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < rowsNode.size(); r++) {
            var row = rowsNode.get(r);
            if (!row.isArray()) {
                throw new BadShape("'table.rows[" + r + "]' must be a list of cells");
            }
            if (row.size() != columns.size()) {
                throw new BadShape("'table.rows[" + r + "]' has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
            var cells = new ArrayList<String>();
            for (var cell : row) {
                cells.add(cell.isValueNode() ? scalar("", cell).text() : compact(cell));
            }
            rows.add(cells);
        }
        return new Table(name, columns, rows);
    }

    private static Figure plot(String name, JsonNode p) throws BadShape {
        var kind = p.get("plot").asText();
        var text = new PlotText(optionalText(p, "title"), optionalText(p, "caption"));
        return switch (kind) {
            case "xy" -> xy(name, p, text);
            case "spectrum" -> spectrum(name, p, text);
            case "heatmap" -> heatmap(name, p, text);
            default -> throw new BadShape("unknown plot '" + kind + "'; docs/figures.md defines xy, spectrum and heatmap");
        };
    }

    private static XyPlot xy(String name, JsonNode p, PlotText text) throws BadShape {
        var seriesNode = p.get("series");
        if (seriesNode == null || !seriesNode.isArray() || seriesNode.isEmpty()) {
            throw new BadShape("'series' must be a non-empty list of {name, x, y}");
        }
        var series = new ArrayList<XyPlot.Series>();
        for (int i = 0; i < seriesNode.size(); i++) {
            var s = seriesNode.get(i);
            var where = "series[" + i + "]";
            if (!s.isObject()) {
                throw new BadShape("'" + where + "' must be an object {name, x, y}");
            }
            var x = numbers(s, "x", where + ".x");
            var y = numbers(s, "y", where + ".y");
            if (x.length != y.length) {
                throw new BadShape("'" + where + "' has " + x.length + " x values but " + y.length + " y values");
            }
            var styleText = optionalText(s, "style").orElse("points");
            var style = switch (styleText) {
                case "points" -> XyPlot.Style.POINTS;
                case "line" -> XyPlot.Style.LINE;
                default -> throw new BadShape("'" + where + ".style' is '" + styleText + "'; expected points or line");
            };
            series.add(new XyPlot.Series(optionalText(s, "name").orElse("series " + (i + 1)), x, y, style));
        }
        return new XyPlot(name, text, optionalText(p, "xLabel").orElse("x"), optionalText(p, "yLabel").orElse("y"),
                bool(p, "logX"), bool(p, "logY"), bool(p, "identity"), series);
    }

    private static SpectrumPlot spectrum(String name, JsonNode p, PlotText text) throws BadShape {
        var lambdas = numbers(p, "lambdas", "lambdas");
        var markedNode = p.get("marked");
        boolean[] marked = new boolean[lambdas.length];
        if (markedNode != null && !markedNode.isNull()) {
            if (!markedNode.isArray() || markedNode.size() != lambdas.length) {
                throw new BadShape("'marked' must be a list of " + lambdas.length + " booleans, one per eigenvalue");
            }
            for (int i = 0; i < marked.length; i++) {
                if (!markedNode.get(i).isBoolean()) {
                    throw new BadShape("'marked[" + i + "]' must be true or false");
                }
                marked[i] = markedNode.get(i).asBoolean();
            }
        }
        double[] weights = new double[0];
        if (p.has("weights") && !p.get("weights").isNull()) {
            weights = numbers(p, "weights", "weights");
            if (weights.length != lambdas.length) {
                throw new BadShape("'weights' has " + weights.length + " values for " + lambdas.length + " eigenvalues");
            }
        }
        return new SpectrumPlot(name, text, lambdas, marked, weights);
    }

    private static HeatmapPlot heatmap(String name, JsonNode p, PlotText text) throws BadShape {
        var xs = cellTexts(p, "xValues");
        var ys = cellTexts(p, "yValues");
        var rows = p.get("values");
        if (rows == null || !rows.isArray() || rows.size() != ys.size()) {
            throw new BadShape("'values' must be a list of " + ys.size() + " rows, one per y value");
        }
        var values = new double[ys.size()][];
        for (int r = 0; r < ys.size(); r++) {
            var row = rows.get(r);
            if (!row.isArray() || row.size() != xs.size()) {
                throw new BadShape("'values[" + r + "]' must be a list of " + xs.size() + " numbers, one per x value");
            }
            values[r] = new double[xs.size()];
            for (int c = 0; c < xs.size(); c++) {
                var cell = row.get(c);
                values[r][c] = cell.isBoolean() ? (cell.asBoolean() ? 1 : 0) : number(cell, "values[" + r + "][" + c + "]");
            }
        }
        return new HeatmapPlot(name, text, optionalText(p, "xLabel").orElse("x"), optionalText(p, "yLabel").orElse("y"),
                xs, ys, values, optionalText(p, "valueLabel").orElse("value"));
    }

    private static double[] numbers(JsonNode parent, String field, String where) throws BadShape {
        var v = parent.get(field);
        if (v == null || !v.isArray()) {
            throw new BadShape("'" + where + "' must be a list of numbers");
        }
        var out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(v.get(i), where + "[" + i + "]");
        }
        return out;
    }

    private static double number(JsonNode v, String where) throws BadShape {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            var special = nonFinite(v.asText());
            if (special.isPresent()) {
                return special.get();
            }
        }
        throw new BadShape("'" + where + "' must be a number (or \"Infinity\", \"-Infinity\", \"NaN\"), not "
                + compact(v));
    }

    private static List<String> texts(JsonNode parent, String field, String where) throws BadShape {
        var v = parent.get(field);
        if (v == null || !v.isArray()) {
            throw new BadShape("'" + where + "' must be a list");
        }
        var out = new ArrayList<String>();
        v.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static List<String> cellTexts(JsonNode parent, String field) throws BadShape {
        var v = parent.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new BadShape("'" + field + "' must be a non-empty list");
        }
        var out = new ArrayList<String>();
        v.forEach(item -> out.add(item.isValueNode() ? scalar("", item).text() : compact(item)));
        return out;
    }

    private static Optional<String> optionalText(JsonNode parent, String field) {
        var v = parent.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static boolean bool(JsonNode parent, String field) throws BadShape {
        var v = parent.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new BadShape("'" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    static String compact(JsonNode v) {
        try {
            return COMPACT.writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    /** A broken shape; becomes a {@link Malformed} figure. */
    private static final class BadShape extends Exception {
        private static final long serialVersionUID = 1L;

        BadShape(String message) {
            super(message, null, false, false);
        }
    }
}
