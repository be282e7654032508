package org.trainability.checks.risks;

import java.util.List;
import org.trainability.engine.model.RbmModel;

/**
 * The exact law, to second order, of one sampled positive phase's squared error (F4): with D'
 * draws cycling through D data states (draw t uses {@code v_t = data[t mod D]}), h drawn from
 * p(h | v_t) and the plain observables {@code −v_i h_j}, {@code −v_i}, {@code −h_j} averaged, the
 * error against the exact (Rao–Blackwellised) positive phase is {@code e = ‖p̂ − p‖²}, and
 *
 * <pre>
 *   E e   = (1/D'²) Σ_j Σ_t G_tt σ²_tj
 *   Var e = (1/D'⁴) Σ_j [ Σ_t G_tt² (μ4_tj − σ⁴_tj) + 2 Σ_{t≠s} G_ts² σ²_tj σ²_sj ]
 * </pre>
 *
 * where {@code m_tj = tanh(β(c_j + (Wᵀv_t)_j))}, {@code σ² = 1 − m²} and
 * {@code μ4 − σ⁴ = 4m²(1 − m²)} are the variance and fourth central moment of {@code h_j − m_tj},
 * and {@code G_ts = v_t·v_s + [fields trained]}. It follows because the error of weight (i, j) is
 * {@code −(1/D') Σ_t v_{t,i} u_tj} and that of hidden field j is {@code −(1/D') Σ_t u_tj}, with
 * {@code u_tj = h_tj − m_tj} independent, centred, and independent across j (the visible fields'
 * −v_i is exact, so their error is zero): e is a sum over j of independent quadratic forms
 * {@code uᵀGu/D'²}. The mean is what the engine's own test (PositivePhaseTest) states; the
 * variance lets a check bound how far a mean of R replicate errors may stray by chance.
 *
 * <p>Data states are grouped, so the cost is O(D²·m) whatever D'. D' must be a multiple of D (then
 * every data state weighs the same and the sampled phase is unbiased for the exact one).
 * Immutable; thread-safe.
 *
 * @param mean     E e
 * @param variance Var e
 */
public record PositivePhaseError(double mean, double variance) {

    /**
     * @param rbm   the model
     * @param data  the data states (visible spins). Not modified.
     * @param draws D', a positive multiple of the number of data states
     * @throws IllegalArgumentException for no data, a state of the wrong width, or D' not a multiple of D
     */
    public static PositivePhaseError of(RbmModel rbm, List<int[]> data, int draws) {
        int d = data.size();
        if (d == 0 || draws < 1 || draws % d != 0) {
            throw new IllegalArgumentException("draws D' = " + draws + " must be a positive multiple of the "
                    + d + " data states");
        }
        int n = rbm.visible();
        int m = rbm.hidden();
        for (var v : data) {
            if (v.length != n) {
                throw new IllegalArgumentException("a data state has " + v.length + " spins, the RBM " + n + " visible units");
            }
        }
        double perState = (double) draws / d;
        int fieldTerm = rbm.trainFields() ? 1 : 0;
        var gram = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double dot = fieldTerm;
                for (int i = 0; i < n; i++) {
                    dot += data.get(a)[i] * data.get(b)[i];
                }
                gram[a][b] = dot;
            }
        }
        double mean = 0;
        double variance = 0;
        var sigma2 = new double[d];
        for (int j = 0; j < m; j++) {
            double diagonal = 0;
            for (int a = 0; a < d; a++) {
                double mj = Math.tanh(rbm.beta() * rbm.hiddenInput(data.get(a), j));
                sigma2[a] = 1 - mj * mj;
                mean += perState * gram[a][a] * sigma2[a];
                // Σ_t G_tt²(μ4 − σ⁴) − and the t = s terms to remove from the double sum below.
                diagonal += perState * gram[a][a] * gram[a][a] * (4 * mj * mj * sigma2[a] - 2 * sigma2[a] * sigma2[a]);
            }
            double pairs = 0;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    pairs += gram[a][b] * gram[a][b] * sigma2[a] * sigma2[b];
                }
            }
            variance += diagonal + 2 * perState * perState * pairs;
        }
        double dd = (double) draws * draws;
        return new PositivePhaseError(mean / dd, variance / (dd * dd));
    }
}
