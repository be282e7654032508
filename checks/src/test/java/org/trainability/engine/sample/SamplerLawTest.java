package org.trainability.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sampler against the exact law of its model, by enumeration: the empirical law of the visited
 * states must satisfy {@code max|p̂ − p| / max p < 0.02}, and the same sampler run with a conditional
 * whose β is 10% too high (the negative control) must be caught by the same criterion.
 *
 * <p>Odds: each run makes {@value #STEPS} steps ({@value #SLOW_STEPS} for Metropolis and
 * tempering, whose target replica gets a sixth of the updates; {@value #SWEEP_STEPS} for the
 * kernels whose step is a sweep or a block update). The error falls like
 * 1/sqrt(steps): measured at ten times these lengths it was 2e-4 to 5e-3, and at these lengths it
 * sits three to ten times below 0.02, so a correct sampler fails by chance only on a fluctuation of
 * several standard deviations of the worst state. The wrong-β runs miss by a factor of three or
 * more. The seeds are fixed, so the outcome is reproducible.
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

    record Case(String name, ChainSampler right, ChainSampler wrong, double[] exact) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        int n = 7;
        var j = randomCouplings(n, 0.7, 1, false);
        var b = randomFields(n, 0.3, 2);
        var exact = BruteForceLaw.ising(j, b, 1.0);
        var law = SpinLaw.dense(j, b, 1.0, true);
        var hot = SpinLaw.dense(j, b, 1.1, true);
        var cases = Stream.<Case>builder();
        for (var k : ScanKernel.values()) {
            cases.add(new Case(k.label(), new SpinChainSampler(law, k), new SpinChainSampler(hot, k), exact));
        }
        int nb = 8;
        var jb = randomCouplings(nb, 0.8, 3, true);
        var bb = randomFields(nb, 0.3, 4);
        var lawB = SpinLaw.dense(jb, bb, 1.0, false);
        var hotB = SpinLaw.dense(jb, bb, 1.1, false);
        cases.add(new Case("checkerboard", new SpinChainSampler(lawB, ColouredBlockGibbs.checkerboard(lawB.couplings())),
                new SpinChainSampler(hotB, ColouredBlockGibbs.checkerboard(hotB.couplings())),
                BruteForceLaw.ising(jb, bb, 1.0)));
        var w = new double[6][3];
        var rng = ParallelChains.root(5);
        for (var row : w) {
            for (int q = 0; q < row.length; q++) {
                row[q] = 0.9 * (2 * rng.nextDouble() - 1);
            }
        }
        var bv = randomFields(6, 0.3, 6);
        var ch = randomFields(3, 0.3, 7);
        cases.add(new Case("block-rbm", new RbmBlockSampler(w, bv, ch, 1.0, true),
                new RbmBlockSampler(w, bv, ch, 1.1, true), BruteForceLaw.rbmMarginal(w, bv, ch, 1.0)));
        cases.add(new Case("tempering", new TemperingSampler(law, new double[] {0.4, 0.7, 1.0}),
                new TemperingSampler(hot, new double[] {0.4, 0.7, 1.1}), exact));
        return cases.build().map(Arguments::of);
    }

    static double[] empiricalLaw(ChainSampler sampler, long seed) {
        RandomGenerator rng = ParallelChains.root(seed).split();
        int units = sampler.units();
        var start = new StartLaw.Uniform().draw(units, rng);
        var counts = new long[1 << units];
        long[] seen = {0};
        long steps = sampler.kernel().equals("metropolis") || sampler.kernel().equals("tempering") ? SLOW_STEPS
                : sampler.updatesPerStep() > 1 ? SWEEP_STEPS : STEPS;
        sampler.trace(start, steps, rng, x -> {
            counts[BruteForceLaw.index(x)]++;
            seen[0]++;
        });
        var p = new double[counts.length];
        for (int s = 0; s < p.length; s++) {
            p[s] = (double) counts[s] / seen[0];
        }
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStatesFollowTheExactLawAndAWrongBetaIsCaught(Case c) {
        double right = BruteForceLaw.relativeMaxError(empiricalLaw(c.right(), 11), c.exact());
        assertThat(right).as("%s: max|p̂ − p|/max p", c.name()).isLessThan(TOLERANCE);
        double wrong = BruteForceLaw.relativeMaxError(empiricalLaw(c.wrong(), 12), c.exact());
        assertThat(wrong).as("%s with beta 10%% too high must be caught", c.name()).isGreaterThan(TOLERANCE);
    }
}
