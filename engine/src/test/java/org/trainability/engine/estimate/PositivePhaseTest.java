package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.TrainingData;
import org.trainability.engine.model.TrainingProblem;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.StartLaw;

/**
 * The sampled positive phase of an RBM (F4): h drawn given each data v. Its mean squared error
 * against the exact (Rao–Blackwellised) positive phase has a closed form —
 * {@code (1/D'²) Σ_t Σ_a Var(f_a | v_{t mod D})} with {@code Var(−v_i h_j | v) = Var(−h_j | v) =
 * 1 − tanh²(β(c_j + (Wᵀv)_j))} and {@code Var(−v_i | v) = 0} over D' = M·K draws — and the
 * measured one must match it; the positive-to-negative MSE ratio is then what F4 reports.
 *
 * <p>Odds: the measured MSE is a mean of {@value #REPLICATES} replicate errors, each a sum of many
 * weighted χ²₁ terms; its relative standard deviation is below 3%, so a 12% band is more than four
 * of them (false failure below 1e-4). As a control, the exact positive phase has zero MSE.
 */
class PositivePhaseTest {

    static final int REPLICATES = 400;

    @Test
    void sampledPositivePhaseMseMatchesItsClosedForm() {
        var w = new double[][] {{0.5, -0.3, 0.2}, {0.2, 0.4, -0.7}, {-0.6, 0.1, 0.3}, {0.3, 0.3, 0.3}};
        var rbm = new RbmModel(4, 3, w, new double[] {0.1, 0, -0.1, 0}, new double[] {0.2, -0.2, 0}, 1.0, true);
        List<int[]> data = List.of(new int[] {1, 1, -1, 1}, new int[] {1, -1, -1, -1}, new int[] {-1, 1, 1, 1});
        var problem = new TrainingProblem(rbm, new TrainingData.States(data));
        var exactData = problem.dataExpectations();
        var sampler = ModelSamplers.rbm(rbm);
        int m = 2;
        int k = 30;
        int draws = m * k;
        PositivePhase positive = rng -> sampler.samplePositivePhase(data, draws, rng);
        var settings = new EstimatorSettings(m, 10, k, new StartLaw.Uniform(), 2);
        var run = new CanonicalEstimator(sampler, exactData, Optional.of(positive)).run(settings, REPLICATES, 61, false);
        double measured = 0;
        for (var p : run.positive()) {
            for (int a = 0; a < p.length; a++) {
                measured += (p[a] - exactData[a]) * (p[a] - exactData[a]);
            }
        }
        measured /= REPLICATES;
        double expected = 0;
        for (int t = 0; t < draws; t++) {
            var v = data.get(t % data.size());
            for (int j = 0; j < 3; j++) {
                double a = rbm.hiddenInput(v, j);
                double var = 1 - Math.tanh(a) * Math.tanh(a);
                expected += 4 * var + var; // four weights −v_i h_j, and the hidden field −h_j
            }
        }
        expected /= (double) draws * draws;
        assertThat(measured).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.12 * expected));

        var exactOnly = new CanonicalEstimator(sampler, exactData, Optional.empty()).run(settings, 3, 62, false);
        for (var p : exactOnly.positive()) {
            assertThat(p).containsExactly(exactData);
        }
        // F4's ratio is finite and positive on this model.
        var law = EnumeratedLaw.of(rbm);
        double negative = 0;
        for (var n : run.negative()) {
            for (int a = 0; a < n.length; a++) {
                negative += (n[a] - law.expectations()[a]) * (n[a] - law.expectations()[a]);
            }
        }
        negative /= REPLICATES;
        assertThat(measured / negative).isPositive().isFinite();
    }
}
