package org.trainability.engine.sensitivity;

import org.trainability.engine.linalg.SymmetricOperator;
import org.trainability.engine.spectral.SymmetrizedKernel;

/**
 * A symmetrised kernel S kept as its non-zero entries row by row (compressed rows), so that a
 * conjugate-gradient step costs O(non-zeros) instead of O(states²): a single-site kernel has N + 1
 * non-zeros per row. The entries are those of the dense S, exactly (zeros are dropped, nothing is
 * rounded). Immutable; thread-safe.
 */
final class SparseRows implements SymmetricOperator {

    private final int size;
    private final int[] rowStart;
    private final int[] column;
    private final double[] value;

    private SparseRows(int size, int[] rowStart, int[] column, double[] value) {
        this.size = size;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
    }

    /** The non-zero entries of S. */
    static SparseRows of(SymmetrizedKernel s) {
        int n = s.size();
        int count = 0;
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (s.entry(x, y) != 0) {
                    count++;
                }
            }
        }
        var start = new int[n + 1];
        var col = new int[count];
        var val = new double[count];
        int k = 0;
        for (int x = 0; x < n; x++) {
            start[x] = k;
            for (int y = 0; y < n; y++) {
                double e = s.entry(x, y);
                if (e != 0) {
                    col[k] = y;
                    val[k++] = e;
                }
            }
        }
        start[n] = k;
        return new SparseRows(n, start, col, val);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void apply(double[] in, double[] out) {
        for (int x = 0; x < size; x++) {
            double sum = 0;
            for (int k = rowStart[x]; k < rowStart[x + 1]; k++) {
                sum += value[k] * in[column[k]];
            }
            out[x] = sum;
        }
    }
}
