package org.trainability.site.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@code heatmap}: a grid of coloured cells, one row per y value (exp7's Γ × β grid).
 *
 * <p>Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param name       the figure's name
 * @param text       title and caption
 * @param xLabel     the x axis label
 * @param yLabel     the y axis label
 * @param xValues    the column values, as the site shows them
 * @param yValues    the row values, as the site shows them
 * @param values     {@code values[row][column]}; non-finite cells are drawn as "no value". Not modified.
 * @param valueLabel what the colour measures
 */
public record HeatmapPlot(String name, PlotText text, String xLabel, String yLabel, List<String> xValues,
        List<String> yValues, double[][] values, String valueLabel) implements Figure {

    public HeatmapPlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        xValues = List.copyOf(xValues);
        yValues = List.copyOf(yValues);
        Objects.requireNonNull(valueLabel, "valueLabel");
        if (values.length != yValues.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " rows for " + yValues.size() + " y values");
        }
        var copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != xValues.size()) {
                throw new IllegalArgumentException(name + ": row " + r + " has " + values[r].length + " cells for "
                        + xValues.size() + " x values");
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    @Override
    public double[][] values() {
        var copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatmapPlot h && h.name.equals(name) && h.text.equals(text) && h.xLabel.equals(xLabel)
                && h.yLabel.equals(yLabel) && h.xValues.equals(xValues) && h.yValues.equals(yValues)
                && Arrays.deepEquals(h.values, values) && h.valueLabel.equals(valueLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, text, xLabel, yLabel, xValues, yValues, Arrays.deepHashCode(values), valueLabel);
    }

    @Override
    public String toString() {
        return "HeatmapPlot[" + name + ", " + yValues.size() + "×" + xValues.size() + "]";
    }
}
