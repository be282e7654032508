package org.trainability.engine.exact;

/**
 * A {@link StationaryLaw} held as tables: log-weights, π, √π and the observables on every state,
 * with means and variances computed once (two-pass, shifted to the most probable state, see
 * {@link WeightedMoments}). The model's own law ({@link EnumeratedLaw}) and the spin-flip lumped
 * law are both tables of this kind; they differ only in how the tables are filled.
 *
 * <p>Subclasses hand their arrays over in the constructor and must not change them afterwards.
 * Immutable (accessors return copies); thread-safe.
 */
public abstract class TabulatedLaw implements StationaryLaw {

    private final int states;
    private final int parameters;
    private final double[] logWeights;
    private final double[] probabilities;
    private final double[] sqrtProbabilities;
    /** Observables, row a at {@code [a·states, (a+1)·states)}. */
    private final double[] observables;
    private final double[] means;
    private final double[] variances;

    /**
     * @param parameters        the number of observables
     * @param logWeights        unnormalised log π per state (taken over, not copied)
     * @param probabilities     π per state (taken over)
     * @param sqrtProbabilities √π per state (taken over)
     * @param observables       f_a(s) row by row (taken over)
     * @param mode              a most probable state, the shift of the moment sums
     */
    protected TabulatedLaw(int parameters, double[] logWeights, double[] probabilities, double[] sqrtProbabilities,
            double[] observables, int mode) {
        this.states = logWeights.length;
        this.parameters = parameters;
        this.logWeights = logWeights;
        this.probabilities = probabilities;
        this.sqrtProbabilities = sqrtProbabilities;
        this.observables = observables;
        this.means = new double[parameters];
        this.variances = new double[parameters];
        for (int a = 0; a < parameters; a++) {
            var moments = WeightedMoments.of(probabilities, observables, a * states, mode);
            means[a] = moments[0];
            variances[a] = moments[1];
        }
    }

    @Override
    public final int stateCount() {
        return states;
    }

    @Override
    public final int parameterCount() {
        return parameters;
    }

    @Override
    public final double logWeight(int s) {
        return logWeights[s];
    }

    @Override
    public final double[] logWeights() {
        return logWeights.clone();
    }

    @Override
    public final double probability(int s) {
        return probabilities[s];
    }

    @Override
    public final double sqrtProbability(int s) {
        return sqrtProbabilities[s];
    }

    @Override
    public final double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public final double[] sqrtProbabilities() {
        return sqrtProbabilities.clone();
    }

    @Override
    public final double observable(int a, int s) {
        return observables[a * states + s];
    }

    @Override
    public final double[] observable(int a) {
        var f = new double[states];
        System.arraycopy(observables, a * states, f, 0, states);
        return f;
    }

    @Override
    public final double[] expectations() {
        return means.clone();
    }

    @Override
    public final double[] variances() {
        return variances.clone();
    }
}
