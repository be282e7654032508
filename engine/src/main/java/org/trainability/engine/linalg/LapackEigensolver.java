package org.trainability.engine.linalg;

import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * {@link SymmetricEigensolver} through LAPACK's divide-and-conquer {@code dsyevd} as shipped by
 * OpenBLAS inside the {@code org.bytedeco:openblas} artifact (no system library needed).
 *
 * <p><b>Threads and reproducibility.</b> OpenBLAS's thread count is a process-wide setting; this
 * solver sets it to its own fixed count before every call (so the stated count, not the machine's
 * cores, decides), and {@link SymmetricEigensolver#preferred()} states
 * {@link SymmetricEigensolver#NATIVE_THREADS}. Different counts give results that differ in the
 * last bits (measured: 1 vs 2 threads at 4096 states), which is why the count is fixed; with a fixed
 * count repeated runs give bitwise identical results (a test shows it). Across CPU types OpenBLAS
 * may pick different kernels, so results there agree to rounding only. Calls are serialised on a lock because the
 * thread setting is global, which makes an instance thread-safe.
 *
 * <p>Failure modes: {@link #load} returns empty when the native library cannot be loaded (then use
 * {@link EjmlEigensolver}); a non-zero LAPACK info raises {@link ArithmeticException}.
 */
public final class LapackEigensolver implements SymmetricEigensolver {

    private static final Object NATIVE_LOCK = new Object();

    private final int threads;

    private LapackEigensolver(int threads) {
        this.threads = threads;
    }

    /**
     * Loads the native library and returns a solver that runs OpenBLAS on {@code threads} threads, or
     * empty if the library cannot be loaded on this machine.
     */
    public static Optional<LapackEigensolver> load(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        try {
            Loader.load(openblas.class);
            return Optional.of(new LapackEigensolver(threads));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            return Optional.empty();
        }
    }

    /** The OpenBLAS thread count this solver sets before each call. */
    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return "LAPACK dsyevd (OpenBLAS, " + threads + " thread" + (threads == 1 ? "" : "s") + ")";
    }

    @Override
    public SymmetricEigen decompose(double[] a, int n) {
        SymmetricEigensolver.requireSquareFinite(a, n);
        var work = a.clone();
        var ascending = new double[n];
        int info;
        synchronized (NATIVE_LOCK) {
            openblas.blas_set_num_threads(threads);
            info = openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'L', n, work, n, ascending);
        }
        if (info != 0) {
            throw new ArithmeticException("LAPACK dsyevd failed on a " + n + "×" + n + " matrix (info = " + info + ")");
        }
        // dsyevd returns ascending eigenvalues with eigenvector j in column j (contiguous, column-major).
        var values = new double[n];
        var vectors = new double[n * n];
        for (int j = 0; j < n; j++) {
            int from = n - 1 - j;
            values[j] = ascending[from];
            System.arraycopy(work, from * n, vectors, j * n, n);
        }
        return SymmetricEigen.adopt(values, vectors);
    }
}
