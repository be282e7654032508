package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.List;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sensitivity.PredictorGradient;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.XyPlot;

/**
 * The second part of exp8 ({@link DifferentiableObjective}): a few steps of gradient ascent on
 * log Q⊥ in the couplings raise the exact Q_op, without training anything to convergence.
 *
 * <p>Six steps of normalised gradient ascent on log Q⊥ in J (step 0.1 in the Euclidean norm of the
 * coupling change, halved until log Q⊥ rises, at most 12 times), with the exact stationary Q_op(K),
 * K = 1,000 steps, one chain, before and after. It holds when Q⊥ rises at every step and Q_op ends
 * higher than it began. Exact; stateless; thread-safe.
 */
final class GradientAscent {

    /** The window and chains of Q⊥ and Q_op. */
    static final long WINDOW = 1000;
    static final int CHAINS = 1;
    static final int ASCENT_STEPS = 6;
    static final double ASCENT_STEP_LENGTH = 0.1;

    private GradientAscent() {
    }

    /** Ascends log Q⊥ in the couplings of {@code problem}. */
    static Climb measure(EngineUnderTest engine, ObjectiveProblem problem) {
        var qPerp = new ArrayList<Double>();
        var qOp = new ArrayList<Double>();
        var point = problem;
        var current = point.gradient(engine);
        var start = current;
        qPerp.add(Math.exp(current.logPerp(WINDOW, CHAINS)));
        qOp.add(point.exactOperational(engine, WINDOW, CHAINS));
        boolean rose = true;
        double length = ASCENT_STEP_LENGTH;
        for (int step = 0; step < ASCENT_STEPS; step++) {
            var d = current.logPerpGradient();
            double norm = 0;
            for (double v : d) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            boolean accepted = false;
            for (int halving = 0; halving < 12 && !accepted; halving++) {
                var next = point.at(move(point.model(), d, length / norm));
                var trial = next.gradient(engine);
                if (trial.logPerp(WINDOW, CHAINS) > current.logPerp(WINDOW, CHAINS)) {
                    point = next;
                    current = trial;
                    accepted = true;
                } else {
                    length /= 2;
                }
            }
            if (!accepted) {
                rose = false;
                break;
            }
            qPerp.add(Math.exp(current.logPerp(WINDOW, CHAINS)));
            qOp.add(point.exactOperational(engine, WINDOW, CHAINS));
        }
        return new Climb(qPerp, qOp, rose, start, current);
    }

    private static IsingModel move(IsingModel m, double[] direction, double scale) {
        var j = m.couplings();
        int c = 0;
        for (int k = 0; k < m.n(); k++) {
            for (int l = k + 1; l < m.n(); l++, c++) {
                j[k][l] += scale * direction[c];
                j[l][k] = j[k][l];
            }
        }
        return new IsingModel(m.n(), j, m.fields(), m.beta(), m.trainFields());
    }

    /**
     * One ascent: Q⊥ (Poisson form) and the exact Q_op at each accepted point.
     *
     * @param qPerp         Q⊥ at the start and after each accepted step
     * @param qOp           the exact Q_op at the same points
     * @param everyStepRose whether every step found a rise of log Q⊥
     * @param start         the objective where the ascent began
     * @param end           the objective where it ended
     */
    record Climb(List<Double> qPerp, List<Double> qOp, boolean everyStepRose, PredictorGradient start,
            PredictorGradient end) {

        Climb {
            qPerp = List.copyOf(qPerp);
            qOp = List.copyOf(qOp);
        }

        int steps() {
            return qOp.size() - 1;
        }

        double qOpBefore() {
            return qOp.get(0);
        }

        double qOpAfter() {
            return qOp.get(qOp.size() - 1);
        }

        double qPerpBefore() {
            return qPerp.get(0);
        }

        double qPerpAfter() {
            return qPerp.get(qPerp.size() - 1);
        }

        /** Q⊥ rose at every step and Q_op ended higher than it began. */
        boolean raisedQOp() {
            return everyStepRose && qOpAfter() > qOpBefore();
        }

        /** The before/after figures and the ascent plot. */
        void putFigures(Figures.Builder f) {
            f.put("qop-before", qOpBefore());
            f.put("qop-after", qOpAfter());
            f.put("qperp-before", qPerpBefore());
            f.put("qperp-after", qPerpAfter());
            f.put("ascent-steps", steps());
            // Which factor moved: Q⊥ = (KM/2)‖g‖²/T_O rises by a larger signal, a shorter T_O, or both.
            f.put("gradnorm2-before", start.gradNorm2());
            f.put("gradnorm2-after", end.gradNorm2());
            f.put("aggregate-time-before", start.aggregateTime());
            f.put("aggregate-time-after", end.aggregateTime());
            var steps = new ArrayList<Double>();
            for (int s = 0; s < qOp.size(); s++) {
                steps.add((double) s);
            }
            f.put("ascent", new XyPlot(PlotText.of("Ascent on log Q⊥ in J (random 8-spin model, K = " + WINDOW + ")",
                    "normalised gradient steps of length ≤ " + ASCENT_STEP_LENGTH + " in J; Q_op is the exact"
                            + " stationary value at each accepted point"), XyPlot.Axis.linear("ascent step"),
                    XyPlot.Axis.linear("Q (K = " + WINDOW + ", one chain)"), XyPlot.Guide.NONE, List.of(
                            XyPlot.Series.line("Q⊥ (Poisson form)", steps, qPerp),
                            XyPlot.Series.points("exact Q_op", steps, qOp))));
        }

        String detail() {
            return String.format("Q_op %.4g → %.4g and Q⊥ %.4g → %.4g over %d ascent steps%s", qOpBefore(),
                    qOpAfter(), qPerpBefore(), qPerpAfter(), steps(), raisedQOp() ? "" : " — ascent did not raise them");
        }
    }
}
