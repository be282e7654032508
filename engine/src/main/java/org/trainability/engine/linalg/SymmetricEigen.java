package org.trainability.engine.linalg;

/**
 * An eigendecomposition {@code A = Σ_j λ_j u_j u_jᵀ} of a real symmetric n×n matrix: eigenvalues
 * in descending order and orthonormal eigenvectors, eigenvector j stored contiguously at
 * {@code [j·n, (j+1)·n)} of {@link #vectors()} (the sign of each is arbitrary, as is the basis
 * inside a degenerate eigenspace).
 *
 * <p>Immutable: arrays are copied in and out, except by {@link #vectorEntry} and {@link #dot},
 * which read in place. Thread-safe.
 */
public final class SymmetricEigen {

    private final int n;
    private final double[] values;
    private final double[] vectors;

    /**
     * @param values eigenvalues, descending (the first pair may be out of order by rounding, as
     *     after {@link #withLastReplacedFirst}). Not modified.
     * @param vectors n·n entries, eigenvector j at {@code [j·n, (j+1)·n)}. Not modified.
     */
    public SymmetricEigen(double[] values, double[] vectors) {
        this(values.clone(), vectors.clone(), true);
    }

    private SymmetricEigen(double[] values, double[] vectors, boolean owned) {
        this.n = values.length;
        if (vectors.length != (long) n * n) {
            throw new IllegalArgumentException("expected " + n + "×" + n + " eigenvector entries, got " + vectors.length);
        }
        for (int j = 1; j < n; j++) {
            if (values[j] > values[j - 1] && !(j == 1 && values[j] - values[0] <= 1e-9 * Math.max(1, Math.abs(values[0])))) {
                throw new IllegalArgumentException("eigenvalues must be in descending order (index " + j + ")");
            }
        }
        this.values = values;
        this.vectors = vectors;
    }

    /** Takes ownership of the arrays (no copy): for the solvers, which made them. */
    static SymmetricEigen adopt(double[] values, double[] vectors) {
        return new SymmetricEigen(values, vectors, true);
    }

    /**
     * A decomposition with the last (smallest) eigenpair replaced by a known one placed first:
     * how a deflated decomposition gets back the eigenpair that was shifted out of the way (the
     * stationary mode of a Markov kernel). Copies once.
     *
     * @param value the known eigenvalue, not below any other by more than rounding (1e-9 relative)
     * @param vector its unit eigenvector, length n. Not modified.
     */
    public SymmetricEigen withLastReplacedFirst(double value, double[] vector) {
        if (vector.length != n || (n > 1 && value < values[0] - 1e-9 * Math.max(1, Math.abs(value)))) {
            throw new IllegalArgumentException("the known eigenpair must have length " + n
                    + " and the largest eigenvalue");
        }
        var newValues = new double[n];
        var newVectors = new double[n * n];
        newValues[0] = value;
        System.arraycopy(vector, 0, newVectors, 0, n);
        System.arraycopy(values, 0, newValues, 1, n - 1);
        System.arraycopy(vectors, 0, newVectors, n, (n - 1) * n);
        return new SymmetricEigen(newValues, newVectors, true);
    }

    /** The dimension n. */
    public int size() {
        return n;
    }

    /** The eigenvalues, descending (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** Eigenvalue j (0-based, descending). */
    public double value(int j) {
        return values[j];
    }

    /** All eigenvectors, vector j at {@code [j·n, (j+1)·n)} (a copy). */
    public double[] vectors() {
        return vectors.clone();
    }

    /** Eigenvector j as a new array. */
    public double[] vector(int j) {
        var v = new double[n];
        System.arraycopy(vectors, j * n, v, 0, n);
        return v;
    }

    /** Component i of eigenvector j. */
    public double vectorEntry(int j, int i) {
        return vectors[j * n + i];
    }

    /**
     * Coefficients of vectors in the eigenbasis: {@code out[r·n + j] = u_j · row_r} for rows
     * {@code row_r = rows[r·n, (r+1)·n)}. Blocked over four eigenvectors at a time so each row is
     * read once per block (the product is memory-bound at 4096 states otherwise).
     *
     * @param rows {@code count} vectors of length n, contiguous. Not modified.
     * @param count the number of rows
     */
    public double[] coefficients(double[] rows, int count) {
        if (rows.length != (long) count * n) {
            throw new IllegalArgumentException("expected " + count + " rows of " + n + " entries, got " + rows.length);
        }
        var out = new double[count * n];
        int j = 0;
        for (; j + 3 < n; j += 4) {
            int b0 = j * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            for (int r = 0; r < count; r++) {
                int rb = r * n;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int i = 0; i < n; i++) {
                    double x = rows[rb + i];
                    s0 += vectors[b0 + i] * x;
                    s1 += vectors[b1 + i] * x;
                    s2 += vectors[b2 + i] * x;
                    s3 += vectors[b3 + i] * x;
                }
                out[rb + j] = s0;
                out[rb + j + 1] = s1;
                out[rb + j + 2] = s2;
                out[rb + j + 3] = s3;
            }
        }
        for (; j < n; j++) {
            for (int r = 0; r < count; r++) {
                double s0 = 0;
                for (int i = 0; i < n; i++) {
                    s0 += vectors[j * n + i] * rows[r * n + i];
                }
                out[r * n + j] = s0;
            }
        }
        return out;
    }

    /**
     * The inner product {@code u_j · x}.
     *
     * @param x length n. Not modified.
     */
    public double dot(int j, double[] x) {
        double s = 0;
        int base = j * n;
        for (int i = 0; i < n; i++) {
            s += vectors[base + i] * x[i];
        }
        return s;
    }
}
