package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MeanShiftTest {

    @Test
    void theThresholdIsTheBonferroniNormalQuantile() {
        assertThat(MeanShift.threshold(0.05, 1)).isCloseTo(1.959964, Offset.offset(1e-6));
        assertThat(MeanShift.threshold(1e-6, 1)).isCloseTo(4.891638, Offset.offset(1e-5));
        assertThat(MeanShift.threshold(1e-6, 280)).isGreaterThan(MeanShift.threshold(1e-6, 1));
    }

    @Test
    void aShiftOfManyStandardErrorsIsDetectedAndNoneIsNot() {
        // Replicates ±1 around 0 (standard error 1/√R = 0.1), in two components.
        var replicates = new double[100][];
        for (int r = 0; r < 100; r++) {
            double sign = r % 2 == 0 ? 1 : -1;
            replicates[r] = new double[] {sign, 3 + sign};
        }
        var none = MeanShift.test(replicates, new double[] {0, 3}, 1e-6, 2);
        assertThat(none.detected()).isFalse();
        assertThat(none.largestZ()).isCloseTo(0, Offset.offset(1e-12));
        var shifted = MeanShift.test(replicates, new double[] {0, 2.2}, 1e-6, 2);
        assertThat(shifted.detected()).isTrue();
        assertThat(shifted.at()).isEqualTo(1);
        assertThat(shifted.largestZ()).isCloseTo(0.8 / (Math.sqrt(100.0 / 99) / 10), Offset.offset(1e-9));
    }

    @Test
    void constantReplicatesCountAsExactlyOnOrOffTheReference() {
        var replicates = new double[][] {{1, 2}, {1, 2}, {1, 2}};
        assertThat(MeanShift.test(replicates, new double[] {1, 2}, 1e-6, 2).detected()).isFalse();
        assertThat(MeanShift.test(replicates, new double[] {1, 2.5}, 1e-6, 2).largestZ()).isInfinite();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> MeanShift.test(new double[][] {{1}}, new double[] {0}, 1e-6, 1))
                .hasMessageContaining("at least 2 replicates");
        assertThatThrownBy(() -> MeanShift.test(new double[][] {{1, 2}, {1, 2}}, new double[] {0, 0}, 1e-6, 1))
                .hasMessageContaining("2 components");
        assertThatThrownBy(() -> MeanShift.threshold(0, 1)).hasMessageContaining("alpha in (0, 1)");
    }
}
