package org.trainability.checks.study;

import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;

/**
 * The exact first two moments of one chain's window averages, by brute force: the start law is
 * pushed through the transition matrix step by step ({@code μ_t = μ0 P^t}) and every pair of times
 * in the window is accounted for, with no eigendecomposition and no assumption of reversibility.
 * This is the reference the spectral formulas of docs/math.md §4 (O2's bias, O3's variance) are checked
 * against.
 *
 * <p>For observables centred at their stationary means, {@code f̄_a = f_a − π(f_a)}, and the window
 * average {@code Ā_a = (1/K) Σ_{t=B}^{B+K−1} f̄_a(X_t)} of a chain from μ0:
 * <ul>
 *   <li>{@code bias_a = E Ā_a} (docs/math.md §4's bias; {@code E ĝ_a − g_a = −bias_a});</li>
 *   <li>{@code secondMoment_a = E Ā_a²}, built from
 *       {@code K² E Ā² = Σ_t μ_t(f̄²) + 2 Σ_{s<t} (μ_s ∘ f̄) P^{t−s} f̄}, where the inner sums are
 *       carried forward as one row vector per observable, {@code z_{t+1} = (z_t + μ_t ∘ f̄) P}, so the
 *       cost is (number of observables + 1) vector–matrix products per step;</li>
 *   <li>{@code variance_a = secondMoment_a − bias_a²}.</li>
 * </ul>
 * For M independent chains the estimator's error is {@code Σ_a (bias_a² + variance_a / M)} (O1).
 *
 * @param bias         {@code E Ā_a} per observable
 * @param secondMoment {@code E Ā_a²} per observable
 */
public record WindowMoments(double[] bias, double[] secondMoment) {

    public WindowMoments {
        bias = bias.clone();
        secondMoment = secondMoment.clone();
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    @Override
    public double[] secondMoment() {
        return secondMoment.clone();
    }

    /** {@code Var Ā_a} of one chain. */
    public double variance(int a) {
        return secondMoment[a] - bias[a] * bias[a];
    }

    /** {@code Σ_a bias_a²}. */
    public double squaredBias() {
        double s = 0;
        for (double b : bias) {
            s += b * b;
        }
        return s;
    }

    /** {@code Σ_a Var Ā_a} of one chain. */
    public double totalVariance() {
        double s = 0;
        for (int a = 0; a < bias.length; a++) {
            s += variance(a);
        }
        return s;
    }

    /** {@code E‖ĝ − g‖² = Σ_a bias_a² + Σ_a Var Ā_a / M} for M independent chains (O1). */
    public double meanSquaredError(int chains) {
        return squaredBias() + totalVariance() / chains;
    }

    /**
     * The moments of the law's observables, centred at their stationary means.
     *
     * @param kernel the transition matrix (any, reversible or not)
     * @param law    the law whose means centre the observables
     * @param mu0    the start law over the states. Not modified.
     * @param burnIn B ≥ 0
     * @param window K ≥ 1
     */
    public static WindowMoments of(DenseKernel kernel, StationaryLaw law, double[] mu0, long burnIn, int window) {
        var means = law.expectations();
        var centred = new double[law.parameterCount()][];
        for (int a = 0; a < centred.length; a++) {
            centred[a] = law.observable(a);
            for (int x = 0; x < centred[a].length; x++) {
                centred[a][x] -= means[a];
            }
        }
        return of(kernel, centred, mu0, burnIn, window);
    }

    /**
     * The moments of given observables (taken as they are: centre them first to get a bias).
     *
     * @param kernel      the transition matrix
     * @param observables one row per observable, over the kernel's states. Not modified.
     * @param mu0         the start law. Not modified.
     * @param burnIn      B ≥ 0
     * @param window      K ≥ 1
     */
    public static WindowMoments of(DenseKernel kernel, double[][] observables, double[] mu0, long burnIn,
            int window) {
        int n = kernel.size();
        if (mu0.length != n) {
            throw new IllegalArgumentException("the start law has " + mu0.length + " states, the kernel " + n);
        }
        if (burnIn < 0 || window < 1) {
            throw new IllegalArgumentException("need B >= 0 and K >= 1, got B = " + burnIn + ", K = " + window);
        }
        int p = observables.length;
        var rows = SparseRows.of(kernel);
        var mu = mu0.clone();
        for (long t = 0; t < burnIn; t++) {
            mu = rows.step(mu);
        }
        var first = new double[p];
        var squares = new double[p];
        var cross = new double[p];
        var carried = new double[p][n];
        var scratch = new double[n];
        for (int t = 0; t < window; t++) {
            for (int a = 0; a < p; a++) {
                var f = observables[a];
                var z = carried[a];
                double m = 0;
                double sq = 0;
                double c = 0;
                for (int x = 0; x < n; x++) {
                    double weighted = mu[x] * f[x];
                    m += weighted;
                    sq += weighted * f[x];
                    c += z[x] * f[x];
                    scratch[x] = z[x] + weighted;
                }
                first[a] += m;
                squares[a] += sq;
                cross[a] += c;
                if (t + 1 < window) {
                    carried[a] = rows.step(scratch);
                }
            }
            if (t + 1 < window) {
                mu = rows.step(mu);
            }
        }
        var bias = new double[p];
        var second = new double[p];
        double k = window;
        for (int a = 0; a < p; a++) {
            bias[a] = first[a] / k;
            second[a] = (squares[a] + 2 * cross[a]) / (k * k);
        }
        return new WindowMoments(bias, second);
    }

    /** The kernel's non-zero entries row by row: single-site kernels have N + 1 per row, not 2^N. */
    private record SparseRows(int[] start, int[] column, double[] value) {

        static SparseRows of(DenseKernel kernel) {
            int n = kernel.size();
            var start = new int[n + 1];
            var columns = new java.util.ArrayList<Integer>();
            var values = new java.util.ArrayList<Double>();
            for (int x = 0; x < n; x++) {
                start[x] = columns.size();
                for (int y = 0; y < n; y++) {
                    double v = kernel.entry(x, y);
                    if (v != 0) {
                        columns.add(y);
                        values.add(v);
                    }
                }
            }
            start[n] = columns.size();
            return new SparseRows(start, columns.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** {@code μ ↦ μP}. */
        double[] step(double[] mu) {
            int n = start.length - 1;
            var out = new double[n];
            for (int x = 0; x < n; x++) {
                double m = mu[x];
                if (m == 0) {
                    continue;
                }
                for (int k = start[x]; k < start[x + 1]; k++) {
                    out[column[k]] += m * value[k];
                }
            }
            return out;
        }
    }
}
