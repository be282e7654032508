package org.trainability.checks.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the plot figures of docs/figures.md ({@code xy}, {@code heatmap}) as the JSON-shaped maps a
 * measurement carries. Stateless; thread-safe.
 */
final class PlotFigures {

    private PlotFigures() {
    }

    /** One series of an xy plot; {@code style} is {@code points} or {@code line}. */
    static Map<String, Object> series(String name, List<Double> x, List<Double> y, String style) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", name);
        m.put("x", x);
        m.put("y", y);
        m.put("style", style);
        return m;
    }

    /** An xy plot on a linear x axis. */
    static Map<String, Object> xy(String title, String caption, String xLabel, String yLabel, boolean logX,
            boolean logY, boolean identity, List<?> series) {
        var m = new LinkedHashMap<String, Object>();
        m.put("plot", "xy");
        m.put("title", title);
        m.put("caption", caption);
        m.put("xLabel", xLabel);
        m.put("yLabel", yLabel);
        m.put("logX", logX);
        m.put("logY", logY);
        m.put("identity", identity);
        m.put("series", series);
        return m;
    }

    /** A heat map: {@code values} has one row per y value. */
    static Map<String, Object> heatmap(String title, String caption, String xLabel, String yLabel, double[] xs,
            double[] ys, List<List<Double>> values, String valueLabel) {
        var m = new LinkedHashMap<String, Object>();
        m.put("plot", "heatmap");
        m.put("title", title);
        m.put("caption", caption);
        m.put("xLabel", xLabel);
        m.put("yLabel", yLabel);
        m.put("xValues", xs);
        m.put("yValues", ys);
        m.put("values", values);
        m.put("valueLabel", valueLabel);
        return m;
    }

    /** The entries of an array as a list. */
    static List<Double> list(double[] a) {
        var l = new java.util.ArrayList<Double>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }
}
