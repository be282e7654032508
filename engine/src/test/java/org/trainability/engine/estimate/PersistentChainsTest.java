package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.StartLaw;

/**
 * Persistent chains along a parameter path: with no parameter change from π the exact expectation
 * is E_π f (no lag); along a moving path the sampled replicate mean matches the exact expectation
 * (each of the 3·6 components within 5.5 standard errors: false failure below 1e-6 by Bonferroni
 * and the normal approximation of a mean of 4,000 bounded values); the thread count changes
 * nothing.
 */
class PersistentChainsTest {

    static IsingModel model(double coupling) {
        var j = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                j[a][b] = coupling * (1 + 0.3 * a - 0.2 * b);
                j[b][a] = j[a][b];
            }
        }
        return new IsingModel(4, j, new double[4], 1.0, false);
    }

    @Test
    void withoutParameterChangeFromStationarityThereIsNoLag() {
        var m = model(0.8);
        var law = EnumeratedLaw.of(m);
        var kernel = ExactKernels.build(KernelName.RANDOM_SCAN, m);
        var expected = PersistentChains.expectedWindowMeans(List.of(kernel, kernel, kernel), List.of(law, law, law),
                law.probabilities(), 7);
        for (var means : expected) {
            assertThat(means).containsExactly(law.expectations(), Offset.offset(1e-13));
        }
    }

    @Test
    void theSampledPathMatchesItsExactExpectationOnAnyThreadCount() {
        var models = List.of(model(0.2), model(0.6), model(1.2));
        var samplers = new ArrayList<ChainSampler>();
        var kernels = new ArrayList<DenseKernel>();
        var laws = new ArrayList<EnumeratedLaw>();
        for (var m : models) {
            samplers.add(ModelSamplers.of(m, KernelName.RANDOM_SCAN, Optional.empty()));
            kernels.add(ExactKernels.build(KernelName.RANDOM_SCAN, m));
            laws.add(EnumeratedLaw.of(m));
        }
        var start = new StartLaw.Exact(laws.get(0).probabilities());
        int replicates = 2_000;
        var run = PersistentChains.run(samplers, models, new PersistentChains.Settings(2, 5, start, replicates, 1), 81);
        var expected = PersistentChains.expectedWindowMeans(kernels, laws, laws.get(0).probabilities(), 5);
        int p = models.get(0).parameterCount();
        double lagged = 0;
        for (int t = 0; t < models.size(); t++) {
            for (int a = 0; a < p; a++) {
                double mean = 0;
                for (var r : run) {
                    mean += r[t][a] / replicates;
                }
                double ss = 0;
                for (var r : run) {
                    ss += (r[t][a] - mean) * (r[t][a] - mean);
                }
                double se = Math.sqrt(ss / (replicates - 1) / replicates);
                assertThat(Math.abs(mean - expected[t][a]) / se).as("update %d, parameter %d", t, a).isLessThan(5.5);
                lagged = Math.max(lagged, Math.abs(expected[t][a] - laws.get(t).expectations()[a]));
            }
        }
        assertThat(lagged).as("the path moves faster than 5 steps relax it").isGreaterThan(0.01);
        var twoThreads = PersistentChains.run(samplers, models, new PersistentChains.Settings(2, 5, start, replicates, 2), 81);
        assertThat(java.util.Arrays.deepEquals(twoThreads, run)).isTrue();
    }

    @Test
    void aPathMustKeepItsStateSpaceAndObservables() {
        var small = model(0.5);
        var other = new IsingModel(3, new double[3][3], new double[3], 1.0, false);
        var settings = new PersistentChains.Settings(1, 1, new StartLaw.Uniform(), 1, 1);
        assertThatThrownBy(() -> PersistentChains.run(List.of(), List.of(), settings, 1)).hasMessageContaining("at least one update");
        assertThatThrownBy(() -> PersistentChains.run(
                List.of(ModelSamplers.of(small, KernelName.RANDOM_SCAN, Optional.empty()), ModelSamplers.of(other, KernelName.RANDOM_SCAN,
                        Optional.empty())), List.of(small, other), settings, 1))
                .hasMessageContaining("update 1 changes the number of units or parameters");
        assertThatThrownBy(() -> new PersistentChains.Settings(0, 1, new StartLaw.Uniform(), 1, 1)).hasMessageContaining(">= 1");
    }
}
