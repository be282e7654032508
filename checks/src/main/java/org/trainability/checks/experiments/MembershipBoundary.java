package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.XyPlot;

/**
 * The third part of exp8 ({@link DifferentiableObjective}): the open edge of O5.c — where a mode
 * leaves C*(O), γ_eff jumps while T_O (and so Q⊥) stays smooth.
 *
 * <p>A Curie–Weiss model (N = 6, every pair J = 2t/(N−1), fields 0.3, β = 1, couplings trained)
 * along the path t ∈ [1, 2] in steps of 0.0125. The tunnelling mode (λ_2, the slowest) leaves C*(O)
 * where its weight W_2 falls through ε Σ_a Var_π f_a (ε = {@link ObjectiveProblem#EPSILON}); the
 * first sign change on the grid, refined by 50 bisections, locates that t*. Across t* ± δ, γ_eff
 * jumps — its difference does not shrink with δ — while T_O is smooth: its central difference
 * quotient at δ = 1e-3 and 1e-4 agrees to 1e-4. It holds when the boundary is found, T_O is smooth
 * there, and γ_eff jumps by at least 1% (the membership boundary is open, as O5.c says). Exact;
 * stateless; thread-safe.
 */
final class MembershipBoundary {

    /** The membership path: t from, to, and its grid step. */
    static final double PATH_FROM = 1.0;
    static final double PATH_TO = 2.0;
    static final double PATH_STEP = 0.0125;
    static final int PATH_SPINS = 6;
    static final double PATH_FIELD = 0.3;
    /** Agreement of T_O's difference quotients at δ = 1e-3 and 1e-4. */
    static final Tolerance SMOOTH = Tolerance.relative(1e-4);
    /** The smallest relative γ_eff jump that counts as a jump. */
    static final double JUMP = 1e-2;

    private MembershipBoundary() {
    }

