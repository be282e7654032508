package org.trainability.engine.symmetry;

import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.exact.TabulatedLaw;
import org.trainability.engine.model.SpinStates;

/**
 * A model's law seen on the spin-flip orbits {x, -x}: {@code π̃(o) = π(r_o) + π(-r_o)} (formed in
 * log space) and the flip-even observables as functions of the orbit. With
 * {@link LumpedChain#kernel()} it is what O1.c compares with the projected chain: the same
 * {@link org.trainability.engine.spectral.SpectralAnalysis} runs on either.
 *
 * <p>Refuses (with {@link NotLumpableException}) a law that is not flip-symmetric or an observable
 * that is not flip-even, with the measured residual. Immutable; thread-safe.
 */
public final class LumpedLaw extends TabulatedLaw {

    /** How far from flip-even (absolute, observables are O(1)) or flip-symmetric (relative) input may be. */
    public static final double SYMMETRY_RESIDUAL = 1e-12;

    private LumpedLaw(Tables t) {
        super(t.parameters, t.logWeights, t.probabilities, t.sqrtProbabilities, t.observables, t.mode);
    }

    /** The tables on the orbits {x, -x}, checked for flip symmetry as they are filled. */
    private static final class Tables {
        final int parameters;
        final double[] logWeights;
        final double[] probabilities;
        final double[] sqrtProbabilities;
        final double[] observables;
        final int mode;

        Tables(EnumeratedLaw law) {
            int units = law.model().enumeratedUnits();
            int orbits = law.stateCount() / 2;
            parameters = law.parameterCount();
            logWeights = new double[orbits];
            probabilities = new double[orbits];
            sqrtProbabilities = new double[orbits];
            observables = new double[parameters * orbits];
            double lawResidual = 0;
            double oddResidual = 0;
            int best = 0;
            for (int o = 0; o < orbits; o++) {
                int bar = SpinStates.flipAll(o, units);
                double l1 = law.logProbability(o);
                double l2 = law.logProbability(bar);
                lawResidual = Math.max(lawResidual, Math.abs(Math.expm1(l2 - l1)));
                double top = Math.max(l1, l2);
                logWeights[o] = top + Math.log1p(Math.exp(Math.min(l1, l2) - top));
                probabilities[o] = law.probability(o) + law.probability(bar);
                sqrtProbabilities[o] = Math.exp(0.5 * logWeights[o]);
                if (logWeights[o] > logWeights[best]) {
                    best = o;
                }
                for (int a = 0; a < parameters; a++) {
                    double f = law.observable(a, o);
                    oddResidual = Math.max(oddResidual, Math.abs(f - law.observable(a, bar)));
                    observables[a * orbits + o] = f;
                }
            }
            mode = best;
            if (lawResidual > SYMMETRY_RESIDUAL) {
                throw new NotLumpableException("the law is not flip-symmetric: max |π(−x)/π(x) − 1| = "
                        + String.format("%.3e", lawResidual) + "; lumping onto {x, −x} needs b = 0", lawResidual);
            }
            if (oddResidual > SYMMETRY_RESIDUAL) {
                throw new NotLumpableException("an observable is not flip-even: max |f(x) − f(−x)| = "
                        + String.format("%.3e", oddResidual) + "; with trained fields f_i = −x_i is odd, so train"
                        + " couplings only (trainFields false)", oddResidual);
            }
        }
    }

    /**
     * The lumped law of a flip-symmetric model with flip-even observables.
     *
     * @throws NotLumpableException otherwise, with the residual
     */
    public static LumpedLaw of(EnumeratedLaw law) {
        return new LumpedLaw(new Tables(law));
    }
}
