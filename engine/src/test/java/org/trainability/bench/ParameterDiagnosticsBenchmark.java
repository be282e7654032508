package org.trainability.bench;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.trainability.engine.estimate.ChainDiagnostics;
import org.trainability.engine.estimate.ResolutionRule;

/**
 * The per-parameter work of {@code sample}'s diagnostics, on one thread: τ̂ with its RESOLVED
 * verdict (three prefixes) and the multi-chain diagnostics (R̂ bulk and tail, bulk and tail ESS,
 * MCSE) of M = 4 chains of L draws of an AR(1) series with φ = 0.99. The same work in numpy and
 * ArviZ is {@code engine/src/test/python/parameter_diagnostics_numpy.py}; run both in one session
 * and compare (docs/sampling.md, "Benchmarks").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ParameterDiagnosticsBenchmark {

    @Param({"100000"})
    public int draws;

    private double[][] chains;

    @Setup(Level.Trial)
    public void setUp() {
        var root = (RandomGenerator.SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom").create(2026);
        chains = new double[4][draws];
        for (var chain : chains) {
            var rng = root.split();
            double v = rng.nextGaussian();
            for (int t = 0; t < draws; t++) {
                v = 0.99 * v + Math.sqrt(1 - 0.99 * 0.99) * rng.nextGaussian();
                chain[t] = v;
            }
        }
    }

    @Benchmark
    public void tauAndDiagnostics(Blackhole sink) {
        sink.consume(ResolutionRule.judge(chains, 5));
        sink.consume(ChainDiagnostics.of(chains));
    }
}
