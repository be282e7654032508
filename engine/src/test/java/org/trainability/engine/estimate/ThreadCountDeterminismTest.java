package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ColouredBlockGibbs;
import org.trainability.engine.sample.GridCouplings;
import org.trainability.engine.sample.SingleSiteRule;
import org.trainability.engine.sample.SpinChainSampler;
import org.trainability.engine.sample.SpinLaw;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.sample.TemperingSampler;

/**
 * Same seed ⇒ identical output for any thread count: R·M chains on a 24×24 grid (576 spins, sparse
 * couplings) under several kernels, run on 1, 2 and 5 threads, must give bit-identical gradients
 * and series. As a control, a different seed must give different numbers (so the comparison is
 * not vacuous).
 */
class ThreadCountDeterminismTest {

    static ChainSampler sampler(String kernel) {
        var grid = GridCouplings.nearestNeighbour(24, 24, 0.4);
        var fields = new double[grid.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = 0.05 * ((i * 7) % 5 - 2);
        }
        var law = SpinLaw.onEdges(grid, fields, 1.0, true);
        return switch (kernel) {
            case "random-scan" -> new SpinChainSampler(law, SingleSiteRule.RANDOM_SCAN);
            case "metropolis" -> new SpinChainSampler(law, SingleSiteRule.METROPOLIS);
            case "checkerboard" -> new SpinChainSampler(law, ColouredBlockGibbs.checkerboard(grid));
            case "tempering" -> new TemperingSampler(law, new double[] {0.5, 0.75, 1.0});
            default -> throw new IllegalArgumentException(kernel);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"random-scan", "metropolis", "checkerboard", "tempering"})
    void theThreadCountChangesNoNumber(String kernel) {
        var s = sampler(kernel);
        var estimator = new CanonicalEstimator(s, new double[s.parameterCount()], Optional.empty());
        int window = switch (kernel) {
            case "checkerboard" -> 40;
            case "tempering" -> 400;
            default -> 4_000;
        };
        var base = new EstimatorSettings(3, 100, window, new StartLaw.Uniform(), 1);
        var one = estimator.run(base, 2, 99, true);
        for (int threads : new int[] {2, 5}) {
            var many = estimator.run(base.withThreads(threads), 2, 99, true);
            assertThat(many.gradients()).isDeepEqualTo(one.gradients());
            for (int a : new int[] {0, 17, s.parameterCount() - 1}) {
                assertThat(ChainSeries.of(CanonicalEstimator.firstReplicate(many, base), a))
                        .isDeepEqualTo(ChainSeries.of(CanonicalEstimator.firstReplicate(one, base), a));
            }
        }
        var other = estimator.run(base, 2, 100, false);
        assertThat(java.util.Arrays.deepEquals(other.gradients(), one.gradients())).isFalse();
    }
}
