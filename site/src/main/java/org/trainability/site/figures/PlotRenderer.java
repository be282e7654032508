package org.trainability.site.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.trainability.ledger.figure.Figure;
import org.trainability.ledger.figure.HeatMap;
import org.trainability.ledger.figure.Image;
import org.trainability.ledger.figure.SpectrumPlot;
import org.trainability.ledger.figure.XyPlot;

/**
 * Draws the ledger's plot figures as inline SVG: {@link XyPlot} as scatter/line charts (log axes,
 * y = x), {@link SpectrumPlot} as eigenvalue index against λ with C*(O) highlighted (and W_c on a log
 * axis below when given), {@link HeatMap} as a grid of cells on a viridis scale with the values
 * written in when the grid is small — these three with JFreeChart onto JFreeSVG's
 * {@link SVGGraphics2D} — and {@link Image} as one grey square per pixel.
 *
 * <p>Values a chart cannot show (non-finite; non-positive on a log axis) are left out and counted in
 * {@link RenderedPlot#notes()}. Each call gets an id prefix, so several plots on one page never
 * share SVG definitions. Stateless; thread-safe as long as AWT's headless font machinery is.
 */
public final class PlotRenderer {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] SERIES_COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private static final Color IDENTITY_COLOUR = new Color(0x777777);
    private static final Font LABEL_FONT = new Font("SansSerif", Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font("SansSerif", Font.PLAIN, 12);
    private static final int LARGEST_LABELLED_GRID = 144;

    private PlotRenderer() {
    }

    /**
     * @param figure a plot figure ({@link Figure#isPlot()})
     * @param id     the SVG element's id, unique on its page; also the prefix of its definitions
     * @throws IllegalArgumentException when the figure is not a plot
     */
    public static RenderedPlot render(Figure figure, String id) {
        if (figure instanceof XyPlot xy) {
            return xy(xy, id);
        }
        if (figure instanceof SpectrumPlot s) {
            return spectrum(s, id);
        }
        if (figure instanceof HeatMap h) {
            return heatmap(h, id);
        }
        if (figure instanceof Image i) {
            return image(i, id);
        }
        throw new IllegalArgumentException(figure + " is not a plot");
    }

    private static RenderedPlot xy(XyPlot p, String id) {
        var notes = new ArrayList<String>();
        var data = new XYSeriesCollection();
        // The identity line spans the drawn x range, so the x axis keeps the data's own extent.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        var yRange = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        var renderer = new XYLineAndShapeRenderer();
        boolean logX = p.x().scale() == XyPlot.Scale.LOG;
        boolean logY = p.y().scale() == XyPlot.Scale.LOG;
        int index = 0;
        for (var s : p.series()) {
            var series = new XYSeries(s.name(), false, true);
            var x = s.x();
            var y = s.y();
            int nonFinite = 0;
            int nonPositive = 0;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                    nonFinite++;
                } else if (logX && x[i] <= 0 || logY && y[i] <= 0) {
                    nonPositive++;
                } else {
                    series.add(x[i], y[i]);
                    lo = Math.min(lo, x[i]);
                    hi = Math.max(hi, x[i]);
                    yRange[0] = Math.min(yRange[0], y[i]);
                    yRange[1] = Math.max(yRange[1], y[i]);
                }
            }
            note(notes, nonFinite, s.name(), "non-finite (Infinity or NaN)");
            note(notes, nonPositive, s.name(), "not positive, so not on a log axis");
            data.addSeries(series);
            boolean line = s.style() == XyPlot.Style.LINE;
            renderer.setSeriesLinesVisible(index, line);
            renderer.setSeriesShapesVisible(index, !line);
            renderer.setSeriesPaint(index, SERIES_COLOURS[index % SERIES_COLOURS.length]);
            renderer.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            renderer.setSeriesStroke(index, new BasicStroke(2f));
            index++;
        }
        if (p.guide() == XyPlot.Guide.IDENTITY && lo < hi) {
            var identity = new XYSeries("y = x", false, true);
            identity.add(lo, lo);
            identity.add(hi, hi);
            data.addSeries(identity);
            renderer.setSeriesLinesVisible(index, true);
            renderer.setSeriesShapesVisible(index, false);
            renderer.setSeriesPaint(index, IDENTITY_COLOUR);
            renderer.setSeriesStroke(index, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        var plot = new XYPlot(data, axis(p.x().label(), logX, lo, hi), axis(p.y().label(), logY, yRange[0], yRange[1]),
                renderer);
        style(plot);
        return new RenderedPlot(svg(chart(plot, true), id, WIDTH, HEIGHT), notes);
    }

    private static RenderedPlot spectrum(SpectrumPlot p, String id) {
        var notes = new ArrayList<String>();
        var lambdas = p.lambdas();
        var marked = p.marked();
        var inside = new XYSeries("in C*(O)", false, true);
        var outside = new XYSeries("outside C*(O)", false, true);
        int nonFinite = 0;
        for (int j = 0; j < lambdas.length; j++) {
            if (!Double.isFinite(lambdas[j])) {
                nonFinite++;
            } else {
                (marked[j] ? inside : outside).add(j + 1, lambdas[j]);
            }
        }
        note(notes, nonFinite, "eigenvalues", "non-finite");
        var data = new XYSeriesCollection();
        data.addSeries(outside);
        data.addSeries(inside);
        var renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, new Color(0x999999));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, SERIES_COLOURS[1]);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-4.5, -4.5, 9, 9));
        var index = new NumberAxis("eigenvalue index j (descending λ)");
        index.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var lambdaAxis = new NumberAxis("λ_j");
        lambdaAxis.setAutoRangeIncludesZero(false);
        var top = new XYPlot(data, null, lambdaAxis, renderer);
        if (p.weights().length == 0) {
            top.setDomainAxis(index);
            style(top);
            return new RenderedPlot(svg(chart(top, true), id, WIDTH, HEIGHT), notes);
        }
        var weights = p.weights();
        var w = new XYSeries("W_c (weight the observables put on the mode)", false, true);
        int nonPositive = 0;
        for (int j = 0; j < weights.length; j++) {
            if (Double.isFinite(weights[j]) && weights[j] > 0) {
                w.add(j + 1, weights[j]);
            } else {
                nonPositive++;
            }
        }
        note(notes, nonPositive, "weights", "zero, negative or non-finite, so not on the log axis");
        var weightRenderer = new XYLineAndShapeRenderer(false, true);
        weightRenderer.setSeriesPaint(0, SERIES_COLOURS[0]);
        weightRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        var bottom = new XYPlot(new XYSeriesCollection(w), null,
                axis("W_c", true, w.isEmpty() ? 1 : w.getMinY(), w.isEmpty() ? 1 : w.getMaxY()), weightRenderer);
        var combined = new CombinedDomainXYPlot(index);
        combined.setGap(12);
        combined.add(top, 3);
        combined.add(bottom, 2);
        style(top);
        style(bottom);
        return new RenderedPlot(svg(chart(combined, true), id, WIDTH, HEIGHT + 120), notes);
    }

    private static RenderedPlot heatmap(HeatMap p, String id) {
        var notes = new ArrayList<String>();
        var values = p.values();
        int rows = p.yValues().length;
        int cols = p.xValues().length;
        var x = new double[rows * cols];
        var y = new double[rows * cols];
        var z = new double[rows * cols];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int missing = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                x[k] = c;
                y[k] = r;
                z[k] = values[r][c];
                if (Double.isFinite(z[k])) {
                    lo = Math.min(lo, z[k]);
                    hi = Math.max(hi, z[k]);
                } else {
                    missing++;
                }
            }
        }
        note(notes, missing, "cells", "non-finite, drawn grey");
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        // Values spread over more than two decades get a logarithmic colour scale, or all but the
        // largest cells would share one colour.
        boolean logColours = lo > 0 && hi / lo > 100;
        if (logColours) {
            notes.add(String.format(Locale.ROOT,
                    "The colour scale is logarithmic: the values span %.1f decades.", Math.log10(hi / lo)));
        }
        var scale = logColours ? new ViridisScale(Math.log10(lo), Math.log10(hi)) : new ViridisScale(lo, hi);
        var colourOf = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            colourOf[k] = logColours && Double.isFinite(z[k]) ? Math.log10(z[k]) : z[k];
        }
        var data = new DefaultXYZDataset();
        data.addSeries(p.valueLabel(), new double[][] {x, y, colourOf});
        var renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        renderer.setPaintScale(scale);
        var xAxis = new SymbolAxis(p.xLabel(), labels(p.xValues()));
        var yAxis = new SymbolAxis(p.yLabel(), labels(p.yValues()));
        for (var a : List.of(xAxis, yAxis)) {
            a.setGridBandsVisible(false);
            a.setLabelFont(LABEL_FONT);
            a.setTickLabelFont(TICK_FONT);
        }
        xAxis.setRange(-0.5, cols - 0.5);
        yAxis.setRange(-0.5, rows - 0.5);
        var plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (rows * cols <= LARGEST_LABELLED_GRID) {
            var cellFont = new Font("SansSerif", Font.PLAIN, cols > 8 ? 10 : 12);
            for (int k = 0; k < z.length; k++) {
                var label = new XYTextAnnotation(Double.isFinite(z[k]) ? shortNumber(z[k]) : "—", x[k], y[k]);
                label.setFont(cellFont);
                label.setPaint(ViridisScale.textOn(scale.colour(colourOf[k])));
                plot.addAnnotation(label);
            }
        }
        var chart = chart(plot, false);
        ValueAxis legendAxis;
        if (logColours) {
            // The scale runs over log10 values; the legend shows them as the values themselves.
            var logLegend = new NumberAxis(p.valueLabel() + " (log scale)");
            logLegend.setNumberFormatOverride(new PowerOfTenFormat());
            logLegend.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            logLegend.setRange(Math.log10(lo), Math.log10(hi));
            legendAxis = logLegend;
        } else {
            var linear = new NumberAxis(p.valueLabel());
            linear.setRange(lo, hi > lo ? hi : lo + 1);
            legendAxis = linear;
        }
        legendAxis.setLabelFont(TICK_FONT);
        legendAxis.setTickLabelFont(TICK_FONT);
        var legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        return new RenderedPlot(svg(chart, id, WIDTH, Math.max(HEIGHT, 60 + rows * 34)), notes);
    }

    /** The tick labels of a heat map's rows or columns. */
    private static String[] labels(double[] values) {
        var out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = NumberText.format(values[i]);
        }
        return out;
    }

    /**
     * A grey-level picture as one {@code <rect>} per run of equal pixels in a row (0 black, 1 white,
     * quantised to the 256 levels a screen shows), in a viewBox of one unit per pixel so that it
     * scales without smoothing. A picture has nothing it cannot show: the codec and the record
     * accept only levels in [0, 1].
     */
    private static RenderedPlot image(Image p, String id) {
        int w = p.width();
        int h = p.height();
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' id='").append(id)
                .append("' class='grey-image' viewBox='0 0 ").append(w).append(' ').append(h)
                .append("' preserveAspectRatio='xMidYMid meet' shape-rendering='crispEdges' role='img'>");
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                int level = greyLevel(p.pixel(x, y));
                int end = x + 1;
                while (end < w && greyLevel(p.pixel(end, y)) == level) {
                    end++;
                }
                svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='1' fill='#%02x%02x%02x'/>",
                        x, y, end - x, level, level, level));
                x = end;
            }
        }
        svg.append("</svg>");
        return new RenderedPlot(svg.toString(), List.of());
    }

    /** A grey level in [0, 1] as one of 256 levels, 0 black. */
    static int greyLevel(double v) {
        return (int) Math.round(255 * v);
    }

    /** An axis; a log axis spanning under three decades labels its ticks as plain numbers, not 10^x.y. */
    private static ValueAxis axis(String label, boolean log, double lo, double hi) {
        if (log) {
            var a = new LogAxis(label);
            a.setBase(10);
            a.setSmallestValue(1e-300);
            a.setAutoRangeMinimumSize(minimumRange(lo, hi));
            a.setLabelFont(LABEL_FONT);
            a.setTickLabelFont(TICK_FONT);
            if (lo > 0 && hi / lo < 1e3) {
                a.setNumberFormatOverride(new CompactNumberFormat());
            }
            return a;
        }
        var a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(minimumRange(lo, hi));
        a.setLabelFont(LABEL_FONT);
        a.setTickLabelFont(TICK_FONT);
        return a;
    }

    /**
     * The smallest auto range, scaled to the data: JFreeChart's default (1e-8 in data units) would
     * stretch residuals of 1e-15 over a range reaching below zero, which a log axis cannot show.
     */
    static double minimumRange(double lo, double hi) {
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        return Double.isFinite(scale) && scale > 0 ? scale * 1e-6 : 1e-8;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(new Color(0x888888));
        if (plot.getDomainAxis() != null) {
            plot.getDomainAxis().setLabelFont(LABEL_FONT);
            plot.getDomainAxis().setTickLabelFont(TICK_FONT);
        }
        plot.getRangeAxis().setLabelFont(LABEL_FONT);
        plot.getRangeAxis().setTickLabelFont(TICK_FONT);
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(TICK_FONT);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static String svg(JFreeChart chart, String id, int width, int height) {
        var g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        // Text as <text> elements, not glyph outlines: smaller, selectable, searchable.
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    private static void note(List<String> notes, int count, String what, String why) {
        if (count > 0) {
            notes.add(count + (count == 1 ? " value" : " values") + " of " + what + " not drawn: " + why + ".");
        }
    }

    /** Three significant digits, for cell labels. */
    static String shortNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e5) {
            return Long.toString((long) v);
        }
        var text = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
        double m = Math.abs(v);
        return m >= 1e-3 && m < 1e5 ? text.toPlainString() : NumberText.format(text.doubleValue());
    }
}
