package org.trainability.site.figures;

import java.util.List;
import java.util.Objects;

/**
 * An {@code xy} plot: scatter or line series, optionally on log axes, optionally with the
 * identity line y = x (Q⊥ against Q_op; τ̂ against run length).
 *
 * <p>Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param name     the figure's name
 * @param text     title and caption
 * @param xLabel   the x axis label
 * @param yLabel   the y axis label
 * @param logX     logarithmic x axis
 * @param logY     logarithmic y axis
 * @param identity draw y = x across the drawn x range
 * @param series   the data series
 */
public record XyPlot(String name, PlotText text, String xLabel, String yLabel, boolean logX, boolean logY,
        boolean identity, List<Series> series) implements Figure {

    public XyPlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
    }

    /** How a series is drawn. */
    public enum Style { POINTS, LINE }

    /**
     * One series. Non-finite values are kept here; the renderer leaves them out and says how many.
     *
     * @param name  the legend name
     * @param x     x values. Not modified.
     * @param y     y values, as many as x. Not modified.
     * @param style points or line
     */
    public record Series(String name, double[] x, double[] y, Style style) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            if (x.length != y.length) {
                throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && s.name.equals(name) && java.util.Arrays.equals(s.x, x)
                    && java.util.Arrays.equals(s.y, y) && s.style == style;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, java.util.Arrays.hashCode(x), java.util.Arrays.hashCode(y), style);
        }

        @Override
        public String toString() {
            return "Series[" + name + ", " + x.length + " points, " + style + "]";
        }
    }
}
