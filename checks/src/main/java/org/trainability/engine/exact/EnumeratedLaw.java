package org.trainability.engine.exact;

import org.trainability.engine.model.Model;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.model.TrainingProblem;

/**
 * A model's law by exact enumeration of its states (indexed as in math.md §1), with its
 * observables: {@code log π}, {@code π}, {@code √π}, {@code E_π[f_a]}, {@code Var_π[f_a]} and the
 * gradient {@code g_a = E_data[f_a] - E_π[f_a]}.
 *
 * <p><b>Stability.</b> Everything is computed from the unnormalised log-weights: {@code log Z} by
 * log-sum-exp around the largest weight; {@code π = exp(lw - max)/Σ} and
 * {@code √π = exp((lw - max)/2)/√Σ} (so √π survives where π itself would underflow, and no
 * rounding of log Z enters π); means by a compensated sum of {@code f - f(mode)} and variances in
 * two passes {@code Σ π (f - E f)²} with the same shift — so β up to 10 with |J| ≤ 2 neither
 * overflows nor loses the digits of a variance that is tiny against the mean (a test checks a ring
 * at βJ = 20, Var ≈ 6e-34, against its closed form). States whose
 * probability underflows contribute nothing below 1e-300 and are kept at π = 0 (A1's π &gt; 0 then
 * holds only for √π and log π, which are what the spectral code uses).
 *
 * <p>Refuses models beyond the {@link DenseLimit}. Immutable (arrays are copied out); thread-safe.
 */
public final class EnumeratedLaw implements StationaryLaw {

    private final Model model;
    private final int states;
    private final int parameters;
    private final double[] logWeights;
    private final double logPartition;
    private final double[] probabilities;
    private final double[] sqrtProbabilities;
    /** Observables, row a at {@code [a·states, (a+1)·states)}. */
    private final double[] observables;
    private final double[] means;
    private final double[] variances;

    private EnumeratedLaw(Model model) {
        this.model = model;
        this.states = DenseLimit.stateCount(model);
        this.parameters = model.parameterCount();
        int n = model.enumeratedUnits();
        logWeights = new double[states];
        observables = new double[parameters * states];
        var x = new int[n];
        var f = new double[parameters];
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < states; s++) {
            SpinStates.spins(s, n, x);
            logWeights[s] = model.logWeight(x);
            if (!Double.isFinite(logWeights[s])) {
                throw new ArithmeticException("the log-weight of state " + s + " is " + logWeights[s]);
            }
            max = Math.max(max, logWeights[s]);
            model.observables(x, f);
            for (int a = 0; a < parameters; a++) {
                observables[a * states + s] = f[a];
            }
        }
        double sum = 0;
        int mode = 0;
        for (int s = 0; s < states; s++) {
            sum += Math.exp(logWeights[s] - max);
            if (logWeights[s] > logWeights[mode]) {
                mode = s;
            }
        }
        logPartition = max + Math.log(sum);
        // Normalise by the sum itself, not through log Z: exp(lw − log Z) would carry log Z's
        // rounding, ε·|log Z| relative, into every probability.
        probabilities = new double[states];
        sqrtProbabilities = new double[states];
        double sqrtSum = Math.sqrt(sum);
        for (int s = 0; s < states; s++) {
            double d = logWeights[s] - max;
            probabilities[s] = Math.exp(d) / sum;
            sqrtProbabilities[s] = Math.exp(0.5 * d) / sqrtSum;
        }
        means = new double[parameters];
        variances = new double[parameters];
        for (int a = 0; a < parameters; a++) {
            var moments = WeightedMoments.of(probabilities, observables, a * states, mode);
            means[a] = moments[0];
            variances[a] = moments[1];
        }
    }

    /**
     * Enumerates the model's law.
     *
     * @throws org.trainability.engine.RefusedInputException beyond the dense limit
     */
    public static EnumeratedLaw of(Model model) {
        return new EnumeratedLaw(model);
    }

    /** The model enumerated. */
    public Model model() {
        return model;
    }

    /** The number of states 2^N. */
    @Override
    public int stateCount() {
        return states;
    }

    /** The number of parameters. */
    @Override
    public int parameterCount() {
        return parameters;
    }

    /** {@code log Z} of the unnormalised weights. */
    public double logPartition() {
        return logPartition;
    }

    /** {@code log π(s)} (finite for every state). */
    public double logProbability(int s) {
        return logWeights[s] - logPartition;
    }

    /** The unnormalised log-weight of state s. */
    @Override
    public double logWeight(int s) {
        return logWeights[s];
    }

    /** The unnormalised log-weights of all states, as a new array. */
    @Override
    public double[] logWeights() {
        return logWeights.clone();
    }

    /** {@code π(s)}. */
    @Override
    public double probability(int s) {
        return probabilities[s];
    }

    /** {@code √π(s)}. */
    @Override
    public double sqrtProbability(int s) {
        return sqrtProbabilities[s];
    }

    /** π as a new array. */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** √π as a new array. */
    @Override
    public double[] sqrtProbabilities() {
        return sqrtProbabilities.clone();
    }

    /** {@code f_a(s)}. */
    @Override
    public double observable(int a, int s) {
        return observables[a * states + s];
    }

    /** {@code f_a} over all states, as a new array. */
    @Override
    public double[] observable(int a) {
        var f = new double[states];
        System.arraycopy(observables, a * states, f, 0, states);
        return f;
    }

    /** {@code E_π[f_a]} in parameter order. */
    @Override
    public double[] expectations() {
        return means.clone();
    }

    /** {@code Var_π[f_a]} in parameter order (two-pass). */
    @Override
    public double[] variances() {
        return variances.clone();
    }

    /** {@code Σ_a Var_π[f_a]}. */
    @Override
    public double totalVariance() {
        double t = 0;
        for (double v : variances) {
            t += v;
        }
        return t;
    }

    /**
     * {@code g_a = E_data[f_a] - E_π[f_a]}.
     *
     * @param dataExpectations E_data[f_a] in parameter order. Not modified.
     */
    @Override
    public double[] gradient(double[] dataExpectations) {
        if (dataExpectations.length != parameters) {
            throw new IllegalArgumentException("expected " + parameters + " data expectations, got "
                    + dataExpectations.length);
        }
        var g = new double[parameters];
        for (int a = 0; a < parameters; a++) {
            g[a] = dataExpectations[a] - means[a];
        }
        return g;
    }

    /** The gradient of a training problem whose model is this law's. */
    public double[] gradient(TrainingProblem problem) {
        if (!problem.model().equals(model)) {
            throw new IllegalArgumentException("the problem's model is not the enumerated one");
        }
        return gradient(problem.dataExpectations());
    }
}
