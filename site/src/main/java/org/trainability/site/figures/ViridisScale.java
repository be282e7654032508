package org.trainability.site.figures;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A perceptually uniform colour scale (five stops of matplotlib's viridis, linearly interpolated)
 * from {@code lower} to {@code upper}; non-finite values get a light grey that reads as "no value".
 * Immutable and thread-safe.
 */
final class ViridisScale implements PaintScale {

    static final Color NO_VALUE = new Color(0xDDDDDD);

    private static final Color[] STOPS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

    private final double lower;
    private final double upper;

    ViridisScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    Color colour(double value) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        double t = upper > lower ? (value - lower) / (upper - lower) : 0.5;
        t = Math.max(0, Math.min(1, t));
        double position = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(position));
        double f = position - i;
        var a = STOPS[i];
        var b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Black or white, whichever reads better on this cell colour. */
    static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }
}
