package org.trainability.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;

/** The kernel derivative against central differences of the random-scan kernel's own entries. */
class HeatBathDerivativeTest {

    /** A 4-spin model with every coupling and field different, β = 0.8. */
    private static IsingModel model() {
        double[][] j = {
            {0, 0.4, -0.7, 0.2},
            {0.4, 0, 0.9, -0.3},
            {-0.7, 0.9, 0, 0.5},
            {0.2, -0.3, 0.5, 0},
        };
        return new IsingModel(4, j, new double[] {0.1, -0.4, 0.3, 0.05}, 0.8, false);
    }

    private static IsingModel shifted(IsingModel m, int k, int l, double by) {
        var j = m.couplings();
        j[k][l] += by;
        j[l][k] += by;
        return new IsingModel(m.n(), j, m.fields(), m.beta(), m.trainFields());
    }

    @Test
    void everyEntryMatchesCentralDifferencesOfTheKernel() {
        var m = model();
        var derivative = HeatBathDerivative.of(m);
        double h = 1e-5;
        double worst = 0;
        for (int k = 0; k < 4; k++) {
            for (int l = k + 1; l < 4; l++) {
                var up = ExactKernels.build(KernelName.RANDOM_SCAN, shifted(m, k, l, h));
                var down = ExactKernels.build(KernelName.RANDOM_SCAN, shifted(m, k, l, -h));
                for (int x = 0; x < 16; x++) {
                    for (int i = 0; i < 4; i++) {
                        int y = x ^ (1 << i);
                        double fd = (up.entry(x, y) - down.entry(x, y)) / (2 * h);
                        worst = Math.max(worst, Math.abs(fd - derivative.flipDerivative(x, i, k, l)));
                    }
                }
            }
        }
        // Truncation h²·P''' ≈ 1e-10 and rounding ε/h ≈ 1e-11: entries are O(0.1).
        assertThat(worst).isLessThan(1e-8);
    }

    @Test
    void sitesOutsideTheCouplingDoNotMove() {
        var derivative = HeatBathDerivative.of(model());
        for (int x = 0; x < 16; x++) {
            assertThat(derivative.flipDerivative(x, 2, 0, 1)).isZero();
            assertThat(derivative.flipDerivative(x, 3, 0, 1)).isZero();
        }
        assertThat(derivative.spins()).isEqualTo(4);
        assertThat(derivative.states()).isEqualTo(16);
    }
}
