package org.trainability.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * Every sampler against the exact law of its model (Engine I's enumeration): the empirical law of
 * the visited states must satisfy {@code max|p̂ − p| / max p < 0.02}, and the same sampler run on
 * the model with β 10% too high — a wrong conditional — must be caught by the same criterion.
 *
 * <p>Odds: each run makes {@value #STEPS} steps ({@value #SLOW_STEPS} for Metropolis and
 * tempering, whose target replica gets a sixth of the updates; {@value #SWEEP_STEPS} for the
 * kernels whose step is a sweep or a block update). The error falls like 1/sqrt(steps): measured at
 * ten times these lengths it was 2e-4 to 5e-3, and at these lengths it sits three to ten times below
 * 0.02, so a correct sampler fails only on a fluctuation of several standard deviations of the
 * worst state. The wrong-β runs miss by a factor of three or more. Seeds are fixed, so the outcome
 * is reproducible.
 */
class SamplerLawTest {

    static final long STEPS = 3_000_000;
    static final long SLOW_STEPS = 12_000_000;
    static final long SWEEP_STEPS = 1_000_000;
    static final double TOLERANCE = 0.02;

    static double[][] randomCouplings(int n, double scale, long seed, boolean bipartite) {
        var rng = ParallelChains.root(seed);
        var j = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (bipartite && (a + b) % 2 == 0) {
                    continue;
                }
                j[a][b] = j[b][a] = scale * (2 * rng.nextDouble() - 1);
            }
        }
        return j;
    }

    static double[] randomFields(int n, double scale, long seed) {
        var rng = ParallelChains.root(seed);
        var b = new double[n];
        for (int a = 0; a < n; a++) {
            b[a] = scale * (2 * rng.nextDouble() - 1);
        }
        return b;
    }

    static Model hotter(Model m) {
        if (m instanceof IsingModel i) {
            return new IsingModel(i.n(), i.couplings(), i.fields(), 1.1 * i.beta(), i.trainFields());
        }
        if (m instanceof RbmModel r) {
            return new RbmModel(r.visible(), r.hidden(), r.weights(), r.visibleFields(), r.hiddenFields(),
                    1.1 * r.beta(), r.trainFields());
        }
        var d = (DenoisingLayer) m;
        return new DenoisingLayer((IsingModel) hotter(d.energy()), d.gamma(), d.input());
    }

    record Case(String name, Model model, KernelName kernel, Optional<double[]> ladder, Optional<double[]> hotLadder) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        int n = 7;
        var ising = new IsingModel(n, randomCouplings(n, 0.7, 1, false), randomFields(n, 0.3, 2), 1.0, true);
        var bipartite = new IsingModel(8, randomCouplings(8, 0.8, 3, true), randomFields(8, 0.3, 4), 1.0, false);
        var w = new double[6][3];
        var rng = ParallelChains.root(5);
        for (var row : w) {
            for (int q = 0; q < row.length; q++) {
                row[q] = 0.9 * (2 * rng.nextDouble() - 1);
            }
        }
        var rbm = new RbmModel(6, 3, w, randomFields(6, 0.3, 6), randomFields(3, 0.3, 7), 1.0, true);
        var layer = new DenoisingLayer(new IsingModel(6, randomCouplings(6, 0.8, 8, false), new double[6], 1.0, false),
                0.4, new int[] {1, -1, -1, 1, 1, -1});
        var none = Optional.<double[]>empty();
        var cases = Stream.<Case>builder();
        for (var k : SingleSiteRule.values()) {
            cases.add(new Case(k.label(), ising, KernelName.parse(k.label()), none, none));
        }
        cases.add(new Case("checkerboard", bipartite, KernelName.CHECKERBOARD, none, none));
        cases.add(new Case("block-rbm", rbm, KernelName.BLOCK_RBM, none, none));
        cases.add(new Case("tempering", ising, KernelName.TEMPERING, Optional.of(new double[] {0.4, 0.7, 1.0}),
                Optional.of(new double[] {0.4, 0.7, 1.1})));
        cases.add(new Case("random-scan on a denoising layer", layer, KernelName.RANDOM_SCAN, none, none));
        return cases.build().map(Arguments::of);
    }

    static double[] empiricalLaw(ChainSampler sampler, long seed) {
        RandomGenerator rng = ParallelChains.root(seed).split();
        int units = sampler.units();
        var start = new StartLaw.Uniform().draw(units, rng);
        var counts = new long[1 << units];
        long steps = sampler.kernel().equals("metropolis") || sampler.kernel().equals("tempering") ? SLOW_STEPS
                : sampler.updatesPerStep() > 1 ? SWEEP_STEPS : STEPS;
        sampler.trace(start, steps, rng, x -> counts[LawDistance.index(x)]++);
        var p = new double[counts.length];
        for (int s = 0; s < p.length; s++) {
            p[s] = (double) counts[s] / steps;
        }
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStatesFollowTheExactLawAndAWrongBetaIsCaught(Case c) {
        var exact = EnumeratedLaw.of(c.model()).probabilities();
        var right = ModelSamplers.of(c.model(), c.kernel(), c.ladder());
        double error = LawDistance.relativeMaxError(empiricalLaw(right, 11), exact);
        assertThat(error).as("%s: max|p̂ − p|/max p", c.name()).isLessThan(TOLERANCE);
        var wrong = ModelSamplers.of(hotter(c.model()), c.kernel(), c.hotLadder());
        double missed = LawDistance.relativeMaxError(empiricalLaw(wrong, 12), exact);
        assertThat(missed).as("%s with beta 10%% too high must be caught", c.name()).isGreaterThan(TOLERANCE);
    }
}
