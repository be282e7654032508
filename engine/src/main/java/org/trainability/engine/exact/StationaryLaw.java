package org.trainability.engine.exact;

/**
 * A law on finitely many states with observables on them: what the spectral analysis needs.
 * {@link EnumeratedLaw} is a model's law over its 2^N states; the spin-flip lumped law over orbits
 * is another (package {@code symmetry}). Implementations are immutable and thread-safe; array
 * accessors return copies.
 */
public interface StationaryLaw {

    /** The number of states. */
    int stateCount();

    /** The number of observables (parameters). */
    int parameterCount();

    /** Unnormalised {@code log π(s) + const}, finite for every state. */
    double logWeight(int s);

    /** All unnormalised log-weights (a copy). */
    double[] logWeights();

    /** {@code π(s)}. */
    double probability(int s);

    /** {@code √π(s)}, formed so that it survives where π(s) underflows. */
    double sqrtProbability(int s);

    /** π (a copy). */
    double[] probabilities();

    /** √π (a copy). */
    double[] sqrtProbabilities();

    /** {@code f_a(s)}. */
    double observable(int a, int s);

    /** {@code f_a} over the states (a copy). */
    double[] observable(int a);

    /** {@code E_π[f_a]} in parameter order. */
    double[] expectations();

    /** {@code Var_π[f_a]} in parameter order. */
    double[] variances();

    /** {@code Σ_a Var_π[f_a]}. */
    default double totalVariance() {
        double t = 0;
        for (double v : variances()) {
            t += v;
        }
        return t;
    }

    /**
     * {@code g_a = E_data[f_a] - E_π[f_a]}.
     *
     * @param dataExpectations E_data[f_a] in parameter order. Not modified.
     */
    default double[] gradient(double[] dataExpectations) {
        var means = expectations();
        if (dataExpectations.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " data expectations, got "
                    + dataExpectations.length);
        }
        var g = new double[means.length];
        for (int a = 0; a < g.length; a++) {
            g[a] = dataExpectations[a] - means[a];
        }
        return g;
    }
}
