package org.trainability.engine.linalg;

/**
 * A numerical tolerance, relative or absolute, as a type rather than a bare literal. A relative
 * tolerance compares an error to a stated scale (the norm of the operator, the size of the
 * reference value); an absolute one ignores the scale. Immutable, thread-safe.
 *
 * @param kind relative or absolute
 * @param bound the largest accepted error (relative or absolute), ≥ 0
 */
public record Tolerance(Kind kind, double bound) {

    /** Whether the bound is compared to the error divided by a scale, or to the error itself. */
    public enum Kind {
        /** {@code |error| ≤ bound · scale}. */
        RELATIVE,
        /** {@code |error| ≤ bound}. */
        ABSOLUTE
    }

    public Tolerance {
        if (kind == null || !(bound >= 0) || !Double.isFinite(bound)) {
            throw new IllegalArgumentException("a tolerance needs a kind and a finite bound >= 0, got " + kind + " " + bound);
        }
    }

    /** A relative tolerance. */
    public static Tolerance relative(double bound) {
        return new Tolerance(Kind.RELATIVE, bound);
    }

    /** An absolute tolerance. */
    public static Tolerance absolute(double bound) {
        return new Tolerance(Kind.ABSOLUTE, bound);
    }

    /** Whether an error of this size is accepted against a reference of this scale. */
    public boolean accepts(double error, double scale) {
        double e = Math.abs(error);
        return kind == Kind.ABSOLUTE ? e <= bound : e <= bound * Math.abs(scale);
    }

    /** Whether {@code actual} agrees with {@code expected} (scale: |expected|). */
    public boolean agree(double actual, double expected) {
        if (actual == expected) {
            return true;
        }
        return accepts(actual - expected, expected);
    }

    @Override
    public String toString() {
        return (kind == Kind.RELATIVE ? "relative " : "absolute ") + bound;
    }
}
