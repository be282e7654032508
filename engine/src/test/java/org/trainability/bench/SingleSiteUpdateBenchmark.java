package org.trainability.bench;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.trainability.engine.sample.ColouredBlockGibbs;
import org.trainability.engine.sample.GridCouplings;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.SingleSiteRule;
import org.trainability.engine.sample.SparseCouplings;
import org.trainability.engine.sample.SpinChain;
import org.trainability.engine.sample.SpinKernel;
import org.trainability.engine.sample.SpinLaw;

/**
 * Single-site updates per second of the random-scan heat-bath sampler (local fields kept
 * incrementally), on a dense N = 64 and N = 256 Ising model (couplings uniform in [−1, 1]/√N) and
 * on a 64×64 periodic nearest-neighbour grid (J = 1), all at β = 0.4 with zero fields — the same
 * models and algorithm as the native bar {@code engine/src/test/c/spin_update_native.c}. One
 * thread, and one chain per thread on all cores (aggregate). Results are in updates per second
 * (each invocation makes {@value #BATCH} updates). The grid also runs the two-colour checkerboard.
 * Dense couplings update local fields through full rows (see SparseCouplings), the grid through
 * its CSR rows; the native bar times both passes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SingleSiteUpdateBenchmark {

    static final int BATCH = 100_000;
    static final int SWEEPS = 24;

    /** One chain per thread, on its own stream. */
    @State(Scope.Thread)
    public static class Chain {

        @Param({"dense-64", "dense-256", "grid-64x64"})
        public String model;

        SpinChain chain;
        RandomGenerator rng;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            var couplings = switch (model) {
                case "dense-64" -> dense(64);
                case "dense-256" -> dense(256);
                case "grid-64x64" -> GridCouplings.nearestNeighbour(64, 64, 1.0);
                default -> throw new IllegalArgumentException(model);
            };
            var law = SpinLaw.onEdges(couplings, new double[couplings.size()], 0.4, false);
            rng = ParallelChains.root(1000 + thread.getThreadIndex()).split();
            var start = new int[couplings.size()];
            for (int i = 0; i < start.length; i++) {
                start[i] = rng.nextBoolean() ? 1 : -1;
            }
            chain = new SpinChain(law, start);
        }

        static SparseCouplings dense(int n) {
            var rng = ParallelChains.root(n);
            var j = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    j[a][b] = j[b][a] = (2 * rng.nextDouble() - 1) / Math.sqrt(n);
                }
            }
            return SparseCouplings.fromDense(j);
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public long randomScanOneThread(Chain c) {
        SingleSiteRule.RANDOM_SCAN.advance(c.chain, c.rng, BATCH);
        return c.chain.time();
    }

    @Benchmark
    @Threads(Threads.MAX)
    @OperationsPerInvocation(BATCH)
    public long randomScanAllCores(Chain c) {
        SingleSiteRule.RANDOM_SCAN.advance(c.chain, c.rng, BATCH);
        return c.chain.time();
    }

    /** The 64×64 grid under the two-colour checkerboard, one chain per thread. */
    @State(Scope.Thread)
    public static class GridChain {

        SpinChain chain;
        RandomGenerator rng;
        SpinKernel checkerboard;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            var couplings = GridCouplings.nearestNeighbour(64, 64, 1.0);
            var law = SpinLaw.onEdges(couplings, new double[couplings.size()], 0.4, false);
            rng = ParallelChains.root(2000 + thread.getThreadIndex()).split();
            var start = new int[couplings.size()];
            for (int i = 0; i < start.length; i++) {
                start[i] = rng.nextBoolean() ? 1 : -1;
            }
            chain = new SpinChain(law, start);
            checkerboard = ColouredBlockGibbs.checkerboard(couplings);
        }
    }

    /** Checkerboard sweeps of the grid, counted in site updates (4,096 per sweep, 24 sweeps per call). */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(SWEEPS * 4096)
    public long checkerboardOneThread(GridChain c) {
        c.checkerboard.advance(c.chain, c.rng, SWEEPS);
        return c.chain.time();
    }

    /** The same on every core, one chain per thread. */
    @Benchmark
    @Threads(Threads.MAX)
    @OperationsPerInvocation(SWEEPS * 4096)
    public long checkerboardAllCores(GridChain c) {
        c.checkerboard.advance(c.chain, c.rng, SWEEPS);
        return c.chain.time();
    }
}
