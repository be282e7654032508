package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureShapes;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sensitivity.PredictorGradient;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;
import org.trainability.ledger.gate.CheckKind;

/**
 * exp8, the HTDML objective: Q⊥ is differentiable in the couplings J, its gradient can be computed
 * without eigenvectors, and ascending it raises the exact Q_op; and where it stops being smooth.
 *
 * <p><b>1. The gradient.</b> {@link PredictorGradient} gives {@code ∂ log Q⊥/∂J_kl} for every
 * coupling through the Poisson form of T_O (its Javadoc has the derivation). It is compared with
 * central finite differences {@code (F(J + h e_kl) - F(J - h e_kl))/2h}, h = 1e-4, of
 * {@code F = log ‖g‖² - log T_O} computed the other way — by dense diagonalisation
 * ({@link SpectralAnalysis#aggregateTime}). The error measure is
 * {@code max_kl |analytic - fd| / max_kl |fd|}; it must be at most 1e-6. (Truncation is ~h²·F''' ≈
 * 1e-8 relative and rounding ~1e-13/h ≈ 1e-9 on these models: the bound leaves a factor ~100.)
 * Two models: a random 8-spin model (couplings 0.5·N(0,1), fields 0.3·N(0,1), β = 1, couplings and
 * fields trained, four random data states; seeded), and the 6-spin model of part 3 exactly at its
 * membership boundary — 28 + 15 couplings in all.
 *
 * <p><b>2. Ascent.</b> Six steps of normalised gradient ascent on log Q⊥ in J for the random model
 * (step 0.1 in the Euclidean norm of the coupling change, halved until log Q⊥ rises), with the
 * exact stationary Q_op(K), K = 1,000 steps, one chain, before and after. Q⊥ must rise at every
 * step and Q_op must end higher than it began.
 *
 * <p><b>3. The open edge of O5.c.</b> A Curie–Weiss model (N = 6, every pair J = 2t/(N−1), fields
 * 0.3, β = 1, couplings trained) along the path t ∈ [1, 2]. The tunnelling mode (λ_2, the slowest)
 * leaves C*(O) where its weight W_2 falls through ε Σ_a Var_π f_a (ε = 1e-3); bisection locates
 * that t*. Across t* ± δ, γ_eff jumps — its difference does not shrink with δ — while T_O (and so
 * Q⊥) is smooth: its central difference quotient at δ = 1e-3 and 1e-4 agrees to 1e-4. Required: the
 * boundary is found, T_O is smooth there, and γ_eff jumps by at least 1% (the membership boundary is
 * open, as O5.c says).
 *
 * <p>Exact computation throughout, no sampling: no false-failure rate to state. The seed fixes the
 * random model. <b>Negative control:</b> the same finite-difference comparison with a wrong
 * gradient — the Poisson formula with its terms through π dropped (a natural slip: differentiating
 * the kernel and forgetting that the law moves too) — must fail. Stateless; thread-safe.
 */
final class HtdmlObjectiveCheck {

    static final String ID = "exp8.gradient";
    static final long SEED = ExperimentScaffold.seed("exp8");
    /** The central-difference step in J. */
    static final double STEP = 1e-4;
    /** Max relative gradient error allowed. */
    static final Tolerance GRADIENT = Tolerance.relative(1e-6);
    /** The window and chains of Q⊥ and Q_op. */
    static final long WINDOW = 1000;
    static final int CHAINS = 1;
    /** ε of C*(O). */
    static final double EPSILON = 1e-3;
    static final int ASCENT_STEPS = 6;
    static final double ASCENT_STEP_LENGTH = 0.1;
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

    private HtdmlObjectiveCheck() {
    }

    /** Which formula the gradient comparison uses: the derived one, or the known-bad one of the control. */
    enum GradientFormula {
        /** {@link PredictorGradient#logPerpGradient()}: through both π and P. */
        POISSON,
        /** The control's slip: ∂T_O through P only, the terms through π dropped. */
        WITHOUT_LAW_TERM;

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

