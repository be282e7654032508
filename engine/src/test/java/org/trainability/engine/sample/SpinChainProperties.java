package org.trainability.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The incrementally kept local fields and energy equal their definitions after any run, and the
 * lazily kept window means equal the direct average of the rebuilt series.
 */
class SpinChainProperties {

    static SpinLaw randomSparseLaw(int n, int edges, long seed, boolean trainFields) {
        var rng = ParallelChains.root(seed);
        var seen = new java.util.HashSet<Long>();
        var from = new java.util.ArrayList<Integer>();
        var to = new java.util.ArrayList<Integer>();
        for (int e = 0; e < edges; e++) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                from.add(a);
                to.add(b);
            }
        }
        var w = new double[from.size()];
        for (int e = 0; e < w.length; e++) {
            w[e] = 2 * rng.nextDouble() - 1;
        }
        var fields = new double[n];
        for (int i = 0; i < n; i++) {
            fields[i] = rng.nextDouble() - 0.5;
        }
        var couplings = SparseCouplings.fromEdges(n, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray(), w);
        return SpinLaw.onEdges(couplings, fields, 0.5 + rng.nextDouble(), trainFields);
    }

    @Property(seed = "20261127", tries = 60)
    void localFieldsAndEnergyStayExact(@ForAll @IntRange(min = 2, max = 200) int n,
                                       @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                       @ForAll SingleSiteRule kernel) {
        var law = randomSparseLaw(n, 3 * n, seed, true);
        var rng = ParallelChains.root(seed + 1);
        var chain = new SpinChain(law, new StartLaw.Uniform().draw(n, rng));
        kernel.advance(chain, rng, 20_000 / Math.max(1, kernel.updatesPerStep(n)) + 1);
        var x = chain.state();
        double scale = 1;
        for (int i = 0; i < n; i++) {
            double direct = law.couplings().couplingSum(x, i) + law.field(i);
            scale = Math.max(scale, Math.abs(direct));
            assertThat(chain.localField(i)).isCloseTo(direct, org.assertj.core.data.Offset.offset(1e-9 * scale));
        }
        assertThat(chain.energy()).isCloseTo(law.energy(x), org.assertj.core.data.Offset.offset(1e-9 * n * scale));
    }

    @Property(seed = "20261127", tries = 40)
    void denseRowsAndSparseScatterGiveIdenticalChains(@ForAll @IntRange(min = 2, max = 40) int n,
                                                      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                      @ForAll SingleSiteRule kernel) {
        var rng = ParallelChains.root(seed);
        var j = new double[n][n];
        var fields = new double[n];
        for (int a = 0; a < n; a++) {
            fields[a] = rng.nextDouble() - 0.5;
            for (int c = a + 1; c < n; c++) {
                j[a][c] = j[c][a] = 2 * rng.nextDouble() - 1;
            }
        }
        var law = SpinLaw.dense(j, fields, 0.5 + rng.nextDouble(), true);
        assertThat(law.couplings().usesDenseRows()).isTrue();
        var sparse = new SpinLaw(law.couplings().withoutDenseRows(), fieldsOf(law), law.beta(),
                law.couplings().edges(), true);
        var start = new StartLaw.Uniform().draw(n, ParallelChains.root(seed));
        var a = new SpinChain(law, start);
        var b = new SpinChain(sparse, start);
        kernel.advance(a, ParallelChains.root(seed + 9), 500);
        kernel.advance(b, ParallelChains.root(seed + 9), 500);
        assertThat(b.state()).containsExactly(a.state());
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToLongBits(b.localField(i))).isEqualTo(Double.doubleToLongBits(a.localField(i)));
        }
    }

    static double[] fieldsOf(SpinLaw law) {
        var b = new double[law.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = law.field(i);
        }
        return b;
    }

    @Property(seed = "20261127", tries = 40)
    void lazyWindowMeansEqualTheAverageOfTheRebuiltSeries(@ForAll @IntRange(min = 2, max = 40) int n,
                                                          @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                          @ForAll SingleSiteRule kernel,
                                                          @ForAll @IntRange(min = 1, max = 300) int window) {
        var law = randomSparseLaw(n, 2 * n, seed, true);
        var sampler = new SpinChainSampler(law, kernel);
        var rng = ParallelChains.root(seed + 2);
        var run = sampler.run(new StartLaw.Uniform().draw(n, rng), 7, window, true, rng);
        var series = run.series().orElseThrow();
        var means = run.means();
        for (int a = 0; a < law.parameterCount(); a++) {
            var s = series.series(a);
            assertThat(s).hasSize(window);
            double avg = java.util.Arrays.stream(s).average().orElseThrow();
            assertThat(means[a]).isCloseTo(avg, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Property(seed = "20261127", tries = 30)
    void rebuiltSeriesAreTheObservablesOfTheVisitedStates(@ForAll @IntRange(min = 2, max = 12) int n,
                                                          @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                          @ForAll SingleSiteRule kernel) {
        // The trace and the run use the same stream from the same start, so they visit the same states.
        var law = randomSparseLaw(n, 2 * n, seed, true);
        var sampler = new SpinChainSampler(law, kernel);
        var start = new StartLaw.Uniform().draw(n, ParallelChains.root(seed));
        int window = 50;
        var run = sampler.run(start, 0, window, true, ParallelChains.root(seed + 3));
        var expected = new double[law.parameterCount()][window];
        var f = new double[law.parameterCount()];
        int[] t = {0};
        law.observables(start, f);
        for (int a = 0; a < f.length; a++) {
            expected[a][0] = f[a];
        }
        sampler.trace(start, window - 1, ParallelChains.root(seed + 3), x -> {
            t[0]++;
            law.observables(x, f);
            for (int a = 0; a < f.length; a++) {
                expected[a][t[0]] = f[a];
            }
        });
        var series = run.series().orElseThrow();
        for (int a = 0; a < f.length; a++) {
            assertThat(series.series(a)).containsExactly(expected[a]);
        }
    }
}
