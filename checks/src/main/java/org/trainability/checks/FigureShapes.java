package org.trainability.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the figure shapes of docs/figures.md — tables, {@code xy} plots, heat maps and
 * {@code spectrum} plots — as the JSON-shaped maps a {@link Measurement} carries, so that every
 * check writes them the same way ({@link FigureTable} builds a table row by row). Lists and arrays
 * are copied in; a {@code null} in a list is kept (a blank cell or a missing point). Stateless;
 * thread-safe.
 */
public final class FigureShapes {

    private FigureShapes() {
    }

    /** {@code {"table": {"columns": [...], "rows": [[...], ...]}}}. */
    public static Map<String, Object> table(List<?> columns, List<? extends List<?>> rows) {
        var inner = new LinkedHashMap<String, Object>();
        inner.put("columns", copy(columns));
        inner.put("rows", rows.stream().map(FigureShapes::copy).toList());
        return Map.of("table", inner);
    }

    /** One named series of an {@code xy} plot, drawn as points. */
    public static Map<String, Object> points(String name, List<Double> x, List<Double> y) {
        var s = new LinkedHashMap<String, Object>();
        s.put("name", name);
        s.put("x", copy(x));
        s.put("y", copy(y));
        s.put("style", "points");
        return s;
    }

    /** One named series of an {@code xy} plot, drawn as a line. */
    public static Map<String, Object> line(String name, List<Double> x, List<Double> y) {
        var s = new LinkedHashMap<String, Object>(points(name, x, y));
        s.put("style", "line");
        return s;
    }

    /**
     * An {@code xy} plot.
     *
     * @param identity whether the plot draws the line y = x
     * @param series   from {@link #points} and {@link #line}
     */
    public static Map<String, Object> xy(String title, String caption, String xLabel, String yLabel, boolean logX,
            boolean logY, boolean identity, List<Map<String, Object>> series) {
        var p = new LinkedHashMap<String, Object>();
        p.put("plot", "xy");
        p.put("title", title);
        p.put("caption", caption);
        p.put("xLabel", xLabel);
        p.put("yLabel", yLabel);
        p.put("logX", logX);
        p.put("logY", logY);
        p.put("identity", identity);
        p.put("series", copy(series));
        return p;
    }

    /**
     * A heat map.
     *
     * @param xs     the x values. Not modified.
     * @param ys     the y values. Not modified.
     * @param values one row per y value, one entry per x value
     */
    public static Map<String, Object> heatmap(String title, String caption, String xLabel, String yLabel, double[] xs,
            double[] ys, List<List<Double>> values, String valueLabel) {
        var m = new LinkedHashMap<String, Object>();
        m.put("plot", "heatmap");
        m.put("title", title);
        m.put("caption", caption);
        m.put("xLabel", xLabel);
        m.put("yLabel", yLabel);
        m.put("xValues", xs.clone());
        m.put("yValues", ys.clone());
        m.put("values", values.stream().map(FigureShapes::copy).toList());
        m.put("valueLabel", valueLabel);
        return m;
    }

    /**
     * A {@code spectrum} plot.
     *
     * @param lambdas descending. Not modified.
     * @param marked  true for eigenvalues in C*(O). Not modified.
     * @param weights the weight W_c of each eigenvalue's cluster. Not modified.
     */
    public static Map<String, Object> spectrum(String title, double[] lambdas, boolean[] marked, double[] weights,
            String caption) {
        var p = new LinkedHashMap<String, Object>();
        p.put("plot", "spectrum");
        p.put("title", title);
        var l = new ArrayList<Object>();
        var m = new ArrayList<Object>();
        var w = new ArrayList<Object>();
        for (int j = 0; j < lambdas.length; j++) {
            l.add(lambdas[j]);
            m.add(marked[j]);
            w.add(weights[j]);
        }
        p.put("lambdas", l);
        p.put("marked", m);
        p.put("weights", w);
        p.put("caption", caption);
        return p;
    }

    /** The entries of an array as a list. */
    public static List<Double> list(double[] a) {
        var l = new ArrayList<Double>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    /** "k/n", the way docs/figures.md writes counts. */
    public static String count(int k, int n) {
        return k + "/" + n;
    }

    private static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
