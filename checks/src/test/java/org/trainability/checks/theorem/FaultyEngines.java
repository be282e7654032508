package org.trainability.checks.theorem;

import java.util.Optional;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;

/** Engines with one fault injected, for showing that the theorem checks fail on them. */
final class FaultyEngines {

    private FaultyEngines() {
    }

    /**
     * A sign error in the heat-bath conditional: {@code P(x_i = +1 | rest) = e^{-βh_i}/(2cosh βh_i)},
     * which is the correct conditional of the model with J and b negated — in the exact kernels and
     * in the sampler alike.
     */
    static EngineUnderTest signErrorInConditional() {
        var real = EngineUnderTest.real();
        return new EngineUnderTest() {
            @Override
            public DenseKernel kernel(KernelName name, Model model) {
                return real.kernel(name, negated(model));
            }

            @Override
            public ChainSampler sampler(Model model, String kernel, Optional<double[]> ladder) {
                return real.sampler(negated(model), kernel, ladder);
            }
        };
    }

    /** The sign error of {@link #signErrorInConditional()} in the sampler only; exact kernels are right. */
    static EngineUnderTest signErrorInSamplerOnly() {
        var real = EngineUnderTest.real();
        return new EngineUnderTest() {
            @Override
            public DenseKernel kernel(KernelName name, Model model) {
                return real.kernel(name, model);
            }

            @Override
            public ChainSampler sampler(Model model, String kernel, Optional<double[]> ladder) {
                return real.sampler(negated(model), kernel, ladder);
            }
        };
    }

    /** A non-reversible kernel passed off as random-scan: systematic scan whenever random-scan is asked for. */
    static EngineUnderTest systematicScanPassedOffAsRandomScan() {
        var real = EngineUnderTest.real();
        return new EngineUnderTest() {
            @Override
            public DenseKernel kernel(KernelName name, Model model) {
                return real.kernel(name == KernelName.RANDOM_SCAN ? KernelName.SYSTEMATIC_SCAN : name, model);
            }

            @Override
            public ChainSampler sampler(Model model, String kernel, Optional<double[]> ladder) {
                return real.sampler(model, "random-scan".equals(kernel) ? "systematic-scan" : kernel, ladder);
            }
        };
    }

    private static Model negated(Model model) {
        if (!(model instanceof IsingModel m)) {
            return model;
        }
        var j = m.couplings();
        var b = m.fields();
        for (int i = 0; i < m.n(); i++) {
            b[i] = -b[i];
            for (int k = 0; k < m.n(); k++) {
                j[i][k] = -j[i][k];
            }
        }
        return new IsingModel(m.n(), j, b, m.beta(), m.trainFields());
    }
}
