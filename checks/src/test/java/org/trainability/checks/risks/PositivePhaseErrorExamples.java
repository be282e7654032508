package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Example;
import org.assertj.core.data.Offset;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.TrainingData;
import org.trainability.engine.model.TrainingProblem;

/**
 * The closed form of the sampled positive phase's error law against brute force: every joint
 * draw of the hidden units over all D' draws is enumerated with its probability, and the exact
 * mean and variance of {@code ‖p̂ − p‖²} are summed.
 */
class PositivePhaseErrorExamples {

    @Example
    void meanAndVarianceMatchEnumerationWithAndWithoutTrainedFields() {
        var w = new double[][] {{0.7, -0.4}, {0.2, 1.1}, {-0.5, 0.3}};
        for (boolean trainFields : new boolean[] {false, true}) {
            var rbm = new RbmModel(3, 2, w, new double[] {0.1, -0.2, 0.3}, new double[] {0.25, -0.6}, 1.3, trainFields);
            var data = List.of(new int[] {1, -1, 1}, new int[] {-1, -1, 1});
            for (int draws : new int[] {2, 4}) {
                var exact = bruteForce(rbm, data, draws);
                var closed = PositivePhaseError.of(rbm, data, draws);
                assertThat(closed.mean()).as("mean, fields %s, D' %d", trainFields, draws)
                        .isCloseTo(exact[0], Offset.offset(1e-13));
                assertThat(closed.variance()).as("variance, fields %s, D' %d", trainFields, draws)
                        .isCloseTo(exact[1], Offset.offset(1e-13));
            }
        }
    }

    @Example
    void drawsMustWeighEveryDataStateEqually() {
        var rbm = new RbmModel(2, 1, new double[][] {{1}, {1}}, new double[2], new double[1], 1, false);
        var data = List.of(new int[] {1, 1}, new int[] {1, -1});
        assertThatThrownBy(() -> PositivePhaseError.of(rbm, data, 3)).hasMessageContaining("multiple of the 2 data states");
        assertThatThrownBy(() -> PositivePhaseError.of(rbm, List.of(new int[] {1}), 1)).hasMessageContaining("1 spins");
    }

    /** {E e, Var e} by enumerating the 2^(m·D') joint hidden draws. */
    private static double[] bruteForce(RbmModel rbm, List<int[]> data, int draws) {
        int m = rbm.hidden();
        int n = rbm.visible();
        var exact = new TrainingProblem(rbm, new TrainingData.States(data)).dataExpectations();
        double first = 0;
        double second = 0;
        int bits = m * draws;
        for (int code = 0; code < 1 << bits; code++) {
            double probability = 1;
            var sum = new double[rbm.parameterCount()];
            for (int t = 0; t < draws; t++) {
                var v = data.get(t % data.size());
                var h = new int[m];
                for (int j = 0; j < m; j++) {
                    h[j] = ((code >> (t * m + j)) & 1) == 0 ? 1 : -1;
                    double up = 1 / (1 + Math.exp(-2 * rbm.beta() * rbm.hiddenInput(v, j)));
                    probability *= h[j] == 1 ? up : 1 - up;
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < m; j++) {
                        sum[k++] -= v[i] * h[j];
                    }
                }
                if (rbm.trainFields()) {
                    for (int i = 0; i < n; i++) {
                        sum[k++] -= v[i];
                    }
                    for (int j = 0; j < m; j++) {
                        sum[k++] -= h[j];
                    }
                }
            }
            double e = 0;
            for (int a = 0; a < sum.length; a++) {
                double d = sum[a] / draws - exact[a];
                e += d * d;
            }
            first += probability * e;
            second += probability * e * e;
        }
        return new double[] {first, second - first * first};
    }
}
