package org.trainability.checks;

import java.util.Optional;
import java.util.function.BiFunction;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;

/**
 * Engines with one fault injected, for the tests that show a check fails on them. Each is the real
 * engine ({@link EngineUnderTest#real()}) with one thing changed on the way in: the model the exact
 * kernels or the samplers are handed ({@link ModelFaults}), the kernel built for a name, or the
 * sampler of one kernel. Stateless; the engines are immutable and as thread-safe as the real one.
 */
public final class FaultyEngines {

    private FaultyEngines() {
    }

    /**
     * A sign error in the heat-bath conditional, in the exact kernels and the samplers alike: both
     * are handed {@link ModelFaults#signError} of the model, whose conditional is the faulty one.
     */
    public static EngineUnderTest signError() {
        var real = EngineUnderTest.real();
        return new Rewired("sign error in the heat-bath conditional",
                (name, model) -> real.kernel(name, ModelFaults.signError(model)),
                (model, kernel, ladder) -> real.sampler(ModelFaults.signError(model), kernel, ladder));
    }

    /**
     * β doubled everywhere, in the exact kernels and the samplers alike: the engine agrees with itself,
     * and only a reference that owes nothing to it can tell.
     */
    public static EngineUnderTest betaDoubledEverywhere() {
        var real = EngineUnderTest.real();
        return new Rewired("beta doubled in the exact kernels and the samplers",
                (name, model) -> real.kernel(name, ModelFaults.scaledBeta(model, 2)),
                (model, kernel, ladder) -> real.sampler(ModelFaults.scaledBeta(model, 2), kernel, ladder));
    }

    /** The sign error of {@link #signError()} in the samplers only; the exact kernels are right. */
    public static EngineUnderTest signErrorInSamplerOnly() {
        var real = EngineUnderTest.real();
        return new Rewired("sign error in the sampler's heat-bath conditional", real::kernel,
                (model, kernel, ladder) -> real.sampler(ModelFaults.signError(model), kernel, ladder));
    }

    /**
     * A non-reversible kernel passed off as random scan: asked for random scan, the exact engine
     * builds the systematic-scan matrix and labels it {@link KernelName#RANDOM_SCAN} (so that nothing
     * downstream can tell by the name), and the sampler runs systematic scan.
     */
    public static EngineUnderTest systematicScanPassedOffAsRandomScan() {
        var real = EngineUnderTest.real();
        return new Rewired("systematic scan passed off as random scan",
                (name, model) -> name == KernelName.RANDOM_SCAN
                        ? relabelled(real.kernel(KernelName.SYSTEMATIC_SCAN, model), KernelName.RANDOM_SCAN)
                        : real.kernel(name, model),
                (model, kernel, ladder) -> real.sampler(model,
                        kernel == KernelName.RANDOM_SCAN ? KernelName.SYSTEMATIC_SCAN : kernel, ladder));
    }

    /**
     * The real engine, except that the sampler of the kernel called {@code kernel} is {@code faulty}.
     *
     * @param kernel the kernel whose sampler is replaced
     * @param faulty builds the replacement from the model and the tempering ladder
     */
    public static EngineUnderTest withSampler(KernelName kernel, BiFunction<Model, Optional<double[]>, ChainSampler> faulty) {
        var real = EngineUnderTest.real();
        return new Rewired("a faulty " + kernel + " sampler", real::kernel,
                (model, name, ladder) -> kernel == name ? faulty.apply(model, ladder) : real.sampler(model, name, ladder));
    }

    private static DenseKernel relabelled(DenseKernel kernel, KernelName name) {
        var rows = new double[kernel.size()][kernel.size()];
        for (int x = 0; x < rows.length; x++) {
            for (int y = 0; y < rows.length; y++) {
                rows[x][y] = kernel.entry(x, y);
            }
        }
        return DenseKernel.of(name, rows);
    }

    /** How an engine builds its samplers: {@link EngineUnderTest#sampler(Model, KernelName, Optional)}. */
    @FunctionalInterface
    private interface SamplerSource {
        ChainSampler sampler(Model model, KernelName kernel, Optional<double[]> ladder);
    }

    /** An engine made of a kernel source and a sampler source; named for assertion messages. */
    private record Rewired(String fault, BiFunction<KernelName, Model, DenseKernel> kernels, SamplerSource samplers)
            implements EngineUnderTest {

        @Override
        public DenseKernel kernel(KernelName name, Model model) {
            return kernels.apply(name, model);
        }

        @Override
        public ChainSampler sampler(Model model, KernelName kernel, Optional<double[]> ladder) {
            return samplers.sampler(model, kernel, ladder);
        }

        @Override
        public String toString() {
            return "the real engine with a fault: " + fault;
        }
    }
}