    /** A model with its data moments. */
    record Problem(String name, IsingModel model, double[] data) {
        Problem {
            data = data.clone();
        }

        @Override
        public double[] data() {
            return data.clone();
        }
    }

    /** Analytic against finite differences on one problem. */
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

    static Check create(EngineUnderTest engine) {
        var p = new LinkedHashMap<String, Object>();
        p.put("finiteDifferenceStep", STEP);
        p.put("gradientTolerance", GRADIENT.bound());
        p.put("window", WINDOW);
        p.put("chains", CHAINS);
        p.put("epsilon", EPSILON);
        p.put("ascentSteps", ASCENT_STEPS);
        p.put("ascentStepLength", ASCENT_STEP_LENGTH);
        p.put("path", "Curie-Weiss N=" + PATH_SPINS + ", J = 2t/(N-1), fields " + PATH_FIELD + ", beta 1, t in ["
                + PATH_FROM + ", " + PATH_TO + "] step " + PATH_STEP);
        p.put("randomModel", "N=8, J ~ 0.5 N(0,1), b ~ 0.3 N(0,1), beta 1, fields trained, 4 data states;"
                + " L64X128MixRandom from the seed");
        var spec = new CheckSpec(ID, CheckKind.NUMERICAL, List.of("exp8", "O5.c", "R2"), SEED, p, false,
                "The gradient of log Q⊥ in every coupling, through the Poisson form, against central finite"
                        + " differences of the diagonalised Q⊥ (max relative error ≤ 1e-6); six ascent steps must"
                        + " raise Q⊥ and the exact Q_op; along a path in J, γ_eff must jump where the slow mode"
                        + " leaves C*(O) while T_O stays smooth. The gradient without its terms through π must fail.");
        return new NumericalCheck(spec, () -> measure(engine), () -> negativeControl(engine));
    }

