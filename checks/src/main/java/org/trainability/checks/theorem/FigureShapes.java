package org.trainability.checks.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON shapes of docs/figures.md — tables, {@code xy} plots and {@code spectrum} plots —
 * so that every theorem check writes them the same way. Stateless; thread-safe.
 */
final class FigureShapes {

    private FigureShapes() {
    }

    /** {@code {"table": {"columns": [...], "rows": [[...], ...]}}}. */
    static Map<String, Object> table(List<String> columns, List<List<Object>> rows) {
        var inner = new LinkedHashMap<String, Object>();
        inner.put("columns", List.copyOf(columns));
        inner.put("rows", rows.stream().map(r -> (Object) new ArrayList<>(r)).toList());
        return Map.of("table", inner);
    }

    /** One named series of an {@code xy} plot, drawn as points. */
    static Map<String, Object> points(String name, List<Double> x, List<Double> y) {
        var s = new LinkedHashMap<String, Object>();
        s.put("name", name);
        s.put("x", List.copyOf(x));
        s.put("y", List.copyOf(y));
        s.put("style", "points");
        return s;
    }

    /** One named series of an {@code xy} plot, drawn as a line. */
    static Map<String, Object> line(String name, List<Double> x, List<Double> y) {
        var s = new LinkedHashMap<String, Object>(points(name, x, y));
        s.put("style", "line");
        return s;
    }

    /** An {@code xy} plot. */
    static Map<String, Object> xy(String title, String xLabel, String yLabel, boolean log, boolean identity,
            List<Map<String, Object>> series, String caption) {
        var p = new LinkedHashMap<String, Object>();
        p.put("plot", "xy");
        p.put("title", title);
        p.put("xLabel", xLabel);
        p.put("yLabel", yLabel);
        p.put("logX", log);
        p.put("logY", log);
        p.put("identity", identity);
        p.put("series", List.copyOf(series));
        p.put("caption", caption);
        return p;
    }

    /**
     * A {@code spectrum} plot.
     *
     * @param lambdas descending. Not modified.
     * @param marked  true for eigenvalues in C*(O). Not modified.
     * @param weights the weight W_c of each eigenvalue's cluster. Not modified.
     */
    static Map<String, Object> spectrum(String title, double[] lambdas, boolean[] marked, double[] weights,
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

    /** "k/n", the way docs/figures.md writes counts. */
    static String count(int k, int n) {
        return k + "/" + n;
    }
}