    /** The Curie–Weiss model of the path at position t. */
    static IsingModel pathModel(double t) {
        int n = PATH_SPINS;
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (i != k) {
                    j[i][k] = t * 2.0 / (n - 1);
                }
            }
        }
        var b = new double[n];
        Arrays.fill(b, PATH_FIELD);
        return new IsingModel(n, j, b, 1.0, false);
    }

    /** The path's data: the all +1 state. */
    static double[] pathData(IsingModel model) {
        var x = new int[model.n()];
        Arrays.fill(x, 1);
        var data = new double[model.parameterCount()];
        model.observables(x, data);
        return data;
    }

    /** W_2/Σ Var − ε at t: positive while the slowest mode is in C*(O). */
    static double membership(EngineUnderTest engine, double t) {
        var a = ObjectiveProblem.diagonalise(engine, pathModel(t));
        return a.clusterWeights().clusterTotal(1) / a.law().totalVariance() - ObjectiveProblem.EPSILON;
    }

    /** Walks the path and locates the boundary; empty when the slow mode never crosses the threshold. */
    static Optional<Boundary> measure(EngineUnderTest engine) {
        double epsilon = ObjectiveProblem.EPSILON;
        var ts = new ArrayList<Double>();
        var gammas = new ArrayList<Double>();
        var times = new ArrayList<Double>();
        double lo = Double.NaN;
        double hi = Double.NaN;
        double previous = Double.NaN;
        int steps = (int) Math.round((PATH_TO - PATH_FROM) / PATH_STEP);
        for (int s = 0; s <= steps; s++) {
            double t = PATH_FROM + s * PATH_STEP;
            var a = ObjectiveProblem.diagonalise(engine, pathModel(t));
            double m = a.clusterWeights().clusterTotal(1) / a.law().totalVariance() - epsilon;
            ts.add(t);
            gammas.add(a.gammaEff(epsilon));
            times.add(a.aggregateTime());
            if (Double.isNaN(lo) && s > 0 && Math.signum(m) != Math.signum(previous)) {
                lo = t - PATH_STEP;
                hi = t;
            }
            previous = m;
        }
        if (Double.isNaN(lo)) {
            return Optional.empty();
        }
        double signLo = Math.signum(membership(engine, lo));
        for (int it = 0; it < 50; it++) {
            double mid = 0.5 * (lo + hi);
            if (Math.signum(membership(engine, mid)) == signLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = 0.5 * (lo + hi);
        var deltas = Boundary.DELTAS;
        var dg = new double[deltas.size()];
        var quotient = new double[deltas.size()];
        double gammaBelow = Double.NaN;
        double gammaAbove = Double.NaN;
        double timeChange = Double.NaN;
        for (int d = 0; d < deltas.size(); d++) {
            var below = ObjectiveProblem.diagonalise(engine, pathModel(t - deltas.get(d)));
            var above = ObjectiveProblem.diagonalise(engine, pathModel(t + deltas.get(d)));
            gammaBelow = below.gammaEff(epsilon);
            gammaAbove = above.gammaEff(epsilon);
            dg[d] = gammaAbove - gammaBelow;
            quotient[d] = (above.aggregateTime() - below.aggregateTime()) / (2 * deltas.get(d));
            timeChange = Math.abs(above.aggregateTime() - below.aggregateTime()) / below.aggregateTime();
        }
        // The plot shows the two one-sided values just beside t* as well.
        double tiny = deltas.get(deltas.size() - 1);
        int at = 0;
        while (at < ts.size() && ts.get(at) < t) {
            at++;
        }
        for (double side : new double[] {t + tiny, t - tiny}) {
            var a = ObjectiveProblem.diagonalise(engine, pathModel(side));
            ts.add(at, side);
            gammas.add(at, a.gammaEff(epsilon));
            times.add(at, a.aggregateTime());
        }
        return Optional.of(new Boundary(t, gammaBelow, gammaAbove, dg, quotient, timeChange, ts, gammas, times));
    }

    /**
     * Where the slowest mode leaves C*(O) on the path, and what γ_eff and T_O do there.
     *
     * @param t               t*
     * @param gammaBelow      γ_eff at t* − δ, the smaller δ
     * @param gammaAbove      γ_eff at t* + δ, the smaller δ
     * @param gammaDifference γ_eff's difference across t* at each δ of {@link #DELTAS}. Not modified.
     * @param timeQuotient    T_O's central difference quotient at each δ. Not modified.
     * @param timeChange      T_O's relative change across t* at the smaller δ
     * @param ts              the path's grid with t* ± the smaller δ inserted
     * @param gammas          γ_eff along {@code ts}
     * @param times           T_O along {@code ts}
     */
    record Boundary(double t, double gammaBelow, double gammaAbove, double[] gammaDifference,
            double[] timeQuotient, double timeChange, List<Double> ts, List<Double> gammas, List<Double> times) {

        /** The half-widths δ of the difference across t*, coarse then fine. */
        static final List<Double> DELTAS = List.of(1e-3, 1e-4);

        Boundary {
            gammaDifference = gammaDifference.clone();
            timeQuotient = timeQuotient.clone();
            ts = List.copyOf(ts);
            gammas = List.copyOf(gammas);
            times = List.copyOf(times);
        }

        @Override
        public double[] gammaDifference() {
            return gammaDifference.clone();
        }

        @Override
        public double[] timeQuotient() {
            return timeQuotient.clone();
        }

        /** The relative jump of γ_eff across t* at the smaller δ. */
        double jump() {
            return Math.abs(gammaDifference[1]) / gammaBelow;
        }

        /** γ_eff's difference does not shrink with δ: a jump, not a slope. */
        boolean gammaJumps() {
            return jump() >= JUMP && Math.abs(gammaDifference[1]) >= 0.5 * Math.abs(gammaDifference[0]);
        }

        /** T_O's central difference quotient converges. */
        boolean timeSmooth() {
            return SMOOTH.agree(timeQuotient[1], timeQuotient[0]);
        }

        /** The open edge as O5.c has it: T_O smooth, γ_eff jumping. */
        boolean isOpenEdge() {
            return timeSmooth() && gammaJumps();
        }

        /** The path model at t*, with its data: where the gradient is compared a second time. */
        ObjectiveProblem problem() {
            var m = pathModel(t);
            return new ObjectiveProblem("Curie–Weiss 6-spin model at the membership boundary", m, pathData(m));
        }

        /** The boundary's figures and the membership-path plot. */
        void putFigures(Figures.Builder f) {
            f.put("boundary-t", t);
            f.put("gamma-eff-below", gammaBelow);
            f.put("gamma-eff-above", gammaAbove);
            f.put("gamma-eff-jump-relative", jump());
            f.put("aggregate-time-change-relative", timeChange);
            f.put("aggregate-time-slope-delta-1e-3", timeQuotient[0]);
            f.put("aggregate-time-slope-delta-1e-4", timeQuotient[1]);
            double t0 = timeJustBelow();
            var gammaRel = new double[ts.size()];
            var timeRel = new double[ts.size()];
            var xs = new double[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                xs[i] = ts.get(i);
                gammaRel[i] = gammas.get(i) / gammaBelow;
                timeRel[i] = times.get(i) / t0;
            }
            f.put("membership-path", new XyPlot(PlotText.of("The open edge of O5.c: γ_eff jumps where T_O is smooth",
                    String.format("Curie–Weiss N = %d, J = 2t/(N−1), fields %.1f, β = 1; the tunnelling mode leaves"
                            + " C*(O) at t* = %.6f. Both curves are divided by their value just below t*.",
                            PATH_SPINS, PATH_FIELD, t)), XyPlot.Axis.linear("t (coupling scale)"),
                    XyPlot.Axis.log("relative to the value at t*"), XyPlot.Guide.NONE, List.of(
                            XyPlot.Series.line("γ_eff (harmonic mean over C*)", xs, gammaRel),
                            XyPlot.Series.line("T_O (all modes)", xs, timeRel))));
        }

        String detail() {
            return String.format("at t* = %.6f γ_eff jumps %.1f%% (%.4f → %.4f) while T_O changes %.1e"
                    + " (difference quotients %.6f and %.6f at δ = 1e-3, 1e-4)", t, 100 * jump(), gammaBelow,
                    gammaAbove, timeChange, timeQuotient[0], timeQuotient[1]);
        }

        /** T_O at the last grid point below t*. */
        private double timeJustBelow() {
            int at = 0;
            while (at < ts.size() && ts.get(at) < t) {
                at++;
            }
            return times.get(Math.max(0, at - 1));
        }
    }
}
