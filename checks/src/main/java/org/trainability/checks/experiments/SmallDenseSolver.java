package org.trainability.checks.experiments;

import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.LapackEigensolver;
import org.trainability.engine.linalg.SymmetricEigensolver;

/**
 * The eigensolver the experiments' many small decompositions (64 to 512 states) use: LAPACK on one
 * OpenBLAS thread, else EJML. At these sizes a second thread saves nothing and, on a machine whose
 * cores are taken by other builds, two OpenBLAS threads waiting on each other made a 512-state
 * decomposition 10–20 times slower (measured: 0.4–1.0 s against 50–90 ms). A fixed count keeps the
 * results bitwise repeatable. Immutable; thread-safe (the native calls are serialised).
 */
final class SmallDenseSolver {

    /** One OpenBLAS thread, or the pure-Java fallback when the native library does not load. */
    static final SymmetricEigensolver INSTANCE = LapackEigensolver.load(1)
            .map(s -> (SymmetricEigensolver) s).orElseGet(EjmlEigensolver::new);

    private SmallDenseSolver() {
    }
}
