package org.trainability.engine.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The contract against native LAPACK. The library ships inside the Maven artifact for
 * linux-x86_64, so on this project's machines it must load: a failure to load fails here rather
 * than silently testing the fallback twice.
 */
class LapackEigensolverTest extends SymmetricEigensolverContract {

    @Override
    SymmetricEigensolver solver() {
        return LapackEigensolver.load(SymmetricEigensolver.NATIVE_THREADS)
                .orElseThrow(() -> new AssertionError("the OpenBLAS native library did not load"));
    }

    @Test
    void preferredSolverIsTheNativeOne() {
        assertThat(SymmetricEigensolver.preferred()).isInstanceOf(LapackEigensolver.class);
    }

    /** With the thread count fixed, repeated decompositions are bitwise identical. */
    @Test
    void fixedThreadCountGivesBitwiseRepeatableResults() {
        int n = 300;
        var a = randomSymmetric(n, 17);
        var first = solver().decompose(a, n);
        var second = solver().decompose(a, n);
        assertThat(second.values()).containsExactly(first.values());
        assertThat(second.vectors()).containsExactly(first.vectors());
    }
}
