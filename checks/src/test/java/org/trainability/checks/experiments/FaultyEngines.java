package org.trainability.checks.experiments;

import java.util.Optional;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;

/** Engines with a fault injected, for the tests that show the experiments' checks fail on them. */
final class FaultyEngines {

    private FaultyEngines() {
    }

    /** Asked for random scan, builds the (non-reversible) systematic scan and labels it random scan. */
    static EngineUnderTest sweepPassedOffAsRandomScan() {
        var real = EngineUnderTest.real();
        return new EngineUnderTest() {
            @Override
            public DenseKernel kernel(KernelName name, Model model) {
                if (name != KernelName.RANDOM_SCAN) {
                    return real.kernel(name, model);
                }
                var sweep = ExactKernels.build(KernelName.SYSTEMATIC_SCAN, model);
                var rows = new double[sweep.size()][sweep.size()];
                for (int x = 0; x < rows.length; x++) {
                    for (int y = 0; y < rows.length; y++) {
                        rows[x][y] = sweep.entry(x, y);
                    }
                }
                return DenseKernel.of(KernelName.RANDOM_SCAN, rows);
            }

            @Override
            public ChainSampler sampler(Model model, String kernel, Optional<double[]> ladder) {
                return real.sampler(model, kernel, ladder);
            }
        };
    }
}
