package org.trainability.engine.sensitivity;

import org.trainability.engine.exact.DenseLimit;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.SpinStates;

/**
 * The derivative of the random-scan heat-bath kernel (docs/math.md §3) with respect to a coupling.
 *
 * <p>The kernel moves from x to its single-flip neighbour {@code x^(i)} with probability
 * {@code P(x, x^(i)) = σ(z_i(x))/N}, {@code z_i = -2β x_i h_i}, {@code h_i = Σ_j J_ij x_j + b_i},
 * σ the logistic function, and stays with the rest of the row. A coupling J_kl (k &lt; l, entering
 * J symmetrically) moves only h_k (by x_l) and h_l (by x_k), so
 * <pre>
 *   ∂P(x, x^(k))/∂J_kl = σ(z_k)σ(-z_k)·(-2β x_k x_l)/N,   likewise for l,
 *   ∂P(x, x^(i))/∂J_kl = 0 for i ∉ {k, l},   ∂P(x, x)/∂J_kl = -Σ_i ∂P(x, x^(i))/∂J_kl
 * </pre>
 * (rows stay stochastic). The derivative is computed from the model, never from a kernel matrix,
 * so a kernel built wrongly elsewhere does not get a matching wrong derivative.
 *
 * <p>Refuses models beyond the dense limit (its per-state tables are 2^N·N). Immutable;
 * thread-safe.
 */
public final class HeatBathDerivative {

    private final int n;
    private final int states;
    private final double beta;
    /** {@code σ(z_i(x))σ(-z_i(x))} at {@code [x·N + i]}. */
    private final double[] slope;

    private HeatBathDerivative(IsingModel model) {
        this.n = model.n();
        this.states = DenseLimit.stateCount(model);
        this.beta = model.beta();
        this.slope = new double[states * n];
        var x = new int[n];
        for (int s = 0; s < states; s++) {
            SpinStates.spins(s, n, x);
            for (int i = 0; i < n; i++) {
                double z = -2 * beta * x[i] * model.localField(x, i);
                slope[s * n + i] = logistic(z) * logistic(-z);
            }
        }
    }

    /**
     * The derivative of the random-scan kernel of {@code model} (its own fields; for a denoising
     * layer pass its {@code conditional()} model).
     */
    public static HeatBathDerivative of(IsingModel model) {
        return new HeatBathDerivative(model);
    }

    /** The number of spins N. */
    public int spins() {
        return n;
    }

    /** The number of states 2^N. */
    public int states() {
        return states;
    }

    /**
     * {@code ∂P(x, x^(i))/∂J_kl}: zero unless i is k or l.
     *
     * @param x a state index
     * @param i the flipped site
     * @param k the coupling's first site
     * @param l the coupling's second site (k ≠ l)
     */
    public double flipDerivative(int x, int i, int k, int l) {
        if (i != k && i != l) {
            return 0;
        }
        return slope[x * n + i] * (-2 * beta * SpinStates.spin(x, k) * SpinStates.spin(x, l)) / n;
    }

    static double logistic(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
