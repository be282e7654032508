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
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.LapackEigensolver;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.Prediction;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;
import org.trainability.engine.spectral.SymmetrizedKernel;
import org.trainability.engine.linalg.SymmetricEigen;

/**
 * The dense path at 1,024 and 4,096 states (N = 10, 12; random-scan on a seeded spin glass):
 * the native eigendecomposition alone, and the whole analysis as {@code analyze} runs it
 * (enumeration, kernel, symmetrisation, decomposition, coefficients, prediction). Single-shot:
 * one operation takes seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@State(Scope.Benchmark)
public class DenseSpectralBenchmark {

    @Param({"10", "12"})
    public int spins;

    private IsingModel model;
    private EnumeratedLaw law;
    private DenseKernel kernel;
    private double[] symmetrized;
    private SymmetricEigensolver nativeSolver;

    @Setup(Level.Trial)
    public void setUp() {
        model = BenchmarkModels.spinGlass(spins);
        law = EnumeratedLaw.of(model);
        kernel = ExactKernels.build(KernelName.RANDOM_SCAN, model);
        symmetrized = SymmetrizedKernel.of(kernel, law).entries();
        nativeSolver = LapackEigensolver.load(SymmetricEigensolver.NATIVE_THREADS)
                .orElseThrow(() -> new IllegalStateException("OpenBLAS did not load"));
    }

    /** dsyevd on S alone, with the stated OpenBLAS thread count. */
    @Benchmark
    public SymmetricEigen decomposeNative() {
        return nativeSolver.decompose(symmetrized, law.stateCount());
    }

    /** Everything analyze computes, from the model to the prediction. */
    @Benchmark
    public Prediction analyzeEndToEnd() {
        var l = EnumeratedLaw.of(model);
        var analysis = SpectralAnalysis.of(l, ExactKernels.build(KernelName.RANDOM_SCAN, model), nativeSolver,
                Spectrum.DEFAULT_CLUSTER_WIDTH);
        var g = l.gradient(new double[l.parameterCount()]);
        return analysis.predict(g, 1000, 1, 1e-3);
    }
}
