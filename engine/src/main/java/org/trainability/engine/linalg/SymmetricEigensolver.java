package org.trainability.engine.linalg;

/**
 * Dense symmetric eigendecomposition: all eigenvalues (descending) and orthonormal eigenvectors.
 *
 * <p>Implementations: {@link LapackEigensolver} (OpenBLAS/LAPACK {@code dsyevd}, native) and
 * {@link EjmlEigensolver} (pure Java). {@link #preferred()} picks the native one when its library
 * loads and falls back to EJML otherwise. The two agree to rounding; an abstract test runs the same
 * checks against both.
 */
public interface SymmetricEigensolver {

    /**
     * Decomposes a real symmetric matrix.
     *
     * @param a n×n, row-major (equivalently column-major: it is symmetric). Only symmetry to rounding
     *     is assumed; the lower triangle is what is read. Not modified.
     * @param n the dimension
     * @throws IllegalArgumentException if {@code a} is not n·n long or holds a non-finite entry
     * @throws ArithmeticException if the algorithm fails to converge
     */
    SymmetricEigen decompose(double[] a, int n);

    /** A short name for reports: which library and algorithm. */
    String name();

    /** The OpenBLAS thread count {@link #preferred()} fixes, whatever the machine's core count. */
    int NATIVE_THREADS = 2;

    /**
     * The native LAPACK solver on exactly {@link #NATIVE_THREADS} OpenBLAS threads when it loads, else
     * the EJML one. The count is stated, not taken from the machine, so results do not depend on
     * how many cores there are (see {@link LapackEigensolver}); 2 threads halve the 4096-state time.
     */
    static SymmetricEigensolver preferred() {
        return LapackEigensolver.load(NATIVE_THREADS).map(s -> (SymmetricEigensolver) s)
                .orElseGet(EjmlEigensolver::new);
    }

    /** Checks the shape and entries of an input matrix. */
    static void requireSquareFinite(double[] a, int n) {
        if (n < 1 || a.length != (long) n * n) {
            throw new IllegalArgumentException("expected a " + n + "×" + n + " matrix (" + ((long) n * n)
                    + " entries), got " + a.length + " entries");
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException("matrix entry (" + (i / n) + "," + (i % n) + ") is " + a[i]);
            }
        }
    }
}
