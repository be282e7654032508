package org.trainability.checks.theorem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGeneratorFactory;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureShapes;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.SpectralAnalysis;
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

    static Check check(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("crossingModel", "two decoupled pairs, J_01 = 0.5 + t, J_23 = 0.5, b = 0, beta = 1; delta_cl = 1e-3");
        parameters.put("boundaryModel", "N = 5, J ~ N(0,1) seed 0x" + Long.toHexString(COUPLING_SEED)
                + ", b_i = t (i+1)/5 not trained, beta = 1");
        parameters.put("crossingStep", CROSSING_STEP);
        parameters.put("boundaryStep", BOUNDARY_STEP);
        parameters.put("smoothWhen", "kink(h/100) <= 0.1 kink(h) + 1e-7");
        var spec = new CheckSpec(ID, CheckKind.NUMERICAL, List.of("O5.c", "R2"), COUPLING_SEED, parameters, false,
                "gamma_eff is C1 across a within-cluster eigenvalue crossing; at a C*(O) membership boundary T_O and Q_perp"
                        + " are C1 while gamma_eff jumps by O5.c's formula; the control finds the single gap's corner and"
                        + " gamma_eff's jump non-smooth");
        return new NumericalCheck(spec, () -> measure(engine, false), () -> measure(engine, true));
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

    /**
     * @param control apply the smoothness verdict to the quantities that must not be smooth
     */
    static Measurement measure(EngineUnderTest engine, boolean control) {
        try {
            var solver = ExactAnalysis.solverFor(32);
            DoubleUnaryOperator crossing = t -> analyse(engine, pairs(t), solver, CROSSING_CLUSTER_WIDTH);
            DoubleUnaryOperator gammaEffAtCrossing = t -> ExactAnalysis.of("pairs", spectral(engine, pairs(t), solver,
                    CROSSING_CLUSTER_WIDTH)).predict(1000).gammaEff();
            DoubleUnaryOperator singleGap = t -> spectral(engine, pairs(t), solver, CROSSING_CLUSTER_WIDTH).spectrum().gap();
            double tStar = boundary(engine, solver);
            DoubleUnaryOperator aggregate = t -> path(engine, t, solver).spectral().aggregateTime();
            DoubleUnaryOperator qPerp = t -> path(engine, t, solver).predict(1000).qPerp();
            DoubleUnaryOperator gammaEff = t -> path(engine, t, solver).predict(1000).gammaEff();

            var figures = new LinkedHashMap<String, Object>();
            var rows = new java.util.ArrayList<List<Object>>();
            boolean ok;
            String detail;
            if (!control) {
                var g = FiniteDifferenceSmoothness.at(gammaEffAtCrossing, 0, CROSSING_STEP);
                var tO = FiniteDifferenceSmoothness.at(aggregate, tStar, BOUNDARY_STEP);
                var q = FiniteDifferenceSmoothness.at(qPerp, tStar, BOUNDARY_STEP);
                var jump = FiniteDifferenceSmoothness.at(gammaEff, tStar, BOUNDARY_STEP);
                double measuredJump = gammaEff.applyAsDouble(tStar + JUMP_STEP) - gammaEff.applyAsDouble(tStar - JUMP_STEP);
                double predictedJump = predictedJump(path(engine, tStar - JUMP_STEP, solver), path(engine, tStar + JUMP_STEP, solver));
                boolean jumpAgrees = Math.abs(measuredJump - predictedJump) <= JUMP_AGREEMENT * Math.abs(predictedJump)
                        && predictedJump != 0;
                rows.add(List.of("gamma_eff at the crossing (t = 0)", g.kinkLarge(), g.kinkSmall(), g.smooth(), true));
                rows.add(List.of("T_O at the boundary", tO.kinkLarge(), tO.kinkSmall(), tO.smooth(), true));
                rows.add(List.of("Q_perp at the boundary", q.kinkLarge(), q.kinkSmall(), q.smooth(), true));
                rows.add(List.of("gamma_eff at the boundary", jump.kinkLarge(), jump.kinkSmall(), jump.smooth(), false));
                figures.put("boundary-t", tStar);
                figures.put("gamma-eff-jump", measuredJump);
                figures.put("gamma-eff-jump-predicted", predictedJump);
                ok = g.smooth() && tO.smooth() && q.smooth() && !jump.smooth() && jumpAgrees;
                detail = String.format("crossing: gamma_eff smooth %b; boundary t* = %.10f: T_O smooth %b, Q_perp"
                        + " smooth %b, gamma_eff jump %.6e (claim 3 predicts %.6e)", g.smooth(), tStar, tO.smooth(),
                        q.smooth(), measuredJump, predictedJump);
            } else {
                var corner = FiniteDifferenceSmoothness.at(singleGap, 0, CROSSING_STEP);
                var jump = FiniteDifferenceSmoothness.at(gammaEff, tStar, BOUNDARY_STEP);
                rows.add(List.of("1 - lambda_2 at the crossing", corner.kinkLarge(), corner.kinkSmall(), corner.smooth(), false));
                rows.add(List.of("gamma_eff at the boundary", jump.kinkLarge(), jump.kinkSmall(), jump.smooth(), false));
                ok = corner.smooth() && jump.smooth();
                detail = String.format("single gap at the crossing judged smooth: %b; gamma_eff at t* = %.10f"
                        + " judged smooth: %b", corner.smooth(), tStar, jump.smooth());
            }
            figures.put("smoothness", FigureShapes.table(List.of("quantity", "kinkLarge", "kinkSmall", "judgedSmooth",
                    "mustBeSmooth"), rows));
            crossingIsReal(engine, solver, crossing);
            return Measurement.of(ok, figures, detail);
        } catch (RefusedInputException | ArithmeticException e) {
            return Measurement.of(false, Map.of(), "the exact analysis refused a model: " + e.getMessage());
        }
    }

    /** Refuses to report on a crossing that is not there: the two pairs' eigenvalues must swap order. */
    private static void crossingIsReal(EngineUnderTest engine, SymmetricEigensolver solver, DoubleUnaryOperator crossing) {
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
