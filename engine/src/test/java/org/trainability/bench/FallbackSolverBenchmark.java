package org.trainability.bench;

import java.util.concurrent.TimeUnit;
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
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.SymmetricEigen;
import org.trainability.engine.spectral.SymmetrizedKernel;

/**
 * The pure-Java fallback (EJML) on the same S at 1,024 states, for comparison with the native
 * solver; at 4,096 states one run takes over a minute, so it is left out by default
 * (add {@code -p spins=12} to measure it).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@State(Scope.Benchmark)
public class FallbackSolverBenchmark {

    @Param({"10"})
    public int spins;

    private double[] symmetrized;
    private int states;

    @Setup(Level.Trial)
    public void setUp() {
        var model = BenchmarkModels.spinGlass(spins);
        var law = EnumeratedLaw.of(model);
        symmetrized = SymmetrizedKernel.of(ExactKernels.build(KernelName.RANDOM_SCAN, model), law).entries();
        states = law.stateCount();
    }

    /** EJML's symmetric QR on S. */
    @Benchmark
    public SymmetricEigen decomposeEjml() {
        return new EjmlEigensolver().decompose(symmetrized, states);
    }
}
