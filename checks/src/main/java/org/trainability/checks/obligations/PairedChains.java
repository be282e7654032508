package org.trainability.checks.obligations;

import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;

/**
 * Two chains run side by side as one chain on pairs of states, so that brute force
 * ({@link WindowMoments}) gives the exact error of the M = 2 estimator without the decomposition
 * O1 asserts: the observable on a pair is {@code (f̄(x) + f̄(y))/2}. Either the two copies are
 * independent (kernel {@code P ⊗ P}, start {@code μ0 ⊗ μ0}) — the canonical estimator — or they
 * are perfectly coupled (both move together, start on the diagonal), which is O1's negative
 * control: its error is {@code ‖b‖² + Σ Var}, not {@code ‖b‖² + Σ Var/2}. Stateless; thread-safe.
 */
public final class PairedChains {

    private PairedChains() {
    }

    /**
     * The exact {@code E‖ĝ − g‖²} of two chains.
     *
     * @param kernel      P on n states
     * @param law         its law (for the centring means)
     * @param mu0         the start law. Not modified.
     * @param independent independent copies, or perfectly coupled ones
     */
    public static double meanSquaredError(DenseKernel kernel, StationaryLaw law, double[] mu0, long burnIn,
            int window, boolean independent) {
        int n = kernel.size();
        int pairs = n * n;
        var rows = new double[pairs][pairs];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                var row = rows[x * n + y];
                if (independent || x != y) {
                    for (int u = 0; u < n; u++) {
                        double pxu = kernel.entry(x, u);
                        if (pxu == 0) {
                            continue;
                        }
                        for (int v = 0; v < n; v++) {
                            row[u * n + v] = pxu * kernel.entry(y, v);
                        }
                    }
                } else {
                    for (int u = 0; u < n; u++) {
                        row[u * n + u] = kernel.entry(x, u);
                    }
                }
            }
        }
        var pairKernel = DenseKernel.of(kernel.name(), rows);
        var start = new double[pairs];
        for (int x = 0; x < n; x++) {
            if (independent) {
                for (int y = 0; y < n; y++) {
                    start[x * n + y] = mu0[x] * mu0[y];
                }
            } else {
                start[x * n + x] = mu0[x];
            }
        }
        var means = law.expectations();
        var observables = new double[law.parameterCount()][pairs];
        for (int a = 0; a < observables.length; a++) {
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    observables[a][x * n + y] = 0.5 * (law.observable(a, x) + law.observable(a, y)) - means[a];
                }
            }
        }
        var moments = WindowMoments.of(pairKernel, observables, start, burnIn, window);
        double total = 0;
        for (double m : moments.secondMoment()) {
            total += m;
        }
        return total;
    }
}
