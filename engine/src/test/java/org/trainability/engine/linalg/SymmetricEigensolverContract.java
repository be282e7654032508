package org.trainability.engine.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The one set of checks every {@link SymmetricEigensolver} must pass; a subclass per implementation. */
abstract class SymmetricEigensolverContract {

    abstract SymmetricEigensolver solver();

    static double[] randomSymmetric(int n, long seed) {
        var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        var a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = rng.nextGaussian();
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        }
        return a;
    }

    @Test
    void eigenpairsSatisfyTheEquationAndAreOrthonormal() {
        int n = 60;
        var a = randomSymmetric(n, 11);
        var copy = a.clone();
        var eig = solver().decompose(a, n);
        assertThat(a).as("input not modified").containsExactly(copy);
        double norm = 0;
        for (double v : a) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < n; j++) {
            var u = eig.vector(j);
            double residual = 0;
            for (int i = 0; i < n; i++) {
                double au = 0;
                for (int k = 0; k < n; k++) {
                    au += a[i * n + k] * u[k];
                }
                residual = Math.max(residual, Math.abs(au - eig.value(j) * u[i]));
            }
            assertThat(residual).as("‖Au − λu‖∞ for j = %d", j).isLessThan(1e-12 * norm);
            for (int k = j; k < n; k++) {
                double dot = eig.dot(k, u);
                assertThat(dot).isCloseTo(j == k ? 1 : 0, org.assertj.core.data.Offset.offset(1e-13));
            }
            if (j > 0) {
                assertThat(eig.value(j)).isLessThanOrEqualTo(eig.value(j - 1));
            }
        }
    }

    @Test
    void diagonalMatrixGivesItsEntriesInDescendingOrder() {
        var a = new double[] {2, 0, 0, 0, -1, 0, 0, 0, 5};
        var eig = solver().decompose(a, 3);
        assertThat(eig.values()).containsExactly(5, 2, -1);
        assertThat(Math.abs(eig.vectorEntry(0, 2))).isEqualTo(1.0);
    }

    @Test
    void agreesWithTheOtherImplementation() {
        int n = 40;
        var a = randomSymmetric(n, 5);
        var mine = solver().decompose(a, n);
        var reference = new EjmlEigensolver().decompose(a, n);
        for (int j = 0; j < n; j++) {
            assertThat(mine.value(j)).isCloseTo(reference.value(j), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void refusesNonFiniteEntriesAndWrongShapes() {
        assertThatThrownBy(() -> solver().decompose(new double[] {1, Double.NaN, Double.NaN, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> solver().decompose(new double[3], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2×2");
    }
}
