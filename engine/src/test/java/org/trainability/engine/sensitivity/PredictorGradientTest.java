package org.trainability.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.spectral.NotReversibleException;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;

/** T_O and its gradient through the Poisson form, against the spectral form and finite differences. */
class PredictorGradientTest {

    /** A 5-spin model with fields, β = 1, couplings and fields trained. */
    static IsingModel model() {
        double[][] j = new double[5][5];
        double[] values = {0.3, -0.6, 0.8, 0.1, -0.2, 0.5, -0.9, 0.4, 0.7, -0.35};
        int c = 0;
        for (int i = 0; i < 5; i++) {
            for (int k = i + 1; k < 5; k++) {
                j[i][k] = values[c];
                j[k][i] = values[c++];
            }
        }
        return new IsingModel(5, j, new double[] {0.2, -0.1, 0.4, 0, -0.3}, 1.0, true);
    }

    /** E_data[f] of the all +1 state. */
    static double[] data(IsingModel m) {
        var x = new int[m.n()];
        java.util.Arrays.fill(x, 1);
        var out = new double[m.parameterCount()];
        m.observables(x, out);
        return out;
    }

    static PredictorGradient gradient(IsingModel m) {
        return PredictorGradient.of(m, EnumeratedLaw.of(m), ExactKernels.build(KernelName.RANDOM_SCAN, m), data(m));
    }

    @Test
    void theAggregateTimeIsTheSpectralOne() {
        var m = model();
        var law = EnumeratedLaw.of(m);
        var spectral = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, m), new EjmlEigensolver(),
                Spectrum.DEFAULT_CLUSTER_WIDTH);
        var g = gradient(m);
        assertThat(g.aggregateTime()).isCloseTo(spectral.aggregateTime(),
                org.assertj.core.data.Percentage.withPercentage(1e-8));
        var prediction = spectral.predict(law.gradient(data(m)), 1000, 1, 1e-3);
        assertThat(Math.exp(g.logPerp(1000, 1))).isCloseTo(prediction.qPerp(),
                org.assertj.core.data.Percentage.withPercentage(1e-8));
    }

    @Test
    void theGradientMatchesCentralDifferencesAndTheLawTermMatters() {
        var m = model();
        var g = gradient(m);
        var analytic = g.logPerpGradient();
        var withoutLaw = g.timeGradientThroughKernel();
        double h = 1e-4;
        double err = 0;
        double scale = 0;
        double lawShare = 0;
        int c = 0;
        for (int k = 0; k < 5; k++) {
            for (int l = k + 1; l < 5; l++, c++) {
                double fd = (logPerp(shifted(m, k, l, h)) - logPerp(shifted(m, k, l, -h))) / (2 * h);
                err = Math.max(err, Math.abs(fd - analytic[c]));
                scale = Math.max(scale, Math.abs(fd));
                lawShare = Math.max(lawShare, Math.abs(g.timeGradientThroughLaw()[c]) / g.aggregateTime());
            }
        }
        assertThat(err / scale).isLessThan(1e-6);
        assertThat(withoutLaw).hasSize(10);
        // The control of exp8 drops this term; it is not negligible here.
        assertThat(lawShare).isGreaterThan(1e-2 * scale);
        assertThat(g.couplings()).hasSize(10).startsWith("J[0,1]").endsWith("J[3,4]");
    }

    @Test
    void aDenoisingLayerDifferentiatesThroughItsConditionalLaw() {
        var layer = new DenoisingLayer(model(), 0.6, new int[] {1, -1, 1, 1, -1});
        var law = EnumeratedLaw.of(layer);
        var d = data(model());
        var g = PredictorGradient.of(layer, law, ExactKernels.build(KernelName.RANDOM_SCAN, layer), d);
        double h = 1e-4;
        var up = new DenoisingLayer(shifted(model(), 1, 3, h), 0.6, layer.input());
        var down = new DenoisingLayer(shifted(model(), 1, 3, -h), 0.6, layer.input());
        double fd = (PredictorGradient.of(up, EnumeratedLaw.of(up), ExactKernels.build(KernelName.RANDOM_SCAN, up), d)
                .logPerp(1, 2) - PredictorGradient.of(down, EnumeratedLaw.of(down),
                        ExactKernels.build(KernelName.RANDOM_SCAN, down), d).logPerp(1, 2)) / (2 * h);
        int index = g.couplings().indexOf("J[1,3]");
        assertThat(g.logPerpGradient()[index]).isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-7 * Math.abs(fd) + 1e-9));
    }

    @Test
    void refusesOtherKernelsRbmsAndNonReversibleChains() {
        var m = model();
        var law = EnumeratedLaw.of(m);
        assertThatThrownBy(() -> PredictorGradient.of(m, law, ExactKernels.build(KernelName.METROPOLIS, m), data(m)))
                .isInstanceOf(RefusedInputException.class).hasMessageContaining("random-scan");
        var rbm = new RbmModel(2, 1, new double[][] {{0.3}, {0.2}}, new double[2], new double[1], 1.0, false);
        assertThatThrownBy(() -> PredictorGradient.of(rbm, EnumeratedLaw.of(rbm),
                ExactKernels.build(KernelName.BLOCK_RBM, rbm), new double[2]))
                .isInstanceOf(RefusedInputException.class).hasMessageContaining("RbmModel");
        var sweep = ExactKernels.build(KernelName.SYSTEMATIC_SCAN, m);
        var disguised = DenseKernel.of(KernelName.RANDOM_SCAN, rows(sweep));
        assertThatThrownBy(() -> PredictorGradient.of(m, law, disguised, data(m)))
                .isInstanceOf(NotReversibleException.class);
    }

    @Test
    void arraysAreCopied() {
        var g = gradient(model());
        g.gradNorm2Gradient()[0] = 1e9;
        g.timeGradientThroughLaw()[0] = 1e9;
        assertThat(g.gradNorm2Gradient()[0]).isNotEqualTo(1e9);
        assertThat(g.timeGradientThroughLaw()[0]).isNotEqualTo(1e9);
    }

    static double[][] rows(DenseKernel k) {
        var r = new double[k.size()][k.size()];
        for (int x = 0; x < k.size(); x++) {
            for (int y = 0; y < k.size(); y++) {
                r[x][y] = k.entry(x, y);
            }
        }
        return r;
    }

    static double logPerp(IsingModel m) {
        var law = EnumeratedLaw.of(m);
        var a = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, m), new EjmlEigensolver(),
                Spectrum.DEFAULT_CLUSTER_WIDTH);
        double g2 = 0;
        for (double v : law.gradient(data(m))) {
            g2 += v * v;
        }
        return Math.log(g2) - Math.log(a.aggregateTime());
    }

    static IsingModel shifted(IsingModel m, int k, int l, double by) {
        var j = m.couplings();
        j[k][l] += by;
        j[l][k] += by;
        return new IsingModel(m.n(), j, m.fields(), m.beta(), m.trainFields());
    }
}
