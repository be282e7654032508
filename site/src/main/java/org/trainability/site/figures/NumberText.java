package org.trainability.site.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers for people: whole numbers as they are, others to six significant digits, very
 * large or small ones in e-notation ({@code 3.5e-17}), and the non-finite values by name. Stateless.
 */
public final class NumberText {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private NumberText() {
    }

    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        var rounded = new BigDecimal(x).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return rounded.toPlainString();
        }
        var unscaled = rounded.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - rounded.scale();
        var mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
