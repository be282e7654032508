package org.trainability.engine.model;

/**
 * The state indexing of docs/math.md §1: a state index {@code s ∈ [0, 2^N)} stands for the spins
 * {@code x_i = +1} when bit i of s is 0 and {@code x_i = -1} when it is 1, so s = 0 is all +1.
 * The spin flip {@code x ↦ -x} is {@code s ↦ s XOR (2^N - 1)}.
 *
 * <p>Stateless; thread-safe.
 */
public final class SpinStates {

    /** The largest number of units whose states fit an {@code int} index. */
    public static final int MAX_INDEXED_UNITS = 30;

    private SpinStates() {
    }

    /** The spin {@code x_i ∈ {-1,+1}} of state index {@code s}. */
    public static int spin(int s, int i) {
        return ((s >>> i) & 1) == 0 ? 1 : -1;
    }

    /** Fills {@code out[0..n)} with the spins of state index {@code s}; returns {@code out}. */
    public static int[] spins(int s, int n, int[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = ((s >>> i) & 1) == 0 ? 1 : -1;
        }
        return out;
    }

    /** The spins of state index {@code s} over {@code n} units, as a new array. */
    public static int[] spins(int s, int n) {
        return spins(s, n, new int[n]);
    }

    /**
     * The state index of the spins x.
     *
     * @param x spins, each ±1. Not modified.
     * @throws IllegalArgumentException if a spin is not ±1 or there are more than
     *     {@link #MAX_INDEXED_UNITS} of them
     */
    public static int index(int[] x) {
        if (x.length > MAX_INDEXED_UNITS) {
            throw new IllegalArgumentException(x.length + " spins do not fit a state index (at most "
                    + MAX_INDEXED_UNITS + ")");
        }
        int s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == -1) {
                s |= 1 << i;
            } else if (x[i] != 1) {
                throw new IllegalArgumentException("spin " + i + " is " + x[i] + "; spins are -1 or +1");
            }
        }
        return s;
    }

    /** The number of states {@code 2^n}. */
    public static int stateCount(int n) {
        if (n < 0 || n > MAX_INDEXED_UNITS) {
            throw new IllegalArgumentException("cannot index the states of " + n + " units (0.."
                    + MAX_INDEXED_UNITS + ")");
        }
        return 1 << n;
    }

    /** The index of the spin-flipped state {@code -x}. */
    public static int flipAll(int s, int n) {
        return s ^ ((1 << n) - 1);
    }
}
