package org.trainability.site.figures;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels as short plain numbers (three significant digits, e-notation when very large or
 * small), for log axes whose range is too short for powers of ten. Formatting only.
 *
 * <p>Not thread-safe, as no {@link java.text.NumberFormat} is.
 */
final class CompactNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(PlotRenderer.shortNumber(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are never parsed");
    }
}
