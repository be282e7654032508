package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RESOLVED rule on series whose answer is known. */
class ResolutionRuleTest {

    @Test
    void aLongStationaryAr1SeriesIsResolved() {
        // tau = 9.5, L = 40,000 = 4,200 tau.
        var verdict = ResolutionRule.judge(Ar1Series.chains(0.9, 4, 40_000, 41), 5);
        assertThat(verdict.resolution()).as(verdict.reasons().toString()).isEqualTo(Resolution.RESOLVED);
        assertThat(verdict.growthSlope()).isLessThan(ResolutionRule.MAX_GROWTH_SLOPE);
    }

    @Test
    void aSeriesShorterThanFiftyTausIsUnresolved() {
        // tau = 999.5 with L = 4,000: the window may even be found, but L < 50 tau.
        var verdict = ResolutionRule.judge(Ar1Series.chains(0.999, 4, 4_000, 42), 5);
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(verdict.reasons()).isNotEmpty();
    }

    @Test
    void randomWalksShowTauGrowingWithL() {
        var verdict = ResolutionRule.judge(Ar1Series.randomWalks(4, 16_000, 43), 5);
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(verdict.growthSlope()).isGreaterThan(ResolutionRule.MAX_GROWTH_SLOPE);
        assertThat(verdict.reasons()).anyMatch(r -> r.contains("still growing"));
    }

    @Test
    void aConstantChainIsUnresolved() {
        var chains = new double[][] {new double[400], Ar1Series.chains(0.1, 1, 400, 44)[0]};
        var verdict = ResolutionRule.judge(chains, 5);
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(verdict.reasons()).anyMatch(r -> r.contains("constant"));
    }

    @Test
    void tooShortForTheGrowthTestIsUnresolved() {
        var verdict = ResolutionRule.judge(new double[][] {{1, 2, 1, 3, 2, 1, 3}}, 5);
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
    }

    @Test
    void chainsStuckInDifferentWellsAreUnresolvedThoughEachLooksResolved() {
        // Four well-resolved AR(1) chains (tau = 9.5, L = 4,200 tau), two shifted to +1 and two to -1:
        // every within-chain condition holds, only the between-chain comparison sees two wells.
        var chains = Ar1Series.chains(0.9, 4, 40_000, 45);
        for (int c = 0; c < chains.length; c++) {
            for (int t = 0; t < chains[c].length; t++) {
                chains[c][t] += c < 2 ? 1 : -1;
            }
        }
        var verdict = ResolutionRule.judge(chains, 5);
        assertThat(verdict.withinChainResolved()).as(verdict.reasons().toString()).isTrue();
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(verdict.mixingReasons()).anyMatch(r -> r.startsWith("R̂ = "));
        assertThat(verdict.diagnostics().orElseThrow().rhat()).isGreaterThan(ResolutionRule.MAX_RHAT);
    }

    @Test
    void tooFewEffectiveDrawsAreUnresolvedThoughLIsManyTaus() {
        // tau = 1.5 and L = 200 = 133 tau per chain, but two chains give only about 2·200/3 = 133 draws.
        var verdict = ResolutionRule.judge(Ar1Series.chains(0.5, 2, 200, 46), 5);
        assertThat(verdict.withinChainResolved()).as(verdict.reasons().toString()).isTrue();
        assertThat(verdict.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(verdict.mixingReasons()).anyMatch(r -> r.startsWith("bulk ESS"));
    }

    @Test
    void slopeOfAPowerLawIsItsExponent() {
        double s = ResolutionRule.logLogSlope(new double[] {10, 20, 40}, new double[] {3, 6, 12});
        assertThat(s).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
