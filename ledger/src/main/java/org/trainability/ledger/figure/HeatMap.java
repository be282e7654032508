package org.trainability.ledger.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A heat map: a grid of coloured cells, one row per y value (exp7's Γ × β grid).
 *
 * <p>Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param text       title and caption
 * @param xLabel     the x axis label
 * @param yLabel     the y axis label
 * @param xValues    the column values. Not modified.
 * @param yValues    the row values. Not modified.
 * @param values     {@code values[row][column]}; non-finite cells are drawn as "no value". Not modified.
 * @param valueLabel what the colour measures
 */
public record HeatMap(PlotText text, String xLabel, String yLabel, double[] xValues, double[] yValues,
        double[][] values, String valueLabel) implements Figure {

    public HeatMap {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(valueLabel, "valueLabel");
        xValues = xValues.clone();
        yValues = yValues.clone();
        if (values.length != yValues.length) {
            throw new IllegalArgumentException(values.length + " rows for " + yValues.length + " y values");
        }
        var copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != xValues.length) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " cells for "
                        + xValues.length + " x values");
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    @Override
    public double[] xValues() {
        return xValues.clone();
    }

    @Override
    public double[] yValues() {
        return yValues.clone();
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
        return o instanceof HeatMap h && h.text.equals(text) && h.xLabel.equals(xLabel) && h.yLabel.equals(yLabel)
                && Arrays.equals(h.xValues, xValues) && Arrays.equals(h.yValues, yValues)
                && Arrays.deepEquals(h.values, values) && h.valueLabel.equals(valueLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, xLabel, yLabel, Arrays.hashCode(xValues), Arrays.hashCode(yValues),
                Arrays.deepHashCode(values), valueLabel);
    }

    @Override
    public String toString() {
        return "HeatMap[" + yValues.length + "×" + xValues.length + "]";
    }
}
