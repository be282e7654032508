package org.trainability.engine.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.kernel.DetailedBalance;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;

/** The RBM's v-marginal, Rao–Blackwellised observables and block kernel against the joint law. */
class RbmExamples {

    private final RbmModel rbm = new RbmModel(3, 2,
            new double[][] {{0.8, -0.4}, {0.3, 0.9}, {-0.6, 0.2}},
            new double[] {0.1, -0.3, 0.2}, new double[] {0.4, -0.1}, 1.3, true);

    /** Joint weights exp(-β E(v,h)) by brute force, E = -vᵀWh - bᵀv - cᵀh. */
    private double jointWeight(int[] v, int[] h) {
        double e = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                e -= v[i] * rbm.weight(i, j) * h[j];
            }
            e -= rbm.visibleField(i) * v[i];
        }
        for (int j = 0; j < 2; j++) {
            e -= rbm.hiddenField(j) * h[j];
        }
        return Math.exp(-rbm.beta() * e);
    }

    @Example
    void marginalAndRaoBlackwellisedMomentsMatchTheJointLaw() {
        var law = EnumeratedLaw.of(rbm);
        double z = 0;
        var marginal = new double[8];
        var moments = new double[rbm.parameterCount()];
        for (int s = 0; s < 8; s++) {
            var v = SpinStates.spins(s, 3);
            for (int t = 0; t < 4; t++) {
                var h = SpinStates.spins(t, 2);
                double w = jointWeight(v, h);
                z += w;
                marginal[s] += w;
                int a = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 2; j++) {
                        moments[a++] += w * -v[i] * h[j];
                    }
                }
                for (int i = 0; i < 3; i++) {
                    moments[a++] += w * -v[i];
                }
                for (int j = 0; j < 2; j++) {
                    moments[a++] += w * -h[j];
                }
            }
        }
        for (int s = 0; s < 8; s++) {
            assertThat(law.probability(s)).isCloseTo(marginal[s] / z, org.assertj.core.data.Offset.offset(1e-15));
        }
        var expectations = law.expectations();
        for (int a = 0; a < moments.length; a++) {
            assertThat(expectations[a]).as(rbm.parameterNames().get(a)).isCloseTo(moments[a] / z,
                    org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @Example
    void blockKernelIsStochasticReversibleWithSpectrumInTheUnitInterval() {
        var law = EnumeratedLaw.of(rbm);
        var kernel = ExactKernels.build(KernelName.BLOCK_RBM, rbm);
        assertThat(kernel.stochasticityError()).isLessThan(1e-14);
        assertThat(DetailedBalance.residual(kernel, law)).isLessThan(1e-14);
        var pi = law.probabilities();
        var next = kernel.stepDistribution(pi);
        for (int s = 0; s < pi.length; s++) {
            assertThat(next[s]).isCloseTo(pi[s], org.assertj.core.data.Offset.offset(1e-15));
        }
        var spectrum = SpectralAnalysis.of(law, kernel, new EjmlEigensolver(), Spectrum.DEFAULT_CLUSTER_WIDTH).spectrum();
        assertThat(spectrum.smallest()).isGreaterThan(-1e-13);
        assertThat(spectrum.lambda(1)).isLessThan(1);
    }

    @Example
    void singleSiteKernelsAndTemperingAreRefusedWithTheWayForward() {
        assertThatThrownBy(() -> ExactKernels.build(KernelName.RANDOM_SCAN, rbm))
                .isInstanceOf(RefusedInputException.class).hasMessageContaining("--kernel block-rbm");
        assertThatThrownBy(() -> ExactKernels.build(KernelName.TEMPERING, rbm))
                .isInstanceOf(RefusedInputException.class).hasMessageContaining("use the sampler");
    }
}
