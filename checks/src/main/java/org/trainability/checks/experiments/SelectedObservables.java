package org.trainability.checks.experiments;

import org.trainability.engine.exact.StationaryLaw;

/**
 * A law with only some of its observables: the same states and π, the observables {@code f_{a_k}}
 * for the listed parameter indices, in the listed order. exp2 uses it to analyse an RBM's joint
 * (v, h) chain as a Boltzmann machine on n + m units while keeping only the RBM's own parameters,
 * the visible–hidden couplings {@code −v_i h_j}. Immutable (indices copied); thread-safe.
 */
final class SelectedObservables implements StationaryLaw {

    private final StationaryLaw law;
    private final int[] selected;

    /**
     * @param law      the full law
     * @param selected parameter indices of {@code law}, each in range. Not modified.
     */
    SelectedObservables(StationaryLaw law, int[] selected) {
        this.law = law;
        this.selected = selected.clone();
        for (int a : this.selected) {
            if (a < 0 || a >= law.parameterCount()) {
                throw new IllegalArgumentException("parameter " + a + " is not among the law's " + law.parameterCount());
            }
        }
    }

    @Override
    public int stateCount() {
        return law.stateCount();
    }

    @Override
    public int parameterCount() {
        return selected.length;
    }

    @Override
    public double logWeight(int s) {
        return law.logWeight(s);
    }

    @Override
    public double[] logWeights() {
        return law.logWeights();
    }

    @Override
    public double probability(int s) {
        return law.probability(s);
    }

    @Override
    public double sqrtProbability(int s) {
        return law.sqrtProbability(s);
    }

    @Override
    public double[] probabilities() {
        return law.probabilities();
    }

    @Override
    public double[] sqrtProbabilities() {
        return law.sqrtProbabilities();
    }

    @Override
    public double observable(int a, int s) {
        return law.observable(selected[a], s);
    }

    @Override
    public double[] observable(int a) {
        return law.observable(selected[a]);
    }

    @Override
    public double[] expectations() {
        return pick(law.expectations());
    }

    @Override
    public double[] variances() {
        return pick(law.variances());
    }

    private double[] pick(double[] all) {
        var out = new double[selected.length];
        for (int k = 0; k < selected.length; k++) {
            out[k] = all[selected[k]];
        }
        return out;
    }
}
