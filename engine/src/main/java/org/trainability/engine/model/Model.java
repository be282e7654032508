package org.trainability.engine.model;

import java.util.List;

/**
 * A model whose gradient the engine studies: a Gibbs law over the spins of its
 * {@linkplain #enumeratedUnits() enumerated units} and the observables {@code f_a = ∂E/∂θ_a} of its
 * trained parameters, in the parameter order of docs/math.md §1.
 *
 * <p>For an {@link RbmModel} the enumerated units are the visible ones: the law is the v-marginal
 * and the observables are Rao–Blackwellised over the hidden units (docs/math.md §1). For a
 * {@link DenoisingLayer} the law is the conditional one given the input, and the observables are
 * those of the underlying Ising energy.
 *
 * <p>Implementations are immutable values, so thread-safe.
 */
public sealed interface Model permits IsingModel, RbmModel, DenoisingLayer {

    /** The number of trained parameters θ_a. */
    int parameterCount();

    /** Names of the parameters in parameter order, e.g. {@code J[0,1]}, {@code b[2]}, {@code W[1,0]}. */
    List<String> parameterNames();

    /** The inverse temperature β. */
    double beta();

    /** Whether the fields are trained parameters (they then follow the couplings or weights). */
    boolean trainFields();

    /** The number of units the exact chain runs over (Ising: N; RBM: the visible n). */
    int enumeratedUnits();

    /**
     * The unnormalised log-probability {@code log π(x) + log Z} of spins x over the enumerated units.
     *
     * @param x spins, each ±1, length {@link #enumeratedUnits()}. Not modified.
     */
    double logWeight(int[] x);

    /**
     * The observables {@code f_a(x)} in parameter order.
     *
     * @param x spins over the enumerated units. Not modified.
     * @param out receives {@link #parameterCount()} values
     */
    void observables(int[] x, double[] out);

    /**
     * {@code E_data[f_a]} in parameter order: the moments as given, or the average of the
     * observables over the data states (for an RBM, their conditional expectations given v).
     *
     * @param data moments or states; must fit this model (checked by {@link TrainingProblem})
     */
    default double[] dataExpectations(TrainingData data) {
        if (data instanceof TrainingData.Moments m) {
            return m.values();
        }
        var states = ((TrainingData.States) data).states();
        var sum = new double[parameterCount()];
        var f = new double[parameterCount()];
        for (int[] x : states) {
            observables(x, f);
            for (int a = 0; a < f.length; a++) {
                sum[a] += f[a];
            }
        }
        for (int a = 0; a < sum.length; a++) {
            sum[a] /= states.size();
        }
        return sum;
    }
}
