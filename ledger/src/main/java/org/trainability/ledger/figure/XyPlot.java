package org.trainability.ledger.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An xy plot: point or line series on linear or logarithmic axes, optionally with the line y = x
 * (Q⊥ against Q_op; τ̂ against the run length).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text   title and caption
 * @param x      the x axis
 * @param y      the y axis
 * @param guide  a reference line drawn across the plot, or none
 * @param series the data series
 */
public record XyPlot(PlotText text, Axis x, Axis y, Guide guide, List<Series> series) implements Figure {

    public XyPlot {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(guide, "guide");
        series = List.copyOf(series);
    }

    /** How an axis maps values to positions. */
    public enum Scale { LINEAR, LOG }

    /** A reference line. */
    public enum Guide {
        NONE,
        /** y = x across the drawn x range. */
        IDENTITY
    }

    /** How a series is drawn. */
    public enum Style { POINTS, LINE }

    /**
     * An axis.
     *
     * @param label what the axis measures
     * @param scale linear or logarithmic
     */
    public record Axis(String label, Scale scale) {
        public Axis {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(scale, "scale");
        }

        public static Axis linear(String label) {
            return new Axis(label, Scale.LINEAR);
        }

        public static Axis log(String label) {
            return new Axis(label, Scale.LOG);
        }
    }

    /**
     * One series. Non-finite values are kept; the site leaves them out of the drawing and says how many.
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

        /** A series drawn as points. */
        public static Series points(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.POINTS);
        }

        /** A series drawn as points, from lists. */
        public static Series points(String name, List<? extends Number> x, List<? extends Number> y) {
            return new Series(name, numbers(x), numbers(y), Style.POINTS);
        }

        /** A series drawn as a line. */
        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.LINE);
        }

        /** A series drawn as a line, from lists. */
        public static Series line(String name, List<? extends Number> x, List<? extends Number> y) {
            return new Series(name, numbers(x), numbers(y), Style.LINE);
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
            return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.x, x) && Arrays.equals(s.y, y)
                    && s.style == style;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), style);
        }

        @Override
        public String toString() {
            return "Series[" + name + ", " + x.length + " points, " + style + "]";
        }

        private static double[] numbers(List<? extends Number> values) {
            return values.stream().mapToDouble(Number::doubleValue).toArray();
        }
    }
}
