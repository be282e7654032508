package org.trainability.engine.kernel;

/**
 * A Markov kernel on {@code size} states as a dense row-stochastic matrix:
 * {@code P(x, y)} = probability of moving from x to y in one step; a distribution μ evolves as
 * {@code μ ↦ μP}.
 *
 * <p>Immutable: the entries are copied in by {@link #of} and out by {@link #entries()}; the
 * builders in this package hand over arrays they made. Thread-safe.
 */
public final class DenseKernel {

    private final KernelName name;
    private final int size;
    private final double[] entries;

    DenseKernel(KernelName name, int size, double[] entries) {
        if (entries.length != (long) size * size) {
            throw new IllegalArgumentException("expected " + size + "×" + size + " entries, got " + entries.length);
        }
        this.name = name;
        this.size = size;
        this.entries = entries;
    }

    /**
     * A kernel from its matrix.
     *
     * @param rows P, size×size, row-stochastic. Not modified.
     */
    public static DenseKernel of(KernelName name, double[][] rows) {
        int n = rows.length;
        var e = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries; expected " + n);
            }
            System.arraycopy(rows[i], 0, e, i * n, n);
        }
        return new DenseKernel(name, n, e);
    }

    /** Which kernel this is. */
    public KernelName name() {
        return name;
    }

    /** The number of states. */
    public int size() {
        return size;
    }

    /** {@code P(x, y)}. */
    public double entry(int x, int y) {
        return entries[x * size + y];
    }

    /** The entries row-major, as a new array. */
    public double[] entries() {
        return entries.clone();
    }

    /** The largest {@code |Σ_y P(x,y) - 1|} over rows, and the smallest entry (must be ≥ 0). */
    public double stochasticityError() {
        double worst = 0;
        for (int x = 0; x < size; x++) {
            double s = 0;
            for (int y = 0; y < size; y++) {
                double p = entries[x * size + y];
                if (p < 0 || !Double.isFinite(p)) {
                    return Double.POSITIVE_INFINITY;
                }
                s += p;
            }
            worst = Math.max(worst, Math.abs(s - 1));
        }
        return worst;
    }

    /**
     * One step of a distribution: {@code μP}.
     *
     * @param mu a row vector of length size. Not modified.
     */
    public double[] stepDistribution(double[] mu) {
        var out = new double[size];
        for (int x = 0; x < size; x++) {
            double m = mu[x];
            if (m == 0) {
                continue;
            }
            int base = x * size;
            for (int y = 0; y < size; y++) {
                out[y] += m * entries[base + y];
            }
        }
        return out;
    }

    /**
     * One step of a function: {@code (Pf)(x) = Σ_y P(x,y) f(y)}.
     *
     * @param f a column vector of length size. Not modified.
     */
    public double[] applyToFunction(double[] f) {
        var out = new double[size];
        for (int x = 0; x < size; x++) {
            double s = 0;
            int base = x * size;
            for (int y = 0; y < size; y++) {
                s += entries[base + y] * f[y];
            }
            out[x] = s;
        }
        return out;
    }
}
