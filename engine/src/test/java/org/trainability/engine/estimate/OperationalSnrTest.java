package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.trainability.engine.sample.ParallelChains;

/**
 * The Q_op interval's coverage on replicates whose true MSE is known: ĝ_r = g + Gaussian noise with
 * unequal variances σ_a², so MSE = Σσ_a² exactly.
 *
 * <p>Odds: {@value #SETS} independent replicate sets of R = 20; the check passes when the observed
 * coverage lies in [0.925, 0.975]. If the interval's true coverage is 0.95 the count is
 * Binomial(1000, 0.95) and the check fails by chance with the probability computed in the test
 * (about 3e-4); at a true coverage of 0.94 it would fail with probability about 0.015.
 */
class OperationalSnrTest {

    static final int SETS = 1_000;

    @Test
    void intervalCoversTheTrueQopAboutNinetyFivePercentOfTheTime() {
        var sigma = new double[] {0.05, 0.1, 0.2, 0.02, 0.3, 0.15};
        var g = new double[] {0.3, -0.2, 0.1, 0.05, 0.4, -0.1};
        double norm2 = 0;
        double mse = 0;
        for (int a = 0; a < g.length; a++) {
            norm2 += g[a] * g[a];
            mse += sigma[a] * sigma[a];
        }
        double trueQ = norm2 / mse;
        int replicates = 20;
        var root = ParallelChains.root(2024);
        int covered = 0;
        for (int set = 0; set < SETS; set++) {
            var rng = root.split();
            var gHats = new double[replicates][g.length];
            for (int r = 0; r < replicates; r++) {
                for (int a = 0; a < g.length; a++) {
                    gHats[r][a] = g[a] + sigma[a] * rng.nextGaussian();
                }
            }
            if (OperationalSnr.estimate(g, gHats).covers(trueQ)) {
                covered++;
            }
        }
        var binomial = new BinomialDistribution(null, SETS, 0.95);
        int low = (int) Math.ceil(0.925 * SETS);
        int high = (int) Math.floor(0.975 * SETS);
        double falseFailure = binomial.cumulativeProbability(low - 1) + 1 - binomial.cumulativeProbability(high);
        assertThat(falseFailure).isLessThan(1e-3);
        assertThat(covered).as("covered %d of %d (false-failure rate %.2g)", covered, SETS, falseFailure)
                .isBetween(low, high);
    }

    @Test
    void aNaiveIntervalThatIgnoresSpreadIsCaughtByTheSameCoverageCheck() {
        // Negative control: an interval of +-2% around the point estimate covers far less than 93%.
        var g = new double[] {0.3, -0.2};
        var root = ParallelChains.root(7);
        int covered = 0;
        for (int set = 0; set < 200; set++) {
            var rng = root.split();
            var gHats = new double[20][2];
            for (var row : gHats) {
                row[0] = g[0] + 0.1 * rng.nextGaussian();
                row[1] = g[1] + 0.1 * rng.nextGaussian();
            }
            var est = OperationalSnr.estimate(g, gHats);
            double trueQ = (0.09 + 0.04) / 0.02;
            if (Math.abs(est.qOp() - trueQ) <= 0.02 * est.qOp()) {
                covered++;
            }
        }
        assertThat(covered).isLessThan((int) (0.925 * 200));
    }

    @Test
    void pointEstimateIsNormOverMeanSquaredError() {
        var g = new double[] {1, 0};
        var est = OperationalSnr.estimate(g, new double[][] {{1.1, 0}, {0.8, 0.1}});
        assertThat(est.mse()).isCloseTo((0.01 + 0.04 + 0.01) / 2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(est.qOp()).isCloseTo(1 / 0.03, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(est.qOpLow()).isLessThan(est.qOp());
        assertThat(est.qOpHigh()).isGreaterThan(est.qOp());
    }

    @Test
    void oneReplicateIsRefused() {
        assertThatThrownBy(() -> OperationalSnr.estimate(new double[] {1}, new double[][] {{0.9}}))
                .hasMessageContaining("at least 2 replicates");
    }
}
