package org.trainability.ledger.figure;

import java.util.Objects;

/**
 * A single value: a real number (non-finite allowed), a whole number, a text or a flag. Table cells
 * are scalars too.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Scalar extends Figure {

    /** A real number; {@code NaN} and the infinities are kept (written as the strings of docs/figures.md). */
    record Real(double value) implements Scalar {
    }

    /** A whole number (a count, a length, a seed). */
    record Whole(long value) implements Scalar {
    }

    /**
     * A text. The strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} are refused: in
     * JSON they stand for non-finite numbers, so a text spelled like them could not be read back.
     */
    record Text(String value) implements Scalar {
        public Text {
            Objects.requireNonNull(value, "value");
            if (FigureCodec.isNonFiniteName(value)) {
                throw new IllegalArgumentException("the text '" + value + "' reads as a number; use a Real");
            }
        }
    }

    /** A yes/no value. */
    record Flag(boolean value) implements Scalar {
    }

    /**
     * The scalar of a Java value: {@link Double} and {@link Float} are reals, the other integral
     * {@link Number}s whole numbers, {@link String} a text, {@link Boolean} a flag.
     *
     * @throws IllegalArgumentException for {@code null} or any other type
     */
    static Scalar of(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return new Real(((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Whole(((Number) value).longValue());
        }
        if (value instanceof String s) {
            return new Text(s);
        }
        if (value instanceof Boolean b) {
            return new Flag(b);
        }
        throw new IllegalArgumentException("a figure cell must be a number, a text or a flag, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** The value as a real number, for scalars that are numbers. */
    default double asDouble() {
        if (this instanceof Real r) {
            return r.value();
        }
        if (this instanceof Whole w) {
            return w.value();
        }
        throw new IllegalStateException("not a number: " + this);
    }
}
