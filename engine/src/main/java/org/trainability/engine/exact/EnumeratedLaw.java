package org.trainability.engine.exact;

import org.trainability.engine.model.Model;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.model.TrainingProblem;

/**
 * A model's law by exact enumeration of its states (indexed as in docs/math.md §1), with its
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
public final class EnumeratedLaw extends TabulatedLaw {

    private final Model model;
    private final double logPartition;

    private EnumeratedLaw(Model model, Tables t) {
        super(model.parameterCount(), t.logWeights, t.probabilities, t.sqrtProbabilities, t.observables, t.mode);
        this.model = model;
        this.logPartition = t.logPartition;
    }

    /** The tables of a model's law, filled from its log-weights. */
    private static final class Tables {
        final double[] logWeights;
        final double[] observables;
        final double[] probabilities;
        final double[] sqrtProbabilities;
        final double logPartition;
        final int mode;

        Tables(Model model) {
            int states = DenseLimit.stateCount(model);
            int parameters = model.parameterCount();
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
            int best = 0;
            for (int s = 0; s < states; s++) {
                sum += Math.exp(logWeights[s] - max);
                if (logWeights[s] > logWeights[best]) {
                    best = s;
                }
            }
            mode = best;
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
        }
    }

    /**
     * Enumerates the model's law.
     *
     * @throws org.trainability.engine.RefusedInputException beyond the dense limit
     */
    public static EnumeratedLaw of(Model model) {
        return new EnumeratedLaw(model, new Tables(model));
    }

    /** The model enumerated. */
    public Model model() {
        return model;
    }

    /** {@code log Z} of the unnormalised weights. */
    public double logPartition() {
        return logPartition;
    }

    /** {@code log π(s)} (finite for every state). */
    public double logProbability(int s) {
        return logWeight(s) - logPartition;
    }

    /** The gradient of a training problem whose model is this law's. */
    public double[] gradient(TrainingProblem problem) {
        if (!problem.model().equals(model)) {
            throw new IllegalArgumentException("the problem's model is not the enumerated one");
        }
        return gradient(problem.dataExpectations());
    }
}
