package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.List;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.sensitivity.PredictorGradient;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.XyPlot;

/**
 * The first part of exp8 ({@link DifferentiableObjective}): the gradient of log Q⊥ in the
 * couplings, computed without eigenvectors, agrees with finite differences of Q⊥ computed with them.
 *
 * <p>{@link PredictorGradient} gives {@code ∂ log Q⊥/∂J_kl} for every coupling through the Poisson
 * form of T_O (its Javadoc has the derivation). It is compared with central finite differences
 * {@code (F(J + h e_kl) - F(J - h e_kl))/2h}, h = 1e-4, of {@code F = log ‖g‖² - log T_O} computed
 * the other way — by dense diagonalisation ({@link ObjectiveProblem#logSignalOverTime}). The error
 * measure is {@code max_kl |analytic - fd| / max_kl |fd|}; it must be at most 1e-6. (Truncation is
 * ~h²·F''' ≈ 1e-8 relative and rounding ~1e-13/h ≈ 1e-9 on these models: the bound leaves a factor
 * ~100.) A kernel that is not reversible is refused by the diagonalisation. Stateless; thread-safe.
 */
final class GradientAgreement {

    /** The central-difference step in J. */
    static final double STEP = 1e-4;
    /** Max relative gradient error allowed. */
    static final Tolerance GRADIENT = Tolerance.relative(1e-6);

    private GradientAgreement() {
    }

    /** Which formula is set against the finite differences: the derived one, or the known-bad one of the control. */
    enum GradientFormula {
        /** {@link PredictorGradient#logPerpGradient()}: through both π and P. */
        POISSON("the Poisson-form gradient"),
        /** The control's slip: ∂T_O through P only, the terms through π dropped. */
        WITHOUT_LAW_TERM("gradient without its terms through π");

        /** How the detail names it. */
        final String label;

        GradientFormula(String label) {
            this.label = label;
        }

        double[] apply(PredictorGradient p) {
            if (this == POISSON) {
                return p.logPerpGradient();
            }
            var dg = p.gradNorm2Gradient();
            var dt = p.timeGradientThroughKernel();
            var out = new double[dg.length];
            for (int c = 0; c < out.length; c++) {
                out[c] = dg[c] / p.gradNorm2() - dt[c] / p.aggregateTime();
            }
            return out;
        }
    }

    /** Analytic against finite differences on one problem, one entry per coupling k &lt; l. */
    record Comparison(String name, double[] analytic, double[] finiteDifference) {
        Comparison {
            analytic = analytic.clone();
            finiteDifference = finiteDifference.clone();
        }

        @Override
        public double[] analytic() {
            return analytic.clone();
        }

        @Override
        public double[] finiteDifference() {
            return finiteDifference.clone();
        }

        double relativeError() {
            double err = 0;
            double scale = 0;
            for (int c = 0; c < analytic.length; c++) {
                err = Math.max(err, Math.abs(analytic[c] - finiteDifference[c]));
                scale = Math.max(scale, Math.abs(finiteDifference[c]));
            }
            return err / scale;
        }
    }

    /** {@code formula} against the central finite differences of every coupling of {@code problem}. */
    static Comparison compare(EngineUnderTest engine, ObjectiveProblem problem, GradientFormula formula) {
        var model = problem.model();
        var analytic = formula.apply(problem.gradient(engine));
        var fd = new double[analytic.length];
        int c = 0;
        for (int k = 0; k < model.n(); k++) {
            for (int l = k + 1; l < model.n(); l++, c++) {
                double up = problem.shifted(k, l, STEP).logSignalOverTime(engine);
                double down = problem.shifted(k, l, -STEP).logSignalOverTime(engine);
                fd[c] = (up - down) / (2 * STEP);
            }
        }
        return new Comparison(problem.name(), analytic, fd);
    }

    /** The comparison on each problem, in order (the first is the random model). */
    static Comparisons measure(EngineUnderTest engine, List<ObjectiveProblem> problems, GradientFormula formula) {
        var comparisons = new ArrayList<Comparison>();
        for (var p : problems) {
            comparisons.add(compare(engine, p, formula));
        }
        return new Comparisons(formula, comparisons);
    }

    /**
     * What the comparisons found.
     *
     * @param formula     the gradient compared
     * @param comparisons one per problem; the first on the random model, a second at the membership boundary
     */
    record Comparisons(GradientFormula formula, List<Comparison> comparisons) {

        Comparisons {
            comparisons = List.copyOf(comparisons);
        }

        /** The largest relative error over the problems. */
        double error() {
            double error = 0;
            for (var c : comparisons) {
                error = Math.max(error, c.relativeError());
            }
            return error;
        }

        int couplings() {
            return comparisons.stream().mapToInt(c -> c.analytic().length).sum();
        }

        boolean agree() {
            return GRADIENT.accepts(error(), 1.0);
        }

        /** The error figures and the agreement plot. */
        void putFigures(Figures.Builder f) {
            var series = new ArrayList<XyPlot.Series>();
            for (var c : comparisons) {
                series.add(XyPlot.Series.points(c.name(), c.finiteDifference(), c.analytic()));
            }
            f.put("max-relative-gradient-error", error());
            for (int i = 0; i < comparisons.size(); i++) {
                f.put(i == 0 ? "gradient-error-random-model" : "gradient-error-at-boundary",
                        comparisons.get(i).relativeError());
            }
            f.put("couplings-compared", couplings());
            f.put("finite-difference-step", STEP);
            f.put("gradient-tolerance", GRADIENT.bound());
            f.put("gradient-agreement", new XyPlot(PlotText.of("∂ log Q⊥/∂J_kl: Poisson form against finite"
                    + " differences", "each point is one coupling; on the line y = x they agree. Finite differences"
                    + " are central, h = " + STEP + ", of the diagonalised Q⊥"),
                    XyPlot.Axis.linear("central finite difference"), XyPlot.Axis.linear("analytic (Poisson form)"),
                    XyPlot.Guide.IDENTITY, series));
        }

        /** The deciding numbers, as the whole check's detail begins. */
        String detail() {
            return String.format("max relative gradient error %.2e over %d couplings (tolerance %s, h = %.0e)%s",
                    error(), couplings(), GRADIENT, STEP, agree() ? "" : " — TOO LARGE");
        }

        /** The deciding numbers of a gradient compared on its own (the negative control). */
        String detailAlone() {
            return String.format("%s: max relative error %.2e against finite differences (tolerance %s)",
                    formula.label, error(), GRADIENT);
        }
    }
}
