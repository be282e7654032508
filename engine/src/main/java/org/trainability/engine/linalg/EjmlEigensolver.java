package org.trainability.engine.linalg;

import java.util.Arrays;
import java.util.Comparator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * Pure-Java {@link SymmetricEigensolver} using EJML's symmetric QR algorithm (tridiagonalisation
 * then implicit QR). The fallback where the native library cannot load: same results to rounding,
 * roughly an order of magnitude slower at 4096 states. Single-threaded, so its results do not
 * depend on the machine's thread count. Stateless; thread-safe.
 */
public final class EjmlEigensolver implements SymmetricEigensolver {

    @Override
    public String name() {
        return "EJML symmetric QR (pure Java)";
    }

    @Override
    public SymmetricEigen decompose(double[] a, int n) {
        SymmetricEigensolver.requireSquareFinite(a, n);
        var m = new DMatrixRMaj(n, n);
        // Read the lower triangle only, as LAPACK does, so both solvers see the same matrix.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = a[i * n + j];
                m.unsafe_set(i, j, v);
                m.unsafe_set(j, i, v);
            }
        }
        var eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new ArithmeticException("EJML's symmetric eigendecomposition failed on a " + n + "×" + n + " matrix");
        }
        var order = new Integer[n];
        var raw = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            raw[j] = eig.getEigenvalue(j).real;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> raw[j]).reversed());
        var values = new double[n];
        var vectors = new double[n * n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            values[k] = raw[j];
            var v = eig.getEigenVector(j);
            for (int i = 0; i < n; i++) {
                vectors[k * n + i] = v.get(i, 0);
            }
        }
        return SymmetricEigen.adopt(values, vectors);
    }
}
