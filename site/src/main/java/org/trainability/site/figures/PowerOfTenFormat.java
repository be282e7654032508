package org.trainability.site.figures;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Labels an axis that runs over log10 values with the values themselves: tick 3 reads "1000",
 * tick -17 reads "1e-17". Formatting only.
 *
 * <p>Not thread-safe, as no {@link java.text.NumberFormat} is.
 */
final class PowerOfTenFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double exponent, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(PlotRenderer.shortNumber(Math.pow(10, exponent)));
    }

    @Override
    public StringBuffer format(long exponent, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) exponent, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are never parsed");
    }
}
