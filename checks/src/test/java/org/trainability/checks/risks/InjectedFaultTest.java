package org.trainability.checks.risks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.RbmBlockSampler;
import org.trainability.engine.sample.ScanKernel;
import org.trainability.engine.sample.SpinChainSampler;
import org.trainability.engine.sample.SpinLaw;
import org.trainability.ledger.gate.Verdict;

/**
 * A sign error in the heat-bath conditional — the sampler draws from the law of the negated
 * couplings (Ising) or the mirrored conditional p(h | v) (RBM) while the exact kernels stay right —
 * fails the checks whose verdicts rest on the sampler agreeing with the exact engine: F4's phase
 * ratio (sampled against exact) and R6's tracking lag (PCD against its exact expectation).
 */
class InjectedFaultTest {

    /** The real exact kernels; samplers whose heat-bath conditional has its sign flipped. */
    static final EngineUnderTest SIGN_ERROR = new EngineUnderTest() {
        @Override
        public DenseKernel kernel(KernelName name, Model model) {
            return ExactKernels.build(name, model);
        }

        @Override
        public ChainSampler sampler(Model model, String kernel, Optional<double[]> ladder) {
            if (model instanceof IsingModel ising && kernel.equals(KernelName.RANDOM_SCAN.label())) {
                var j = ising.couplings();
                for (var row : j) {
                    for (int k = 0; k < row.length; k++) {
                        row[k] = -row[k];
                    }
                }
                var b = ising.fields();
                for (int i = 0; i < b.length; i++) {
                    b[i] = -b[i];
                }
                return new SpinChainSampler(SpinLaw.dense(j, b, ising.beta(), ising.trainFields()), ScanKernel.RANDOM_SCAN);
            }
            if (model instanceof RbmModel rbm) {
                var w = rbm.weights();
                for (var row : w) {
                    for (int k = 0; k < row.length; k++) {
                        row[k] = -row[k];
                    }
                }
                var c = rbm.hiddenFields();
                for (int k = 0; k < c.length; k++) {
                    c[k] = -c[k];
                }
                return new RbmBlockSampler(w, rbm.visibleFields(), c, rbm.beta(), rbm.trainFields());
            }
            return ModelSamplers.of(model, kernel, ladder);
        }
    };

    @Test
    void theFaultFailsThePhaseRatio() throws Exception {
        var measured = PhaseRatioCheck.create(SIGN_ERROR).measure();
        assertThat(measured.verdict()).as(measured.detail()).isEqualTo(Verdict.FAIL);
        assertThat((double) measured.figures().get("largest-z")).isGreaterThan((double) measured.figures().get("z-threshold"));
    }

    @Test
    void theFaultFailsTheTrackingLag() throws Exception {
        var measured = TrackingLagCheck.create(SIGN_ERROR).measure();
        assertThat(measured.verdict()).as(measured.detail()).isEqualTo(Verdict.FAIL);
        assertThat((double) measured.figures().get("pcd-against-exact-expectation-z"))
                .isGreaterThan((double) measured.figures().get("z-threshold"));
    }
}