    /** The random 8-spin problem of part 1 and 2. */
    static Problem randomProblem() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
        int n = 8;
        var j = new double[n][n];
        var b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 0.3 * rng.nextGaussian();
            for (int k = i + 1; k < n; k++) {
                j[i][k] = 0.5 * rng.nextGaussian();
                j[k][i] = j[i][k];
            }
        }
        var model = new IsingModel(n, j, b, 1.0, true);
        var data = new double[model.parameterCount()];
        var f = new double[data.length];
        int states = 4;
        for (int s = 0; s < states; s++) {
            var x = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextBoolean() ? 1 : -1;
            }
            model.observables(x, f);
            for (int a = 0; a < f.length; a++) {
                data[a] += f[a] / states;
            }
        }
        return new Problem("random 8-spin model", model, data);
    }

    /** The Curie–Weiss model of part 3 at path position t. */
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
        java.util.Arrays.fill(b, PATH_FIELD);
        return new IsingModel(n, j, b, 1.0, false);
    }

    /** The path problem's data: the all +1 state. */
    static double[] pathData(IsingModel model) {
        var x = new int[model.n()];
        java.util.Arrays.fill(x, 1);
        var data = new double[model.parameterCount()];
        model.observables(x, data);
        return data;
    }

    static SpectralAnalysis diagonalise(EngineUnderTest engine, IsingModel model) {
        return SpectralAnalysis.of(EnumeratedLaw.of(model), engine.kernel(KernelName.RANDOM_SCAN, model),
                SmallDenseSolver.INSTANCE, Spectrum.DEFAULT_CLUSTER_WIDTH);
    }

    static PredictorGradient gradient(EngineUnderTest engine, IsingModel model, double[] data) {
        return PredictorGradient.of(model, EnumeratedLaw.of(model), engine.kernel(KernelName.RANDOM_SCAN, model), data);
    }

    /** {@code log ‖g‖² - log T_O} by dense diagonalisation: the finite differences' side. */
    static double logSignalOverTime(EngineUnderTest engine, IsingModel model, double[] data) {
        var analysis = diagonalise(engine, model);
        double g2 = 0;
        for (double g : analysis.law().gradient(data)) {
            g2 += g * g;
        }
        return Math.log(g2) - Math.log(analysis.aggregateTime());
    }

    /** The model with J_kl (and J_lk) moved by {@code by}. */
    static IsingModel shifted(IsingModel m, int k, int l, double by) {
        var j = m.couplings();
        j[k][l] += by;
        j[l][k] += by;
        return new IsingModel(m.n(), j, m.fields(), m.beta(), m.trainFields());
    }

    static Comparison compare(EngineUnderTest engine, Problem problem, GradientFormula formula) {
        var model = problem.model();
        var analytic = formula.apply(gradient(engine, model, problem.data()));
        var fd = new double[analytic.length];
        int c = 0;
        for (int k = 0; k < model.n(); k++) {
            for (int l = k + 1; l < model.n(); l++, c++) {
                double up = logSignalOverTime(engine, shifted(model, k, l, STEP), problem.data());
                double down = logSignalOverTime(engine, shifted(model, k, l, -STEP), problem.data());
                fd[c] = (up - down) / (2 * STEP);
            }
        }
        return new Comparison(problem.name(), analytic, fd);
    }

    /** Where the slowest mode leaves C*(O) on the path, and what γ_eff and T_O do there. */
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
    }

    /** W_2/Σ Var − ε at t: positive while the slowest mode is in C*(O). */
    static double membership(EngineUnderTest engine, double t) {
        var a = diagonalise(engine, pathModel(t));
        return a.clusterWeights().clusterTotal(1) / a.law().totalVariance() - EPSILON;
    }

    static java.util.Optional<Boundary> boundary(EngineUnderTest engine) {
        var ts = new ArrayList<Double>();
        var gammas = new ArrayList<Double>();
        var times = new ArrayList<Double>();
        double lo = Double.NaN;
        double hi = Double.NaN;
        double previous = Double.NaN;
        int steps = (int) Math.round((PATH_TO - PATH_FROM) / PATH_STEP);
        for (int s = 0; s <= steps; s++) {
            double t = PATH_FROM + s * PATH_STEP;
            var a = diagonalise(engine, pathModel(t));
            double m = a.clusterWeights().clusterTotal(1) / a.law().totalVariance() - EPSILON;
            ts.add(t);
            gammas.add(a.gammaEff(EPSILON));
            times.add(a.aggregateTime());
            if (Double.isNaN(lo) && s > 0 && Math.signum(m) != Math.signum(previous)) {
                lo = t - PATH_STEP;
                hi = t;
            }
            previous = m;
        }
        if (Double.isNaN(lo)) {
            return java.util.Optional.empty();
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
            var below = diagonalise(engine, pathModel(t - deltas.get(d)));
            var above = diagonalise(engine, pathModel(t + deltas.get(d)));
            gammaBelow = below.gammaEff(EPSILON);
            gammaAbove = above.gammaEff(EPSILON);
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
            var a = diagonalise(engine, pathModel(side));
            ts.add(at, side);
            gammas.add(at, a.gammaEff(EPSILON));
            times.add(at, a.aggregateTime());
        }
        return java.util.Optional.of(new Boundary(t, gammaBelow, gammaAbove, dg, quotient, timeChange, ts, gammas, times));
    }

    /** One ascent: Q⊥ (Poisson form) and the exact Q_op at each accepted point. */
    record Ascent(List<Double> qPerp, List<Double> qOp, boolean everyStepRose, PredictorGradient start,
            PredictorGradient end) {
        Ascent {
            qPerp = List.copyOf(qPerp);
            qOp = List.copyOf(qOp);
        }
    }

    static Ascent ascend(EngineUnderTest engine, Problem problem) {
        var model = problem.model();
        var data = problem.data();
        var qPerp = new ArrayList<Double>();
        var qOp = new ArrayList<Double>();
        var current = gradient(engine, model, data);
        var start = current;
        qPerp.add(Math.exp(current.logPerp(WINDOW, CHAINS)));
        qOp.add(exactOperational(engine, model, data));
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
                var next = move(model, d, length / norm);
                var trial = gradient(engine, next, data);
                if (trial.logPerp(WINDOW, CHAINS) > current.logPerp(WINDOW, CHAINS)) {
                    model = next;
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
            qOp.add(exactOperational(engine, model, data));
        }
        return new Ascent(qPerp, qOp, rose, start, current);
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

    static double exactOperational(EngineUnderTest engine, IsingModel model, double[] data) {
        var a = diagonalise(engine, model);
        return a.predict(a.law().gradient(data), WINDOW, CHAINS, EPSILON).qOp();
    }

    static Measurement measure(EngineUnderTest engine) {
        var boundary = boundary(engine);
        var problems = new ArrayList<Problem>();
        problems.add(randomProblem());
        boundary.ifPresent(b -> {
            var m = pathModel(b.t());
            problems.add(new Problem("Curie–Weiss 6-spin model at the membership boundary", m, pathData(m)));
        });
        var comparisons = new ArrayList<Comparison>();
        for (var p : problems) {
            comparisons.add(compare(engine, p, GradientFormula.POISSON));
        }
        var ascent = ascend(engine, problems.get(0));

        var f = new LinkedHashMap<String, Object>();
        double error = gradientFigures(comparisons, f);
        var qOp = ascent.qOp();
        var qPerp = ascent.qPerp();
        double qOpBefore = qOp.get(0);
        double qOpAfter = qOp.get(qOp.size() - 1);
        f.put("qop-before", qOpBefore);
        f.put("qop-after", qOpAfter);
        f.put("qperp-before", qPerp.get(0));
        f.put("qperp-after", qPerp.get(qPerp.size() - 1));
        f.put("ascent-steps", qOp.size() - 1);
        // Which factor moved: Q⊥ = (KM/2)‖g‖²/T_O rises by a larger signal, a shorter T_O, or both.
        f.put("gradnorm2-before", ascent.start().gradNorm2());
        f.put("gradnorm2-after", ascent.end().gradNorm2());
        f.put("aggregate-time-before", ascent.start().aggregateTime());
        f.put("aggregate-time-after", ascent.end().aggregateTime());
        var steps = new ArrayList<Double>();
        for (int s = 0; s < qOp.size(); s++) {
            steps.add((double) s);
        }
        f.put("ascent", FigureShapes.xy("Ascent on log Q⊥ in J (random 8-spin model, K = " + WINDOW + ")",
                "normalised gradient steps of length ≤ " + ASCENT_STEP_LENGTH + " in J; Q_op is the exact stationary"
                        + " value at each accepted point", "ascent step", "Q (K = " + WINDOW + ", one chain)", false,
                false, false, List.of(FigureShapes.line("Q⊥ (Poisson form)", steps, qPerp),
                        FigureShapes.points("exact Q_op", steps, qOp))));
        boolean gradientOk = GRADIENT.accepts(error, 1.0);
        boolean ascentOk = ascent.everyStepRose() && qOpAfter > qOpBefore;
        boolean edgeOk = false;
        String edgeDetail = "the slow mode never crossed the C*(O) threshold on the path";
        if (boundary.isPresent()) {
            var b = boundary.get();
            edgeOk = b.timeSmooth() && b.gammaJumps();
            f.put("boundary-t", b.t());
            f.put("gamma-eff-below", b.gammaBelow());
            f.put("gamma-eff-above", b.gammaAbove());
            f.put("gamma-eff-jump-relative", b.jump());
            f.put("aggregate-time-change-relative", b.timeChange());
            f.put("aggregate-time-slope-delta-1e-3", b.timeQuotient()[0]);
            f.put("aggregate-time-slope-delta-1e-4", b.timeQuotient()[1]);
            var g0 = b.gammaBelow();
            double t0 = timeAt(b);
            var gammaRel = new ArrayList<Double>();
            var timeRel = new ArrayList<Double>();
            for (int i = 0; i < b.ts().size(); i++) {
                gammaRel.add(b.gammas().get(i) / g0);
                timeRel.add(b.times().get(i) / t0);
            }
            f.put("membership-path", FigureShapes.xy("The open edge of O5.c: γ_eff jumps where T_O is smooth",
                    String.format("Curie–Weiss N = %d, J = 2t/(N−1), fields %.1f, β = 1; the tunnelling mode leaves"
                            + " C*(O) at t* = %.6f. Both curves are divided by their value just below t*.",
                            PATH_SPINS, PATH_FIELD, b.t()), "t (coupling scale)", "relative to the value at t*",
                    false, true, false, List.of(
                            FigureShapes.line("γ_eff (harmonic mean over C*)", b.ts(), gammaRel),
                            FigureShapes.line("T_O (all modes)", b.ts(), timeRel))));
            edgeDetail = String.format("at t* = %.6f γ_eff jumps %.1f%% (%.4f → %.4f) while T_O changes %.1e"
                    + " (difference quotients %.6f and %.6f at δ = 1e-3, 1e-4)", b.t(), 100 * b.jump(),
                    b.gammaBelow(), b.gammaAbove(), b.timeChange(), b.timeQuotient()[0], b.timeQuotient()[1]);
        }
        boolean passed = gradientOk && ascentOk && edgeOk && boundary.isPresent();
        var detail = String.format("max relative gradient error %.2e over %d couplings (tolerance %s, h = %.0e)%s;"
                + " Q_op %.4g → %.4g and Q⊥ %.4g → %.4g over %d ascent steps%s; %s%s",
                error, comparisons.stream().mapToInt(c -> c.analytic().length).sum(), GRADIENT, STEP,
                gradientOk ? "" : " — TOO LARGE", qOpBefore, qOpAfter, qPerp.get(0), qPerp.get(qPerp.size() - 1),
                qOp.size() - 1, ascentOk ? "" : " — ascent did not raise them", edgeDetail,
                edgeOk ? "" : " — not the smooth-T_O / jumping-γ_eff picture");
        return Measurement.of(passed, f, detail);
    }

    private static double timeAt(Boundary b) {
        int at = 0;
        while (at < b.ts().size() && b.ts().get(at) < b.t()) {
            at++;
        }
        return b.times().get(Math.max(0, at - 1));
    }

    /** The wrong gradient (terms through π dropped) against the same finite differences: must fail. */
    static Measurement negativeControl(EngineUnderTest engine) {
        var comparisons = List.of(compare(engine, randomProblem(), GradientFormula.WITHOUT_LAW_TERM));
        var f = new LinkedHashMap<String, Object>();
        double error = gradientFigures(comparisons, f);
        boolean passed = GRADIENT.accepts(error, 1.0);
        return Measurement.of(passed, f, String.format("gradient without its terms through π: max relative error"
                + " %.2e against finite differences (tolerance %s)", error, GRADIENT));
    }

    /** Puts the gradient figures and returns the largest relative error. */
    private static double gradientFigures(List<Comparison> comparisons, Map<String, Object> f) {
        double error = 0;
        var series = new ArrayList<Map<String, Object>>();
        int couplings = 0;
        for (var c : comparisons) {
            error = Math.max(error, c.relativeError());
            couplings += c.analytic().length;
            series.add(FigureShapes.points(c.name(), FigureShapes.list(c.finiteDifference()),
                    FigureShapes.list(c.analytic())));
        }
        f.put("max-relative-gradient-error", error);
        for (int i = 0; i < comparisons.size(); i++) {
            f.put(i == 0 ? "gradient-error-random-model" : "gradient-error-at-boundary",
                    comparisons.get(i).relativeError());
        }
        f.put("couplings-compared", couplings);
        f.put("finite-difference-step", STEP);
        f.put("gradient-tolerance", GRADIENT.bound());
        f.put("gradient-agreement", FigureShapes.xy("∂ log Q⊥/∂J_kl: Poisson form against finite differences",
                "each point is one coupling; on the line y = x they agree. Finite differences are central, h = "
                        + STEP + ", of the diagonalised Q⊥", "central finite difference", "analytic (Poisson form)",
                false, false, true, series));
        return error;
    }
}
