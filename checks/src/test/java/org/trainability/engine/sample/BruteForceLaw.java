package org.trainability.engine.sample;

/**
 * A deliberately naive reference for the sampler tests: the Gibbs law of a small model by summing
 * {@code exp(log weight − max)} over all 2^N states (math.md §1 indexing: bit i of s is 1 ⇔
 * x_i = −1). Independent of the sampler's incremental local fields.
 */
final class BruteForceLaw {

    private BruteForceLaw() {
    }

    static int[] spins(int s, int n) {
        var x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = ((s >>> i) & 1) == 0 ? 1 : -1;
        }
        return x;
    }

    static int index(int[] x) {
        int s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == -1) {
                s |= 1 << i;
            }
        }
        return s;
    }

    /** π of an Ising law at the given β, from its dense couplings and fields. */
    static double[] ising(double[][] j, double[] b, double beta) {
        int n = b.length;
        var logw = new double[1 << n];
        for (int s = 0; s < logw.length; s++) {
            var x = spins(s, n);
            double e = 0;
            for (int a = 0; a < n; a++) {
                e -= b[a] * x[a];
                for (int c = a + 1; c < n; c++) {
                    e -= j[a][c] * x[a] * x[c];
                }
            }
            logw[s] = -beta * e;
        }
        return normalise(logw);
    }

    /** π(v) ∝ exp(β bᵀv) Π_j 2cosh(β(c_j + (Wᵀv)_j)) of an RBM. */
    static double[] rbmMarginal(double[][] w, double[] b, double[] c, double beta) {
        int n = b.length;
        var logw = new double[1 << n];
        for (int s = 0; s < logw.length; s++) {
            var v = spins(s, n);
            double l = 0;
            for (int i = 0; i < n; i++) {
                l += beta * b[i] * v[i];
            }
            for (int jj = 0; jj < c.length; jj++) {
                double a = c[jj];
                for (int i = 0; i < n; i++) {
                    a += w[i][jj] * v[i];
                }
                l += Math.log(2 * Math.cosh(beta * a));
            }
            logw[s] = l;
        }
        return normalise(logw);
    }

    private static double[] normalise(double[] logw) {
        double max = java.util.Arrays.stream(logw).max().orElseThrow();
        double z = 0;
        var p = new double[logw.length];
        for (int s = 0; s < p.length; s++) {
            p[s] = Math.exp(logw[s] - max);
            z += p[s];
        }
        for (int s = 0; s < p.length; s++) {
            p[s] /= z;
        }
        return p;
    }

    /** max_s |p̂(s) − p(s)| / max_s p(s): the sampler tests' distance. */
    static double relativeMaxError(double[] empirical, double[] exact) {
        double worst = 0;
        double top = 0;
        for (int s = 0; s < exact.length; s++) {
            worst = Math.max(worst, Math.abs(empirical[s] - exact[s]));
            top = Math.max(top, exact[s]);
        }
        return worst / top;
    }
}
