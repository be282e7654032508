package org.trainability.checks;

import java.util.Optional;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ModelSamplers;

/**
 * The parts of the engine a check exercises: exact kernels and samplers. Checks build every kernel
 * and sampler through this interface and never directly, so that a test can hand them an engine
 * with a fault injected (a sign error in the heat-bath conditional, a non-reversible kernel passed
 * off as a reversible one) and show that the linked checks fail.
 */
public interface EngineUnderTest {

    /** The exact transition matrix of {@code name} for {@code model}. */
    DenseKernel kernel(KernelName name, Model model);

    /**
     * The sampler of {@code model} under {@code kernel}; {@code ladder} is the tempering ladder, when
     * the kernel tempers.
     */
    ChainSampler sampler(Model model, KernelName kernel, Optional<double[]> ladder);

    default ChainSampler sampler(Model model, KernelName kernel) {
        return sampler(model, kernel, Optional.empty());
    }

    /** The engine as built: {@link ExactKernels} and {@link ModelSamplers}. */
    static EngineUnderTest real() {
        return new EngineUnderTest() {
            @Override
            public DenseKernel kernel(KernelName name, Model model) {
                return ExactKernels.build(name, model);
            }

            @Override
            public ChainSampler sampler(Model model, KernelName kernel, Optional<double[]> ladder) {
                return ModelSamplers.of(model, kernel, ladder);
            }

            @Override
            public String toString() {
                return "the real engine";
            }
        };
    }
}
