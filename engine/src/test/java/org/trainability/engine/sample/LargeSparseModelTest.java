package org.trainability.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.engine.estimate.CanonicalEstimator;
import org.trainability.engine.estimate.ChainSeries;
import org.trainability.engine.estimate.EstimatorSettings;
import org.trainability.engine.estimate.ResolutionRule;

/**
 * A model far beyond enumeration, the size of the DTM's 60_12 layer: a 60×60 periodic grid of
 * degree 12 (3,600 spins, 21,600 couplings), sampled through the canonical estimator on two
 * threads, with τ̂ on a few of its 25,200 observables; the incrementally kept local fields are
 * still exact at the end, and a greedy proper colouring gives a block-Gibbs kernel for it.
 */
class LargeSparseModelTest {

    static SpinLaw sixtyTwelve() {
        var grid = GridCouplings.periodic(60, 60, GridCouplings.DEGREE_12, 0.15);
        var fields = new double[grid.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = 0.1 * Math.sin(i);
        }
        return SpinLaw.onEdges(grid, fields, 1.0, true);
    }

    @Test
    void sixtyByTwelveRunsThroughTheEstimator() {
        var law = sixtyTwelve();
        assertThat(law.size()).isEqualTo(3_600);
        assertThat(law.couplings().edgeCount()).isEqualTo(21_600);
        for (int i = 0; i < law.size(); i++) {
            assertThat(law.couplings().degree(i)).isEqualTo(12);
        }
        assertThat(law.couplings().usesDenseRows()).isFalse();
        var sampler = new SpinChainSampler(law, SingleSiteRule.RANDOM_SCAN);
        var estimator = new CanonicalEstimator(sampler, new double[law.parameterCount()], Optional.empty());
        var settings = new EstimatorSettings(2, 10_000, 100_000, new StartLaw.Uniform(), 2);
        var run = estimator.run(settings, 2, 77, true);
        assertThat(run.gradients()).hasDimensions(2, 25_200);
        for (int a : new int[] {0, 12_345, 21_600, 25_199}) {
            var verdict = ResolutionRule.judge(ChainSeries.of(CanonicalEstimator.firstReplicate(run, settings), a), 5);
            assertThat(verdict.estimate().tauInt()).isGreaterThan(0.4);
        }
        var chain = new SpinChain(law, new StartLaw.Uniform().draw(law.size(), ParallelChains.root(78)));
        SingleSiteRule.METROPOLIS.advance(chain, ParallelChains.root(79), 2_000_000);
        var x = chain.state();
        for (int i = 0; i < law.size(); i++) {
            assertThat(chain.localField(i)).isCloseTo(law.couplings().couplingSum(x, i) + law.field(i),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aGreedyColouringGivesABlockKernelAndTheCheckerboardIsRefused() {
        var law = sixtyTwelve();
        var colouring = law.couplings().greedyColouring();
        assertThat(law.couplings().isProperColouring(colouring)).isTrue();
        var kernel = new ColouredBlockGibbs(law.couplings(), colouring, "coloured-block");
        assertThat(kernel.colours()).isBetween(3, 13);
        var chain = new SpinChain(law, new StartLaw.AllPlus().draw(law.size(), ParallelChains.root(80)));
        kernel.advance(chain, ParallelChains.root(81), 50);
        assertThat(chain.time()).isEqualTo(50);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColouredBlockGibbs.checkerboard(law.couplings()))
                .hasMessageContaining("more than two colours");
        var bad = new int[law.size()];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColouredBlockGibbs(law.couplings(), bad, "bad"))
                .hasMessageContaining("proper colouring");
    }
}
