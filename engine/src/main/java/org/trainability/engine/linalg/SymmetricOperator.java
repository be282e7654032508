package org.trainability.engine.linalg;

/**
 * A real symmetric linear operator known only through its action {@code v ↦ Av}: what the
 * matrix-free path of docs/math.md §6 needs (conjugate gradients, Lanczos). Implementations say whether
 * they are thread-safe; {@link #dense} is.
 */
public interface SymmetricOperator {

    /** The dimension n. */
    int size();

    /**
     * {@code out = A in}.
     *
     * @param in length n. Not modified.
     * @param out length n; overwritten
     */
    void apply(double[] in, double[] out);

    /**
     * The operator of a dense symmetric matrix.
     *
     * @param a n×n row-major, symmetric. Not modified (copied).
     */
    static SymmetricOperator dense(double[] a, int n) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "×" + n + " entries, got " + a.length);
        }
        var m = a.clone();
        return new SymmetricOperator() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void apply(double[] in, double[] out) {
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    int base = i * n;
                    for (int j = 0; j < n; j++) {
                        s += m[base + j] * in[j];
                    }
                    out[i] = s;
                }
            }
        };
    }
}
