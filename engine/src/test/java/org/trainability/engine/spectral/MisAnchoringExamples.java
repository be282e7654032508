package org.trainability.engine.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.IsingModel;

/**
 * The research page's mis-anchoring, reproduced: on the Curie–Weiss model with b = 0 and fields
 * not trained (every observable −x_i x_j is even under the spin flip) the slowest mode is odd, so
 * the single-gap predictor divides by a weight that is zero up to rounding, while Q⊥ tracks the
 * exact Q_op.
 */
class MisAnchoringExamples {

    static final int N = 8;
    static final long WINDOW = 1000;

    /** Curie–Weiss: J_ij = 1/N for all i ≠ j, b = 0, fields not trained. */
    static IsingModel curieWeiss(double beta) {
        var j = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                j[i][k] = i == k ? 0 : 1.0 / N;
            }
        }
        return new IsingModel(N, j, new double[N], beta, false);
    }

    /** Data moments of a slightly more ordered model, so ‖g‖² > 0 (the ratios do not depend on g). */
    static double[] dataMoments(EnumeratedLaw law) {
        var m = law.expectations();
        for (int a = 0; a < m.length; a++) {
            m[a] -= 0.05;
        }
        return m;
    }

    @Example
    void singleGapOverPredictsByTwentyOrdersWhileQPerpTracksQOp() {
        for (double beta : new double[] {0.5, 1, 1.5, 2}) {
            var model = curieWeiss(beta);
            var law = EnumeratedLaw.of(model);
            var analysis = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model),
                    SymmetricEigensolver.preferred(), Spectrum.DEFAULT_CLUSTER_WIDTH);
            var g = law.gradient(dataMoments(law));
            var prediction = analysis.predict(g, WINDOW, 1, 1e-3);
            int slow = analysis.spectrum().secondCluster();
            double overlap = analysis.clusterWeights().clusterTotal(slow) / law.totalVariance();
            assertThat(overlap).as("β = %s: slow-mode overlap Σ_a W_{a,c2} / Σ Var", beta).isLessThan(1e-25);
            assertThat(prediction.singleOverOp()).as("β = %s: Q_single / Q_op", beta).isGreaterThan(1e20);
            assertThat(prediction.perpOverOp()).as("β = %s: Q⊥ / Q_op", beta).isBetween(0.98, 1.02);
        }
    }

    /** The negative control: with a field the symmetry is broken and the slow mode is seen. */
    @Example
    void aFieldBreaksTheSymmetryAndTheSlowModeIsSeen() {
        var symmetric = curieWeiss(1.5);
        var fields = new double[N];
        fields[0] = 0.3;
        var model = symmetric.withFields(fields);
        var law = EnumeratedLaw.of(model);
        var analysis = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model),
                SymmetricEigensolver.preferred(), Spectrum.DEFAULT_CLUSTER_WIDTH);
        double overlap = analysis.clusterWeights().clusterTotal(analysis.spectrum().secondCluster()) / law.totalVariance();
        assertThat(overlap).isGreaterThan(1e-6);
    }
}
