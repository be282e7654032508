package org.trainability.engine.estimate;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The multi-chain diagnostics of docs/math.md §5 (Vehtari, Gelman, Simpson, Carpenter and Bürkner
 * 2021, "Rank-normalization, folding, and localization: an improved R̂"), computed as ArviZ
 * computes them, to 1e-8 (ChainDiagnosticsTest, against numbers ArviZ produced):
 * <ul>
 *   <li>each of the M chains is split into its first and last ⌊L/2⌋ draws (2M halves of length n);</li>
 *   <li>the pooled draws are rank-normalised, {@code z = Φ⁻¹((r − 3/8)/(S + 1/4))} with average
 *       ranks r over all S draws; classic R̂ on z is the <b>bulk R̂</b>, on the rank-normalised
 *       folded draws {@code |x − median|} the <b>tail R̂</b>, and {@code R̂ = max(bulk, tail)};</li>
 *   <li>the effective sample size uses the multi-chain autocorrelation
 *       {@code ρ̂_t = 1 − (W − mean_m(s²_m ρ̂_{t,m}))/var⁺} truncated by Geyer's initial positive
 *       sequence and made monotone; <b>bulk ESS</b> is it on the rank-normalised split chains,
 *       <b>tail ESS</b> the smaller of those of the indicators {@code x ≤ q₀.₀₅} and
 *       {@code x ≤ q₀.₉₅} (quantiles of type 7 over all draws);</li>
 *   <li>the <b>Monte Carlo standard error of the mean</b> is {@code sd / √ESS_mean}, with the ESS
 *       of the split chains themselves and the sample standard deviation of all draws.</li>
 * </ul>
 * Chains that never meet (stuck in different wells) show as R̂ ≫ 1 and a small bulk ESS, which
 * within-chain autocorrelation alone cannot see. With one chain the split halves still give an
 * R̂ (Stan's convention; ArviZ reports none).
 *
 * <p>Stateless and thread-safe.
 */
public final class ChainDiagnostics {

    /** The tail ESS uses these two quantiles. */
    public static final double LOWER_TAIL = 0.05;
    public static final double UPPER_TAIL = 0.95;

    private ChainDiagnostics() {
    }

    /**
     * Everything at once.
     *
     * @param rhatBulk R̂ of the rank-normalised split chains
     * @param rhatTail R̂ of the rank-normalised folded split chains
     * @param essBulk  ESS of the rank-normalised split chains
     * @param essTail  the smaller ESS of the 5% and 95% quantile indicators
     * @param essMean  ESS of the split chains themselves (what the mean's error uses)
     * @param mcseMean Monte Carlo standard error of the mean of all draws
     */
    public record Summary(double rhatBulk, double rhatTail, double essBulk, double essTail, double essMean,
            double mcseMean) {

        /** {@code max(bulk, tail)}, the R̂ to judge by. */
        public double rhat() {
            return Math.max(rhatBulk, rhatTail);
        }
    }

    /**
     * The diagnostics of M chains of one observable.
     *
     * @param chains one row per chain, all of one length L ≥ 4, finite values. Not modified.
     * @throws IllegalArgumentException for no chains, unequal or short chains, or a non-finite value
     */
    public static Summary of(double[][] chains) {
        var split = split(chains);
        var splitValues = pooled(split);
        var splitOrder = ascending(splitValues);
        double median = median(splitValues, splitOrder);
        var foldedValues = Arrays.stream(splitValues).map(x -> Math.abs(x - median)).toArray();
        int n = split[0].length;
        var z = rankNormalised(splitValues, splitOrder, split.length, n);
        var zFolded = rankNormalised(foldedValues, ascending(foldedValues), split.length, n);
        // For an even L the split draws are all the draws; for an odd L the middle ones are added back.
        var all = chains[0].length % 2 == 0 ? splitValues : pooled(chains);
        var allOrder = all == splitValues ? splitOrder : ascending(all);
        double essMean = ess(split);
        double essTail = Math.min(quantileEss(chains, all, allOrder, LOWER_TAIL),
                quantileEss(chains, all, allOrder, UPPER_TAIL));
        return new Summary(classicRhat(z), classicRhat(zFolded), ess(z), essTail, essMean,
                standardDeviation(chains) / Math.sqrt(essMean));
    }

    /** All values of the rows, row after row. */
    private static double[] pooled(double[][] rows) {
        int n = rows[0].length;
        var values = new double[rows.length * n];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, values, r * n, n);
        }
        return values;
    }

    /** The indices of {@code values} in ascending order of value (stable). */
    private static int[] ascending(double[] values) {
        var order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        DoubleArrays.radixSortIndirect(order, values, true);
        return order;
    }

    /** The chains' first and last ⌊L/2⌋ draws, as 2M rows (the middle draw of an odd L is left out). */
    static double[][] split(double[][] chains) {
        validate(chains);
        int length = chains[0].length;
        int half = length / 2;
        var out = new double[2 * chains.length][];
        for (int m = 0; m < chains.length; m++) {
            out[m] = Arrays.copyOfRange(chains[m], 0, half);
            out[chains.length + m] = Arrays.copyOfRange(chains[m], length - half, length);
        }
        return out;
    }

    /**
     * Classic R̂ of equally long rows: {@code √(((n−1)/n · W + B/n) / W)} with W the mean within-row
     * variance and B/n the variance of the row means.
     */
    static double classicRhat(double[][] rows) {
        int n = rows[0].length;
        var means = new double[rows.length];
        double within = 0;
        for (int r = 0; r < rows.length; r++) {
            means[r] = mean(rows[r]);
            within += variance(rows[r], means[r]);
        }
        within /= rows.length;
        double between = n * variance(means, mean(means));
        return Math.sqrt((between / within + n - 1) / n);
    }

    /**
     * {@code Φ⁻¹((r − 3/8)/(S + 1/4))} of every value, r its average rank among all S values, laid
     * out as {@code rows × n}.
     *
     * @param order the indices of {@code values} in ascending order
     */
    private static double[][] rankNormalised(double[] values, int[] order, int rows, int n) {
        int size = values.length;
        var z = new double[rows][n];
        for (int i = 0; i < size;) {
            int j = i;
            while (j + 1 < size && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            // ties share the average of the ranks they span, counted from 1
            double p = ((i + j) / 2.0 + 1 - 0.375) / (size + 0.25);
            double zValue = Math.sqrt(2) * Erf.erfInv(2 * p - 1);
            for (int k = i; k <= j; k++) {
                z[order[k] / n][order[k] % n] = zValue;
            }
            i = j + 1;
        }
        return z;
    }

    /**
     * The multi-chain effective sample size of equally long rows (Geyer's initial monotone
     * sequence on the combined autocorrelation), as ArviZ's {@code _ess}; {@code S} itself when the
     * rows are constant.
     */
    static double ess(double[][] rows) {
        int chains = rows.length;
        int n = rows[0].length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (var row : rows) {
            for (double x : row) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        if (max - min < 1e-15) {
            return (double) chains * n;
        }
        var acov = new double[chains][];
        var means = new double[chains];
        for (int m = 0; m < chains; m++) {
            acov[m] = Autocorrelation.autocovariance(rows[m], n);
            means[m] = mean(rows[m]);
        }
        double meanVar = meanAt(acov, 0) * n / (n - 1.0);
        double varPlus = meanVar * (n - 1.0) / n;
        if (chains > 1) {
            varPlus += variance(means, mean(means));
        }
        var rho = new double[n];
        double even = 1.0;
        rho[0] = even;
        double odd = 1.0 - (meanVar - meanAt(acov, 1)) / varPlus;
        rho[1] = odd;
        int t = 1;
        while (t < n - 3 && even + odd > 0.0) {
            even = 1.0 - (meanVar - meanAt(acov, t + 1)) / varPlus;
            odd = 1.0 - (meanVar - meanAt(acov, t + 2)) / varPlus;
            if (even + odd >= 0) {
                rho[t + 1] = even;
                rho[t + 2] = odd;
            }
            t += 2;
        }
        int maxT = t - 2;
        if (even > 0) {
            rho[maxT + 1] = even;
        }
        for (t = 1; t <= maxT - 2; t += 2) {
            if (rho[t + 1] + rho[t + 2] > rho[t - 1] + rho[t]) {
                rho[t + 1] = (rho[t - 1] + rho[t]) / 2.0;
                rho[t + 2] = rho[t + 1];
            }
        }
        double total = (double) chains * n;
        double tau = -1.0;
        for (int s = 0; s <= maxT; s++) {
            tau += 2.0 * rho[s];
        }
        tau += rho[maxT + 1];
        tau = Math.max(tau, 1 / Math.log10(total));
        return total / tau;
    }

    /** ESS of the indicator {@code x ≤ q_p}, q_p the type-7 quantile of all draws (in {@code order}). */
    private static double quantileEss(double[][] chains, double[] all, int[] order, double p) {
        double h = (all.length - 1) * p;
        int lo = (int) Math.floor(h);
        double low = all[order[lo]];
        double q = lo + 1 < all.length ? low + (h - lo) * (all[order[lo + 1]] - low) : low;
        var indicator = new double[chains.length][];
        for (int m = 0; m < chains.length; m++) {
            indicator[m] = Arrays.stream(chains[m]).map(x -> x <= q ? 1.0 : 0.0).toArray();
        }
        return ess(split(indicator));
    }

    private static double median(double[] values, int[] order) {
        int k = values.length / 2;
        return values.length % 2 == 1 ? values[order[k]] : (values[order[k - 1]] + values[order[k]]) / 2;
    }

    private static double standardDeviation(double[][] chains) {
        var all = Arrays.stream(chains).flatMapToDouble(Arrays::stream).toArray();
        return Math.sqrt(variance(all, mean(all)));
    }

    private static double meanAt(double[][] acov, int lag) {
        double sum = 0;
        for (var a : acov) {
            sum += a[lag];
        }
        return sum / acov.length;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance (divisor n − 1). */
    private static double variance(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (x.length - 1);
    }

    private static void validate(double[][] chains) {
        if (chains.length == 0) {
            throw new IllegalArgumentException("no chains given");
        }
        int length = chains[0].length;
        if (length < 4) {
            throw new IllegalArgumentException("the diagnostics need at least 4 draws per chain, got " + length);
        }
        for (int m = 0; m < chains.length; m++) {
            if (chains[m].length != length) {
                throw new IllegalArgumentException("chain " + m + " has " + chains[m].length + " draws, chain 0 has "
                        + length);
            }
            for (int t = 0; t < length; t++) {
                if (!Double.isFinite(chains[m][t])) {
                    throw new IllegalArgumentException("chain " + m + " has the non-finite value " + chains[m][t]
                            + " at draw " + t);
                }
            }
        }
    }
}
