package org.trainability.engine.estimate;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jtransforms.fft.DoubleFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The normalised autocorrelation function of one or more equally long series, computed with the
 * FFT and averaged over chains the way emcee does: each chain is centred on its own mean, its
 * autocovariance {@code c(t) = (1/L) Σ_{s<L-t} x̄_s x̄_{s+t}} is computed by zero-padding to a
 * power of two at least 2L (so the circular correlation equals the linear one), normalised by
 * {@code c(0)}, and the normalised functions are averaged over the chains.
 *
 * <p>The FFT is JTransforms' real transform, one plan per padded size, kept for the life of the
 * process; JTransforms is held to one thread so that the sums, and every τ̂ built on them, are
 * the same on every machine whatever its core count (parallelism comes from the callers, one chain
 * or observable per task). A chain that is constant
 * over the prefix has no autocorrelation function ({@code c(0) = 0}); the result is then
 * {@code NaN} at every lag and callers must treat the estimate as unavailable.
 *
 * <p>Stateless and thread-safe.
 */
public final class Autocorrelation {

    private static final Map<Integer, DoubleFFT_1D> FFTS = new ConcurrentHashMap<>();

    static {
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    private Autocorrelation() {
    }

    /**
     * The chain-averaged normalised autocorrelation ρ̂(t), t = 0 … length-1, of the first
     * {@code length} values of every chain.
     *
     * @param chains one row per chain, all at least {@code length} long. Not modified.
     * @param length how many leading values of each chain to use (at least 2)
     * @return ρ̂(0) = 1 … ρ̂(length-1); all {@code NaN} when some chain is constant on the prefix
     * @throws IllegalArgumentException when there are no chains, a chain is shorter than
     *                                  {@code length}, or {@code length < 2}
     */
    public static double[] averaged(double[][] chains, int length) {
        if (chains.length == 0) {
            throw new IllegalArgumentException("no chains given");
        }
        if (length < 2) {
            throw new IllegalArgumentException("an autocorrelation needs at least 2 values per chain, got " + length);
        }
        var sum = new double[length];
        for (int c = 0; c < chains.length; c++) {
            if (chains[c].length < length) {
                throw new IllegalArgumentException("chain " + c + " has " + chains[c].length
                        + " values, fewer than the " + length + " asked for");
            }
            var acf = normalized(chains[c], length);
            for (int t = 0; t < length; t++) {
                sum[t] += acf[t];
            }
        }
        for (int t = 0; t < length; t++) {
            sum[t] /= chains.length;
        }
        return sum;
    }

    /**
     * The normalised autocorrelation of the first {@code length} values of one series.
     *
     * @param series the values. Not modified.
     * @param length how many leading values to use
     * @return ρ̂(0) = 1 … ρ̂(length-1), or all {@code NaN} when the prefix is constant
     */
    static double[] normalized(double[] series, int length) {
        boolean constant = true;
        for (int s = 0; s < length; s++) {
            constant &= series[s] == series[0];
        }
        if (constant) {
            var none = new double[length];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        var sums = lagSums(series, length);
        var acf = new double[length];
        for (int t = 0; t < length; t++) {
            acf[t] = sums[t] / sums[0];
        }
        return acf;
    }

    /**
     * The autocovariance {@code c(t) = (1/L) Σ_{s<L-t} x̄_s x̄_{s+t}}, t = 0 … L-1, of the first
     * {@code length} values of one series, centred on their mean (all zeros for a constant series).
     *
     * @param series the values. Not modified.
     * @param length L, how many leading values to use (at least 1)
     */
    public static double[] autocovariance(double[] series, int length) {
        var sums = lagSums(series, length);
        var c = new double[length];
        for (int t = 0; t < length; t++) {
            c[t] = sums[t] / length;
        }
        return c;
    }

    /** {@code Σ_{s<L-t} x̄_s x̄_{s+t}} for t = 0 … L-1, by zero-padded real FFT (the circular sum equals the linear one). */
    private static double[] lagSums(double[] series, int length) {
        double mean = 0;
        for (int s = 0; s < length; s++) {
            mean += series[s];
        }
        mean /= length;
        int padded = Integer.highestOneBit(Math.max(1, 2 * length - 1)) << 1;
        var a = new double[padded];
        for (int s = 0; s < length; s++) {
            a[s] = series[s] - mean;
        }
        var fft = FFTS.computeIfAbsent(padded, DoubleFFT_1D::new);
        fft.realForward(a);
        // Packed layout: a[0] = Re X_0, a[1] = Re X_{n/2}, then (Re, Im) pairs; |X_k|² is real.
        a[0] = a[0] * a[0];
        a[1] = a[1] * a[1];
        for (int k = 2; k < padded; k += 2) {
            a[k] = a[k] * a[k] + a[k + 1] * a[k + 1];
            a[k + 1] = 0;
        }
        fft.realInverse(a, true);
        return Arrays.copyOf(a, length);
    }
}
