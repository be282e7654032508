package org.trainability.engine.sample;

import java.util.random.RandomGenerator;

/**
 * The mutable state of one single-site chain: spins x, local fields {@code h_i = Σ_j J_ij x_j + b_i}
 * kept up to date on every flip (O(degree) per flip, or one contiguous pass over a dense row for
 * dense couplings), the energy E(x), the inverse temperature the
 * chain currently runs at, and the step counter. Local fields and energy are updated by adding
 * exact multiples of the couplings, so their rounding drift grows like the square root of the
 * number of flips (about 1e-11 relative after 1e9 flips) and never changes a number between runs.
 *
 * <p>Not thread-safe: one chain belongs to one task at a time.
 */
public final class SpinChain {

    final SpinLaw law;
    final int[] x;
    final double[] h;
    private final int[] rowStart;
    private final int[] neighbour;
    private final double[] weight;
    private final double[][] rows;
    double beta;
    double energy;
    /** Steps completed; flips made during step t are stamped t. */
    long time;
    /** Receives every flip while a window is being recorded; null otherwise. */
    WindowRecorder recorder;

    /**
     * @param law   the law (couplings, fields, β)
     * @param start the initial spins, each ±1. Not modified.
     * @throws IllegalArgumentException if start has the wrong length or a value other than ±1
     */
    public SpinChain(SpinLaw law, int[] start) {
        int n = law.size();
        if (start.length != n) {
            throw new IllegalArgumentException("a start state of " + start.length + " spins for a model of " + n);
        }
        for (int i = 0; i < n; i++) {
            if (start[i] != 1 && start[i] != -1) {
                throw new IllegalArgumentException("start spin " + i + " is " + start[i] + "; spins are +1 or -1");
            }
        }
        this.law = law;
        this.x = start.clone();
        this.h = new double[n];
        this.rowStart = law.couplings.rowStart;
        this.neighbour = law.couplings.neighbour;
        this.weight = law.couplings.weight;
        this.rows = law.couplings.rows;
        this.beta = law.beta;
        for (int i = 0; i < n; i++) {
            h[i] = law.couplings.couplingSum(x, i) + law.fields[i];
        }
        this.energy = law.energy(x);
    }

    /** N. */
    public int size() {
        return x.length;
    }

    /** A copy of the spins. */
    public int[] state() {
        return x.clone();
    }

    /** The spin x_i. */
    public int spin(int i) {
        return x[i];
    }

    /** The local field h_i as kept incrementally. */
    public double localField(int i) {
        return h[i];
    }

    /** E(x) as kept incrementally. */
    public double energy() {
        return energy;
    }

    /** Steps completed. */
    public long time() {
        return time;
    }

    /** Flips spin i, updating the neighbours' local fields and the energy. */
    void flip(int i) {
        int old = x[i];
        if (recorder != null) {
            recorder.beforeFlip(i, time);
        }
        energy += 2 * old * h[i];
        x[i] = -old;
        double d = -2.0 * old;
        if (rows != null) {
            var row = rows[i];
            var fields = h;
            for (int j = 0; j < row.length; j++) {
                fields[j] += d * row[j];
            }
        } else {
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                h[neighbour[k]] += d * weight[k];
            }
        }
    }

    /**
     * Heat-bath resampling of spin i: {@code P(x_i = +1 | rest) = 1 / (1 + e^{-2βh_i})}. Uses
     * exactly one {@code nextDouble()}.
     */
    void heatBath(int i, RandomGenerator rng) {
        double up = 1.0 / (1.0 + Math.exp(-2.0 * beta * h[i]));
        int s = rng.nextDouble() < up ? 1 : -1;
        if (s != x[i]) {
            flip(i);
        }
    }

    /**
     * A Metropolis flip proposal at spin i, accepted with {@code min(1, e^{-βΔE})},
     * {@code ΔE = 2 x_i h_i}. Draws a uniform only when ΔE &gt; 0.
     */
    void metropolis(int i, RandomGenerator rng) {
        double delta = 2.0 * x[i] * h[i];
        if (delta <= 0 || rng.nextDouble() < Math.exp(-beta * delta)) {
            flip(i);
        }
    }
}
