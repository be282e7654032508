package org.trainability.site.figures;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trainability.ledger.figure.Figure;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.figure.Values;

/**
 * The text the site shows for the figures that are read rather than looked at: a scalar (numbers
 * through {@link NumberText}, whole numbers as they are, texts verbatim, flags as {@code true} /
 * {@code false}) and a list of values ({@code [0.2, 0.4, 0.6]}). Stateless.
 */
public final class FigureText {

    private FigureText() {
    }

    /** A scalar as the site shows it, in the table of figures or a table cell. */
    public static String of(Scalar s) {
        if (s instanceof Scalar.Real r) {
            return NumberText.format(r.value());
        }
        if (s instanceof Scalar.Whole w) {
            return Long.toString(w.value());
        }
        if (s instanceof Scalar.Text t) {
            return t.value();
        }
        return Boolean.toString(((Scalar.Flag) s).value());
    }

    /** A list of values, each through {@link NumberText}. */
    public static String of(Values v) {
        return Arrays.stream(v.values()).mapToObj(NumberText::format).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The figure as one line of text when it is a scalar or a list of values; empty for tables and plots. */
    public static Optional<String> inline(Figure f) {
        if (f instanceof Scalar s) {
            return Optional.of(of(s));
        }
        if (f instanceof Values v) {
            return Optional.of(of(v));
        }
        return Optional.empty();
    }
}
