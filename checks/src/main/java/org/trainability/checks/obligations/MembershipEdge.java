package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGeneratorFactory;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * O5.c (and R2's open edge), by finite differences ({@link FiniteDifferenceSmoothness}), random-scan:
 * <ol>
 *   <li><b>Within-cluster crossing.</b> Two decoupled pairs of spins, {@code J_01 = 0.5 + t},
 *       {@code J_23 = 0.5}, b = 0, β = 1: at t = 0 the modes of the two pairs cross (the pair
 *       observables' even modes, and the pairs' odd slow modes). Analysed with clusters of width
 *       δ_cl = 1e-3, so each crossing pair is one cluster over the whole stencil (|t| ≤ 1e-3),
 *       γ_eff — formed through cluster sums, i.e. the cluster projector — must be C¹ at t = 0.</li>
 *   <li><b>The membership boundary.</b> N = 5, J_ij ~ N(0, 1) (seed {@value #COUPLING_SEED}), β = 1,
 *       fields {@code b_i = t (i+1)/5} (not trained). At t = 0 the slowest mode (λ ≈ 0.999) is odd
 *       and invisible; as t grows its weight grows like t² and crosses ε ΣVar at a t* found by
 *       bisection. There T_O and Q⊥ must be C¹ (O5.c claim 1) while γ_eff jumps; the jump at
 *       h = 1e-9 must match claim 3's {@code Δγ_eff = W_c W_{C*}(1/γ_eff − 1/γ_c)/(T^pl(T^pl + W_c/γ_c))}
 *       within 1e-3 relative.</li>
 * </ol>
 * The check passes when all of that is seen. Negative control: the same smoothness verdict applied
 * to what must not be smooth — the single gap {@code 1 − λ_2} at the crossing (a corner: λ_2 is the
 * larger of two crossing eigenvalues) and γ_eff at the membership boundary (a jump) — must not
 * pass. Deterministic; thread-safe.
 */
final class MembershipEdge {

    static final String ID = "O5.c.crossing-and-membership";
    static final long COUPLING_SEED = 0xe15eedL;
    static final double CROSSING_CLUSTER_WIDTH = 1e-3;
    static final double CROSSING_STEP = 1e-3;
    static final double BOUNDARY_STEP = 1e-4;
    static final double JUMP_STEP = 1e-9;
    static final double JUMP_AGREEMENT = 1e-3;

    private MembershipEdge() {
    }

    /**
     * The design.
     *
     * @param control claim smooth what must not be — the single gap at the crossing and γ_eff at the
     *                boundary — instead of judging γ_eff at the crossing, T_O, Q⊥ and γ_eff's jump
     */
    record Design(boolean control) implements CheckDesign<Edges> {

        /** The quantities O5.c is about, each claimed as it must be. */
        static final Design REAL = new Design(false);
        /** The quantities that must not be smooth, claimed smooth. */
        static final Design CONTROL = new Design(true);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("crossingModel", "two decoupled pairs, J_01 = 0.5 + t, J_23 = 0.5, b = 0, beta = 1;"
                    + " delta_cl = 1e-3");
            parameters.put("boundaryModel", "N = 5, J ~ N(0,1) seed 0x" + Long.toHexString(COUPLING_SEED)
                    + ", b_i = t (i+1)/5 not trained, beta = 1");
            parameters.put("crossingStep", CROSSING_STEP);
            parameters.put("boundaryStep", BOUNDARY_STEP);
            parameters.put("smoothWhen", "kink(h/100) <= 0.1 kink(h) + 1e-7");
            return parameters;
        }

        @Override
        public String description() {
            return "gamma_eff is C1 across a within-cluster eigenvalue crossing; at a C*(O) membership boundary T_O and"
                    + " Q_perp are C1 while gamma_eff jumps by O5.c's formula; the control finds the single gap's"
                    + " corner and gamma_eff's jump non-smooth";
        }

        @Override
        public Edges measure(EngineUnderTest engine, long seed) {
            try {
                var solver = ExactAnalysis.solverFor(32);
                DoubleUnaryOperator crossing = t -> analyse(engine, pairs(t), solver, CROSSING_CLUSTER_WIDTH);
                DoubleUnaryOperator gammaEffAtCrossing = t -> ExactAnalysis.of("pairs", spectral(engine, pairs(t),
                        solver, CROSSING_CLUSTER_WIDTH)).predict(1000).gammaEff();
                DoubleUnaryOperator singleGap = t -> spectral(engine, pairs(t), solver, CROSSING_CLUSTER_WIDTH)
                        .spectrum().gap();
                double tStar = boundary(engine, solver);
                DoubleUnaryOperator aggregate = t -> path(engine, t, solver).spectral().aggregateTime();
                DoubleUnaryOperator qPerp = t -> path(engine, t, solver).predict(1000).qPerp();
                DoubleUnaryOperator gammaEff = t -> path(engine, t, solver).predict(1000).gammaEff();
                var judged = new ArrayList<Judged>();
                Optional<Jump> jump;
                if (!control) {
                    var g = FiniteDifferenceSmoothness.at(gammaEffAtCrossing, 0, CROSSING_STEP);
                    var tO = FiniteDifferenceSmoothness.at(aggregate, tStar, BOUNDARY_STEP);
                    var q = FiniteDifferenceSmoothness.at(qPerp, tStar, BOUNDARY_STEP);
                    var atBoundary = FiniteDifferenceSmoothness.at(gammaEff, tStar, BOUNDARY_STEP);
                    double measured = gammaEff.applyAsDouble(tStar + JUMP_STEP) - gammaEff.applyAsDouble(tStar
                            - JUMP_STEP);
                    double predicted = predictedJump(path(engine, tStar - JUMP_STEP, solver), path(engine,
                            tStar + JUMP_STEP, solver));
                    judged.add(new Judged("gamma_eff at the crossing (t = 0)", g, true, true));
                    judged.add(new Judged("T_O at the boundary", tO, true, true));
                    judged.add(new Judged("Q_perp at the boundary", q, true, true));
                    judged.add(new Judged("gamma_eff at the boundary", atBoundary, false, false));
                    jump = Optional.of(new Jump(measured, predicted));
                } else {
                    var corner = FiniteDifferenceSmoothness.at(singleGap, 0, CROSSING_STEP);
                    var atBoundary = FiniteDifferenceSmoothness.at(gammaEff, tStar, BOUNDARY_STEP);
                    judged.add(new Judged("1 - lambda_2 at the crossing", corner, false, true));
                    judged.add(new Judged("gamma_eff at the boundary", atBoundary, false, true));
                    jump = Optional.empty();
                }
                crossingIsReal(crossing);
                return new Edges(tStar, judged, jump, Optional.empty());
            } catch (RefusedInputException | ArithmeticException e) {
                return new Edges(Double.NaN, List.of(), Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
            }
        }
    }

    /**
     * One quantity judged by {@link FiniteDifferenceSmoothness}.
     *
     * @param quantity      what, and where
     * @param verdict       the kinks and the judgement
     * @param mustBeSmooth  whether the mathematics makes it C¹ there
     * @param claimedSmooth what the run claims (the control claims smooth what is not)
     */
    record Judged(String quantity, FiniteDifferenceSmoothness.Verdict verdict, boolean mustBeSmooth,
            boolean claimedSmooth) {

        boolean asClaimed() {
            return verdict.smooth() == claimedSmooth;
        }
    }

    /**
     * γ_eff's jump across the membership boundary.
     *
     * @param measured  γ_eff(t* + h) − γ_eff(t* − h), h = {@value MembershipEdge#JUMP_STEP}
     * @param predicted O5.c claim 3's jump
     */
    record Jump(double measured, double predicted) {

        boolean agrees() {
            return Math.abs(measured - predicted) <= JUMP_AGREEMENT * Math.abs(predicted) && predicted != 0;
        }
    }

    /**
     * What the run judged; {@link #present()} passes when every quantity is judged as claimed and the
     * jump, where measured, agrees with claim 3.
     *
     * @param boundary t*
     * @param judged   the quantities, in table order
     * @param jump     γ_eff's jump (the real run only)
     * @param refusal  why the exact analysis refused a model or the setting is not as described, if so
     */
    record Edges(double boundary, List<Judged> judged, Optional<Jump> jump, Optional<String> refusal)
            implements Outcome {

        Edges {
            judged = List.copyOf(judged);
        }

        @Override
        public Measurement present() {
            if (refusal.isPresent()) {
                return Measurement.of(false, Figures.none(), "the exact analysis refused a model: " + refusal.get());
            }
            var table = Table.withColumns("quantity", "kinkLarge", "kinkSmall", "judgedSmooth", "mustBeSmooth");
            boolean ok = true;
            for (var j : judged) {
                table.row(j.quantity(), j.verdict().kinkLarge(), j.verdict().kinkSmall(), j.verdict().smooth(),
                        j.mustBeSmooth());
                ok &= j.asClaimed();
            }
            var figures = Figures.builder();
            String detail;
            if (jump.isPresent()) {
                var jp = jump.get();
                figures.put("boundary-t", boundary)
                        .put("gamma-eff-jump", jp.measured())
                        .put("gamma-eff-jump-predicted", jp.predicted());
                ok &= jp.agrees();
                detail = String.format("crossing: gamma_eff smooth %b; boundary t* = %.10f: T_O smooth %b, Q_perp"
                        + " smooth %b, gamma_eff jump %.6e (claim 3 predicts %.6e)", judged.get(0).verdict().smooth(),
                        boundary, judged.get(1).verdict().smooth(), judged.get(2).verdict().smooth(), jp.measured(),
                        jp.predicted());
            } else {
                detail = String.format("single gap at the crossing judged smooth: %b; gamma_eff at t* = %.10f"
                        + " judged smooth: %b", judged.get(0).verdict().smooth(), boundary,
                        judged.get(1).verdict().smooth());
            }
            figures.put("smoothness", table.build());
            return Measurement.of(ok, figures.build(), detail);
        }
    }

    /** The O5.c check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("O5.c", "R2"), COUPLING_SEED, false, engine,
                Design.REAL, Design.CONTROL);
    }

    /** Two decoupled pairs at J_01 = 0.5 + t. */
    static IsingModel pairs(double t) {
        var j = new double[4][4];
        j[0][1] = j[1][0] = 0.5 + t;
        j[2][3] = j[3][2] = 0.5;
        return new IsingModel(4, j, new double[4], 1, false);
    }

    /** The boundary path: fixed Gaussian couplings, fields t·(i+1)/5. */
    static IsingModel fieldPath(double t) {
        int n = 5;
        var rng = RandomGeneratorFactory.of(ModelFamilies.ALGORITHM).create(COUPLING_SEED);
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                j[i][k] = j[k][i] = rng.nextGaussian();
            }
        }
        var b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = t * (i + 1) / n;
        }
        return new IsingModel(n, j, b, 1, false);
    }

    /** Refuses to report on a crossing that is not there: the two pairs' eigenvalues must swap order. */
    private static void crossingIsReal(DoubleUnaryOperator crossing) {
        double left = crossing.applyAsDouble(-CROSSING_STEP);
        double right = crossing.applyAsDouble(CROSSING_STEP);
        if (!(left * right < 0)) {
            throw new ArithmeticException("the pairs' slow modes do not cross at t = 0 (difference " + left + ", " + right + ")");
        }
    }

    /** λ(odd mode of pair A) − λ(odd mode of pair B): the pair chains' slow eigenvalues, separately. */
    private static double analyse(EngineUnderTest engine, IsingModel pairs, SymmetricEigensolver solver, double width) {
        double a = slowPairEigenvalue(engine, pairs.coupling(0, 1), solver);
        double b = slowPairEigenvalue(engine, pairs.coupling(2, 3), solver);
        return a - b;
    }

    private static double slowPairEigenvalue(EngineUnderTest engine, double coupling, SymmetricEigensolver solver) {
        var j = new double[][] {{0, coupling}, {coupling, 0}};
        var pair = new IsingModel(2, j, new double[2], 1, false);
        return SpectralAnalysis.of(EnumeratedLaw.of(pair), engine.kernel(KernelName.RANDOM_SCAN, pair), solver, 1e-9)
                .spectrum().lambda(1);
    }

    private static SpectralAnalysis spectral(EngineUnderTest engine, IsingModel model, SymmetricEigensolver solver, double width) {
        return SpectralAnalysis.of(EnumeratedLaw.of(model), engine.kernel(KernelName.RANDOM_SCAN, model), solver, width);
    }

    private static ExactAnalysis path(EngineUnderTest engine, double t, SymmetricEigensolver solver) {
        return ExactAnalysis.of("field path t=" + t, spectral(engine, fieldPath(t), solver, 1e-9));
    }

    /** Whether the slowest cluster is in C*(O) at t. */
    private static boolean slowestRelevant(EngineUnderTest engine, double t, SymmetricEigensolver solver) {
        var modes = path(engine, t, solver).spectral().relevantModes(ExactAnalysis.EPSILON);
        return !modes.isEmpty() && modes.get(0).cluster() == 1;
    }

    /** t* where the slowest cluster enters C*(O), by bisection on [0, 0.5] to 1e-13. */
    static double boundary(EngineUnderTest engine, SymmetricEigensolver solver) {
        double lo = 0;
        double hi = 0.5;
        if (slowestRelevant(engine, lo, solver) || !slowestRelevant(engine, hi, solver)) {
            throw new ArithmeticException("the slowest mode does not enter C*(O) along the field path on [0, 0.5]");
        }
        while (hi - lo > 1e-13) {
            double mid = 0.5 * (lo + hi);
            if (slowestRelevant(engine, mid, solver)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** O5.c claim 3's jump, from the analysis just before the boundary and the entering cluster's values just after it. */
    static double predictedJump(ExactAnalysis before, ExactAnalysis after) {
        var in = before.spectral().relevantModes(ExactAnalysis.EPSILON);
        double wStar = 0;
        double tPl = 0;
        for (var m : in) {
            wStar += m.weight();
            tPl += m.weight() / (1 - m.lambda());
        }
        double gammaEff = wStar / tPl;
        var entering = after.spectral().relevantModes(ExactAnalysis.EPSILON).get(0);
        double wc = entering.weight();
        double gc = 1 - entering.lambda();
        return wc * wStar * (1 / gammaEff - 1 / gc) / (tPl * (tPl + wc / gc));
    }
}
