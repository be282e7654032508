package org.trainability.engine.estimate;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The normalised autocorrelation function of one or more equally long series, computed with the
 * FFT and averaged over chains the way emcee does: each chain is centred on its own mean, its
 * autocovariance {@code c(t) = (1/L) Σ_{s<L-t} x̄_s x̄_{s+t}} is computed by zero-padding to a
 * power of two at least 2L (so the circular correlation equals the linear one), normalised by
 * {@code c(0)}, and the normalised functions are averaged over the chains.
 *
 * <p>The FFT is Commons Math's radix-2 {@link FastFourierTransformer}. A chain that is constant
 * over the prefix has no autocorrelation function ({@code c(0) = 0}); the result is then
 * {@code NaN} at every lag and callers must treat the estimate as unavailable.
 *
 * <p>Stateless and thread-safe.
 */
public final class Autocorrelation {

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
            java.util.Arrays.fill(none, Double.NaN);
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

    /** {@code Σ_{s<L-t} x̄_s x̄_{s+t}} for t = 0 … L-1, by zero-padded FFT (the circular sum equals the linear one). */
    private static double[] lagSums(double[] series, int length) {
        double mean = 0;
        for (int s = 0; s < length; s++) {
            mean += series[s];
        }
        mean /= length;
        int padded = Integer.highestOneBit(Math.max(1, 2 * length - 1)) << 1;
        var re = new double[padded];
        var im = new double[padded];
        for (int s = 0; s < length; s++) {
            re[s] = series[s] - mean;
        }
        var data = new double[][] {re, im};
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < padded; k++) {
            re[k] = re[k] * re[k] + im[k] * im[k];
            im[k] = 0;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.INVERSE);
        return java.util.Arrays.copyOf(re, length);
    }
}
