package org.trainability.engine.spectral;

import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.DetailedBalance;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricOperator;
import org.trainability.engine.linalg.Tolerance;

/**
 * {@code S = D^{1/2} P D^{-1/2}}, {@code D = diag(π)}, of a reversible kernel: symmetric, with the
 * spectrum of P. Entries are formed in log space ({@code exp(½(log π(x) - log π(y)) + log P(x,y))})
 * and the rounding-level asymmetry is averaged away ({@code (S + Sᵀ)/2}) once the measured
 * detailed-balance residual is within tolerance.
 *
 * <p>Refuses with {@link NotReversibleException} when the residual exceeds the tolerance (default
 * {@link #REVERSIBILITY}), naming the kernel and the residual. Immutable; thread-safe.
 */
public final class SymmetrizedKernel {

    /** The default reversibility tolerance on {@code ‖S - Sᵀ‖_F / ‖S‖_F}: rounding is ~1e-16. */
    public static final Tolerance REVERSIBILITY = Tolerance.relative(1e-10);

    private final KernelName name;
    private final int size;
    private final double[] entries;
    private final double residual;

    private SymmetrizedKernel(KernelName name, int size, double[] entries, double residual) {
        this.name = name;
        this.size = size;
        this.entries = entries;
        this.residual = residual;
    }

    /** Symmetrises with the default tolerance. */
    public static SymmetrizedKernel of(DenseKernel kernel, StationaryLaw law) {
        return of(kernel, law, REVERSIBILITY);
    }

    /**
     * Symmetrises a kernel that is reversible with respect to the law.
     *
     * @throws NotReversibleException if the relative detailed-balance residual exceeds the tolerance
     */
    public static SymmetrizedKernel of(DenseKernel kernel, StationaryLaw law, Tolerance reversibility) {
        return of(kernel, law.logWeights(), reversibility);
    }

    /**
     * Symmetrises a kernel that is reversible with respect to the law with these unnormalised
     * log-weights (a lumped chain's, for instance).
     *
     * @param logWeights {@code log π + const}, one per state. Not modified.
     * @throws NotReversibleException if the relative detailed-balance residual exceeds the tolerance
     */
    public static SymmetrizedKernel of(DenseKernel kernel, double[] logWeights, Tolerance reversibility) {
        int n = kernel.size();
        double residual = DetailedBalance.residual(kernel, logWeights);
        if (!reversibility.accepts(residual, 1.0)) {
            throw new NotReversibleException("kernel " + kernel.name() + " is not reversible with respect to π:"
                    + " measured detailed-balance residual ‖S − Sᵀ‖/‖S‖ = " + String.format("%.3e", residual)
                    + " (tolerance " + reversibility + "). The spectral formulas of docs/math.md §4 need a reversible"
                    + " kernel; use random-scan, symmetric-scan, metropolis or block-rbm.", residual);
        }
        var s = new double[n * n];
        for (int x = 0; x < n; x++) {
            s[x * n + x] = kernel.entry(x, x);
            for (int y = x + 1; y < n; y++) {
                double sym = 0.5 * (DetailedBalance.symmetrised(kernel, logWeights, x, y)
                        + DetailedBalance.symmetrised(kernel, logWeights, y, x));
                s[x * n + y] = sym;
                s[y * n + x] = sym;
            }
        }
        return new SymmetrizedKernel(kernel.name(), n, s, residual);
    }

    /** The kernel symmetrised. */
    public KernelName name() {
        return name;
    }

    /** The number of states. */
    public int size() {
        return size;
    }

    /** The measured relative detailed-balance residual before averaging. */
    public double residual() {
        return residual;
    }

    /** {@code S(x,y)}. */
    public double entry(int x, int y) {
        return entries[x * size + y];
    }

    /** S row-major, as a new array. */
    public double[] entries() {
        return entries.clone();
    }

    /** S as a matrix-free operator (for the Poisson solve). */
    public SymmetricOperator operator() {
        return SymmetricOperator.dense(entries, size);
    }

    /** Direct read access for the decomposition (no copy of a 4096×4096 matrix). */
    double[] entriesInPlace() {
        return entries;
    }
}
