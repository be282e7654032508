package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.spectral.SpectralAnalysis;

/**
 * The sampler and the estimators against Engine I's exact answers: empirical Q_op against exact
 * stationary Q_op (coverage of the interval), and τ̂ against the exact spectral τ_int.
 */
class SamplerAgainstExactTest {

    static IsingModel generic(int n, double scale, double beta, long seed) {
        var rng = ParallelChains.root(seed);
        var j = new double[n][n];
        var b = new double[n];
        for (int a = 0; a < n; a++) {
            b[a] = 0.3 * (2 * rng.nextDouble() - 1);
            for (int c = a + 1; c < n; c++) {
                j[a][c] = j[c][a] = scale * (2 * rng.nextDouble() - 1);
            }
        }
        return new IsingModel(n, j, b, beta, true);
    }

    static double[] dataMoments(Model m, long seed) {
        var rng = ParallelChains.root(seed);
        var d = new double[m.parameterCount()];
        for (int a = 0; a < d.length; a++) {
            d[a] = 0.5 * (2 * rng.nextDouble() - 1);
        }
        return d;
    }

    /**
     * Coverage of the Q_op interval on the sampler itself: {@value #SETS} independent replicate sets
     * (R = 20, M = 2, K = 100, μ0 = exact π) on an N = 4 model under random-scan, each interval
     * checked against exact Q_op(K). Passing band [0.90, 0.99]: if the true coverage is 0.95 the
     * check fails by chance with probability about 2e-4 (computed below from the binomial law); at
     * a true coverage of 0.94, about 3e-3.
     */
    static final int SETS = 300;

    @Test
    void theQopIntervalCoversExactQopAboutNinetyFivePercentOfTheTime() {
        var model = generic(4, 0.8, 1.0, 31);
        var law = EnumeratedLaw.of(model);
        var exact = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model));
        var data = dataMoments(model, 32);
        var g = law.gradient(data);
        int m = 2;
        int k = 100;
        double exactQ = exact.predict(g, k, m, 1e-3).qOp();
        var estimator = new CanonicalEstimator(ModelSamplers.of(model, KernelName.RANDOM_SCAN, Optional.empty()), data,
                Optional.empty());
        var settings = new EstimatorSettings(m, 0, k, new StartLaw.Exact(law.probabilities()), 1);
        int covered = 0;
        for (int set = 0; set < SETS; set++) {
            var run = estimator.run(settings, 20, 1000 + set, false);
            if (OperationalSnr.estimate(g, run.gradients()).covers(exactQ)) {
                covered++;
            }
        }
        var binomial = new BinomialDistribution(null, SETS, 0.95);
        int low = (int) Math.ceil(0.90 * SETS);
        int high = (int) Math.floor(0.99 * SETS);
        double falseFailure = binomial.cumulativeProbability(low - 1) + 1 - binomial.cumulativeProbability(high);
        assertThat(falseFailure).isLessThan(1e-3);
        assertThat(covered).as("intervals covering exact Q_op = %s: %d of %d", exactQ, covered, SETS)
                .isBetween(low, high);
    }

    @Test
    void aBiasedStartWithoutBurnInIsCaughtByTheInterval() {
        // Negative control: all-plus start, B = 0, short window, on a ferromagnet whose pair
        // correlations are far from 1 — the window average is biased towards the all-plus
        // correlations, the MSE inflated, and exact stationary Q_op falls above the interval.
        int n = 5;
        var j = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                j[a][c] = a == c ? 0 : 0.3;
            }
        }
        var model = new IsingModel(n, j, new double[n], 1.0, false);
        var law = EnumeratedLaw.of(model);
        var exact = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model));
        var data = dataMoments(model, 33);
        var g = law.gradient(data);
        double exactQ = exact.predict(g, 20, 2, 1e-3).qOp();
        var estimator = new CanonicalEstimator(ModelSamplers.of(model, KernelName.RANDOM_SCAN, Optional.empty()), data,
                Optional.empty());
        var biased = estimator.run(new EstimatorSettings(2, 0, 20, new StartLaw.AllPlus(), 1), 40, 34, false);
        var est = OperationalSnr.estimate(g, biased.gradients());
        assertThat(est.covers(exactQ)).as("exact %s vs interval [%s, %s]", exactQ, est.qOpLow(), est.qOpHigh()).isFalse();
        // The same check on a stationary start passes (as any 95% interval does, 19 times in 20).
        var fair = estimator.run(new EstimatorSettings(2, 0, 20, new StartLaw.Exact(law.probabilities()), 1), 40, 34, false);
        assertThat(OperationalSnr.estimate(g, fair.gradients()).covers(exactQ)).isTrue();
    }

    /**
     * τ̂ from random-scan chains (M = 4, L = 100,000, μ0 = π) against the exact spectral τ_int of
     * every observable of an N = 5 model, within 4 of Sokal's standard errors. Fifteen comparisons
     * at 4σ: if τ̂ were normal with that error, the chance of a false failure is about 1e-3. As a
     * negative control, the τ̂ of Metropolis chains on the same model must miss random-scan's exact
     * τ_int for some observable by more than that margin.
     */
    @Test
    void tauHatMatchesExactSpectralTauAndTellsKernelsApart() {
        var model = generic(5, 0.7, 1.0, 41);
        var law = EnumeratedLaw.of(model);
        var exactTau = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model)).tauInt();
        var start = new StartLaw.Exact(law.probabilities());
        var settings = new EstimatorSettings(4, 0, 100_000, start, 2);
        var data = new double[model.parameterCount()];
        var randomScan = new CanonicalEstimator(ModelSamplers.of(model, KernelName.RANDOM_SCAN, Optional.empty()), data,
                Optional.empty()).run(settings, 1, 42, true);
        for (int a = 0; a < exactTau.length; a++) {
            var est = IntegratedAutocorrelationTime.estimate(ChainSeries.of(randomScan.chains(), a), 5);
            assertThat(est.tauInt()).as("parameter %d: tau-hat %s vs exact %s (se %s)", a, est.tauInt(), exactTau[a],
                    est.standardError()).isCloseTo(exactTau[a], org.assertj.core.data.Offset.offset(4 * est.standardError()));
        }
        var metropolis = new CanonicalEstimator(ModelSamplers.of(model, KernelName.METROPOLIS, Optional.empty()), data,
                Optional.empty()).run(settings, 1, 43, true);
        boolean told = false;
        for (int a = 0; a < exactTau.length; a++) {
            var est = IntegratedAutocorrelationTime.estimate(ChainSeries.of(metropolis.chains(), a), 5);
            told |= Math.abs(est.tauInt() - exactTau[a]) > 4 * est.standardError();
        }
        assertThat(told).as("Metropolis chains must not pass as random-scan").isTrue();
    }
}
