package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.StartLaw;

/**
 * The τ ∝ L diagnostic on series whose behaviour is known: random walks (never stationary, τ̂ a
 * fixed fraction of L) must be flagged; a stationary AR(1) series with τ = 9.5 and independent
 * spins under random scan (τ = N − ½ for a single spin) must resolve and not be flagged.
 *
 * <p>Odds: over 20 seeds the random walks gave τ̂/L between 0.03 and 0.09 at every L (the rule
 * needs below 0.02) and the AR(1) chains resolved at every L ≥ 2,000 (L/τ̂ above 150); the seeds
 * here are fixed.
 */
class TauGrowthDiagnosticTest {

    static final int[] LADDER = {1_000, 2_000, 4_000, 8_000, 16_000};

    @Test
    void randomWalksGrowWithTheRunLength() {
        var walks = Ar1Series.randomWalks(8, 16_000, 71);
        var growth = TauGrowthDiagnostic.judge(List.of("walk"), List.<double[][]>of(walks), LADDER, 5);
        assertThat(growth.growsWithLength()).isTrue();
        assertThat(growth.ladderSlope()).isBetween(0.7, 1.3);
        assertThat(growth.tauOverLengthSpread()).isLessThan(3);
        assertThat(growth.rungs()).allSatisfy(r -> assertThat(r.resolution()).isEqualTo(Resolution.UNRESOLVED));
        assertThat(growth.rungs().get(0).slowest()).isEqualTo("walk");
    }

    @Test
    void aStationarySeriesResolvesAndIsNotFlagged() {
        var ar1 = Ar1Series.chains(0.9, 4, 16_000, 72);
        var walks = Ar1Series.randomWalks(4, 16_000, 73);
        var growth = TauGrowthDiagnostic.judge(List.of("ar1"), List.<double[][]>of(ar1), LADDER, 5);
        assertThat(growth.growsWithLength()).isFalse();
        assertThat(growth.resolvedAtLongest()).isTrue();
        assertThat(growth.tauMax()[LADDER.length - 1]).isBetween(7.0, 12.0);
        // With a random walk beside it, the worst verdict and the largest τ̂ are the walk's.
        var both = TauGrowthDiagnostic.judge(List.of("ar1", "walk"), List.of(ar1, walks), LADDER, 5);
        assertThat(both.resolvedAtLongest()).isFalse();
        assertThat(both.rungs().get(LADDER.length - 1).slowest()).isEqualTo("walk");
        assertThat(both.rungs().get(0).verdicts()).hasSize(2);
    }

    @Test
    void onASamplerItResolvesIndependentSpinsWhateverTheThreadCount() {
        var model = new IsingModel(6, new double[6][6], new double[6], 1.0, true);
        var sampler = ModelSamplers.of(model, KernelName.RANDOM_SCAN, Optional.empty());
        var probe = TauGrowthDiagnostic.Probe.observable("x0", model.parameterCount() - 6, model.parameterCount());
        var one = TauGrowthDiagnostic.run(sampler, List.of(probe),
                new TauGrowthDiagnostic.Settings(4, 0, new StartLaw.Uniform(), new int[] {2_000, 8_000}, 5, 1), 74);
        var two = TauGrowthDiagnostic.run(sampler, List.of(probe),
                new TauGrowthDiagnostic.Settings(4, 0, new StartLaw.Uniform(), new int[] {2_000, 8_000}, 5, 2), 74);
        assertThat(one.resolvedAtLongest()).isTrue();
        assertThat(one.growsWithLength()).isFalse();
        assertThat(one.tauMax()[1]).isBetween(4.0, 7.0); // exact: N − ½ = 5.5
        assertThat(two.tauMax()).containsExactly(one.tauMax());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new TauGrowthDiagnostic.Probe("none", new double[3]))
                .hasMessageContaining("no non-zero weight");
        assertThatThrownBy(() -> new TauGrowthDiagnostic.Settings(4, 0, new StartLaw.Uniform(), new int[] {1_000, 500}, 5, 1))
                .hasMessageContaining("strictly ascending");
        var model = new IsingModel(3, new double[3][3], new double[3], 1.0, false);
        var sampler = ModelSamplers.of(model, KernelName.RANDOM_SCAN, Optional.empty());
        var settings = new TauGrowthDiagnostic.Settings(2, 0, new StartLaw.Uniform(), new int[] {100}, 5, 1);
        assertThatThrownBy(() -> TauGrowthDiagnostic.run(sampler, List.of(new TauGrowthDiagnostic.Probe("p", new double[] {1})),
                settings, 1)).hasMessageContaining("1 weights for 3 parameters");
        assertThatThrownBy(() -> TauGrowthDiagnostic.run(sampler, List.of(), settings, 1))
                .hasMessageContaining("at least one probe");
    }
}
