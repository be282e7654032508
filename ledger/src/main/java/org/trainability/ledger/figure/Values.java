package org.trainability.ledger.figure;

import java.util.Arrays;

/**
 * A list of numbers that is not a plot (a tempering ladder).
 *
 * <p>Immutable (the array is copied in and out) and thread-safe.
 *
 * @param values the numbers. Not modified.
 */
public record Values(double[] values) implements Figure {

    public Values {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && Arrays.equals(v.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Values" + Arrays.toString(values);
    }
}
