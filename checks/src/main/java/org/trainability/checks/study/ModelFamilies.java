package org.trainability.checks.study;

import java.util.random.RandomGeneratorFactory;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.RbmModel;

/**
 * The fixed model families the theorem checks run on, all spin-flip symmetric (b = 0, fields not
 * trained, so every observable {@code -x_i x_j} is even) unless a control says otherwise:
 * <ul>
 *   <li>Curie–Weiss: {@code J_ij = 1/N} for every pair (mean field, critical at β = 1);</li>
 *   <li>the ring: {@code J_{i,i+1} = 1} around a cycle (the 1-D Ising ring, no transition, slow
 *       domain walls at large β);</li>
 *   <li>a frustrated random model: {@code J_ij ~ N(0, 1/N)} (Sherrington–Kirkpatrick couplings),
 *       drawn once from a stated seed;</li>
 *   <li>RBMs with Gaussian weights {@code W_ij ~ N(0, σ²)} and zero fields (exp2).</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class ModelFamilies {

    /** The stream every drawn coupling comes from (style: a named algorithm, an explicit seed). */
    public static final String ALGORITHM = "L64X128MixRandom";

    private ModelFamilies() {
    }

    /** Curie–Weiss on n spins at inverse temperature β, b = 0, fields not trained. */
    public static IsingModel curieWeiss(int n, double beta) {
        return curieWeiss(n, beta, false);
    }

    /** Curie–Weiss on n spins at inverse temperature β, b = 0, fields trained or not. */
    public static IsingModel curieWeiss(int n, double beta, boolean trainFields) {
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                j[i][k] = i == k ? 0 : 1.0 / n;
            }
        }
        return new IsingModel(n, j, new double[n], beta, trainFields);
    }

    /** The ferromagnetic ring on n ≥ 3 spins, b = 0, fields not trained. */
    public static IsingModel ring(int n, double beta) {
        return ring(n, beta, false);
    }

    /** The ferromagnetic ring on n ≥ 3 spins, b = 0, fields trained or not. */
    public static IsingModel ring(int n, double beta, boolean trainFields) {
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            int k = (i + 1) % n;
            j[i][k] = 1;
            j[k][i] = 1;
        }
        return new IsingModel(n, j, new double[n], beta, trainFields);
    }

    /** Frustrated random couplings {@code J_ij ~ N(0, 1/N)} drawn from {@code seed}, b = 0. */
    public static IsingModel frustrated(int n, double beta, long seed) {
        return new IsingModel(n, frustratedCouplings(n, seed), new double[n], beta, false);
    }

    /** The couplings {@code J_ij ~ N(0, 1/N)} of the frustrated family, drawn from {@code seed}. */
    public static double[][] frustratedCouplings(int n, long seed) {
        var rng = RandomGeneratorFactory.of(ALGORITHM).create(seed);
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double v = rng.nextGaussian() / Math.sqrt(n);
                j[i][k] = v;
                j[k][i] = v;
            }
        }
        return j;
    }

    /** The same couplings and β with a field {@code b_0 = field} on spin 0 (breaks the symmetry). */
    public static IsingModel withFieldOnFirstSpin(IsingModel model, double field) {
        var b = new double[model.n()];
        b[0] = field;
        return model.withFields(b);
    }

    /**
     * An RBM with {@code W_ij ~ N(0, σ²)} drawn from {@code seed}; zero fields and fields not
     * trained, so its Rao–Blackwellised observables are spin-flip even.
     */
    public static RbmModel rbm(int visible, int hidden, double sigma, double beta, long seed) {
        var rng = RandomGeneratorFactory.of(ALGORITHM).create(seed);
        var w = new double[visible][hidden];
        for (int i = 0; i < visible; i++) {
            for (int k = 0; k < hidden; k++) {
                w[i][k] = sigma * rng.nextGaussian();
            }
        }
        return new RbmModel(visible, hidden, w, new double[visible], new double[hidden], beta, false);
    }

    /** The same RBM with visible and hidden fields {@code field} on every unit (breaks the symmetry). */
    public static RbmModel withFields(RbmModel rbm, double field) {
        var b = new double[rbm.visible()];
        var c = new double[rbm.hidden()];
        java.util.Arrays.fill(b, field);
        java.util.Arrays.fill(c, field);
        return new RbmModel(rbm.visible(), rbm.hidden(), rbm.weights(), b, c, rbm.beta(), false);
    }
}
