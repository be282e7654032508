package org.trainability.checks.risks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.engine.estimate.CanonicalEstimator;
import org.trainability.engine.estimate.EstimatorSettings;
import org.trainability.engine.estimate.OperationalSnr;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * R3: Q_op circularity. Off small models the reference Q_op is itself an estimate: the true
 * gradient g is replaced by {@code ĝ_ref}, the canonical estimator's average over a long reference
 * run of window K_ref, and {@code Q̂_op = ‖ĝ_ref‖² / ((1/R) Σ_r ‖ĝ_r − ĝ_ref‖²)} for R replicates
 * ĝ_r at the window K of interest. This check watches how that reference moves as K_ref grows
 * (2,000 … 64,000; at each K_ref, J = {@value #REFERENCE_RUNS} independent reference runs of
 * M_ref = {@value #REFERENCE_CHAINS} chains from the uniform law after a burn-in) on two 6-spin
 * models whose exact g and τ_int are known:
 * <ul>
 *   <li>a fast one (random couplings, weak fields, β = 1/2, τ_int ≈ 8), where the reference
 *       converges — the risk is <em>circumvented</em> there, and on small models the exact Q_op
 *       is the reference anyway;</li>
 *   <li>a slow one (Curie–Weiss at β = {@value #SLOW_BETA}, fields trained, exact τ_int of a field
 *       ≈ 30,000 steps, so 64,000 steps are about 2 τ, far below the 50 τ the RESOLVED rule asks), where it does
 *       not — the risk is <em>live</em>, beside the page's ~23% drift on exp3.</li>
 * </ul>
 * A reference is <em>converged in truth</em> when the runs are at least 50 exact τ_int long for
 * every observable and the median reference Q̂_op is within {@value #TOLERANCE_PERCENT}% of the
 * Q̂_op formed on the same replicates with the exact g. The <em>rule</em> a practitioner can apply
 * without the truth calls the references converged when independent runs agree: twice the relative
 * standard deviation of Q̂_op over the J runs is at most {@value #TOLERANCE_PERCENT}% (chains from
 * a dispersed start that stay in different modes disagree, which a single run extended in time
 * cannot show). The check passes when the rule's call equals the truth on both models, the fast
 * reference being converged and the slow one not. How far one reference moves from one K_ref to
 * the next (the first run at each K_ref) is reported beside the page's ~23%.
 *
 * <p>Negative control — a check that would call an unconverged reference converged must fail: the
 * same measurement judged by the rule "a reference of at least 32 K steps is converged" (length
 * alone, the implicit rule of a fixed K_ref). It calls the slow reference converged, the truth does
 * not, and the check fails. The slow model's truth does not depend on the seed (64,000 &lt; 50
 * τ_int exactly). Robustness, measured while the check was set up ({@code check(engine, seed)}
 * for seeds 1–20): the fast runs agreed within 4.3% (2 SD) at most and their median was within
 * 2.7% of the exact-g Q_op; the slow runs spread by 23% at least; every run passed and every
 * control failed. The verdicts here are fixed by the seed.
 */
final class ReferenceDrift {

    static final String ID = "R3.reference-drift";
    static final long SEED = 0x3_0001L;
    static final int SIZE = 6;
    static final int WINDOW = 1_000;
    static final int CHAINS = 4;
    static final int REPLICATES = 50;
    static final int REFERENCE_RUNS = 8;
    static final int REFERENCE_CHAINS = 8;
    static final long REFERENCE_BURN_IN = 1_000;
    static final int[] REFERENCE_WINDOWS = {2_000, 4_000, 8_000, 16_000, 32_000, 64_000};
    static final int TOLERANCE_PERCENT = 10;
    static final Tolerance AGREEMENT = Tolerance.relative(TOLERANCE_PERCENT / 100.0);
    static final double FAST_BETA = 0.5;
    static final double SLOW_BETA = 4.0;
    static final double DATA_FIELD_SHIFT = 1.0;
    static final int LENGTH_RULE_WINDOWS = 32;
    /** docs/math.md §4's default ε for C*(O); the exact Q_op does not depend on it. */
    static final double EPSILON = 1e-3;

    private ReferenceDrift() {
    }

    /** The R3 check. */
    static Check check(EngineUnderTest engine) {
        return check(engine, SEED);
    }

    /** The check on another seed (the registry uses {@link #SEED}; other seeds measure how robust its verdicts are). */
    static Check check(EngineUnderTest engine, long seed) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("R3"), seed, false, engine, Design.REAL,
                Design.CONTROL);
    }

    /** When a reference is called converged. */
    enum Rule {
        /** Independent reference runs agree: twice their relative standard deviation is at most 10%. */
        RUNS_AGREE,
        /** At least 32·K steps long, whatever it shows: the rule the negative control must expose. */
        LENGTH_ALONE
    }

    /**
     * The two models' references, judged by {@code rule}. The measurement does not depend on the
     * rule: the check and its control measure the same references (each computes them).
     *
     * @param rule when a reference is called converged
     */
    record Design(Rule rule) implements CheckDesign<Judged> {

        /** The rule a practitioner can apply: independent runs agree. */
        static final Design REAL = new Design(Rule.RUNS_AGREE);
        /** Length alone. */
        static final Design CONTROL = new Design(Rule.LENGTH_ALONE);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("size", SIZE);
            parameters.put("fastModel", "couplings N(0, 1/N), fields U(-0.3, 0.3), beta " + FAST_BETA
                    + ", fields trained");
            parameters.put("slowModel", "Curie-Weiss J = 1/N, beta " + SLOW_BETA + ", no field, fields trained");
            parameters.put("data", "exact moments of the model with every field raised by " + DATA_FIELD_SHIFT);
            parameters.put("kernel", KernelName.RANDOM_SCAN.label());
            parameters.put("window", WINDOW);
            parameters.put("chains", CHAINS);
            parameters.put("replicates", REPLICATES);
            parameters.put("referenceRuns", REFERENCE_RUNS);
            parameters.put("referenceChains", REFERENCE_CHAINS);
            parameters.put("referenceBurnIn", REFERENCE_BURN_IN);
            parameters.put("referenceWindows", REFERENCE_WINDOWS.clone());
            parameters.put("tolerance", TOLERANCE_PERCENT / 100.0);
            parameters.put("rule", "independent reference runs agree: 2 relative SD of Q_op over the runs <= 10%");
            parameters.put("controlRule", "K_ref >= " + LENGTH_RULE_WINDOWS + " K (length alone)");
            return parameters;
        }

        @Override
        public String description() {
            return "How an empirical reference Q_op moves as its window K_ref grows from 2,000 to 64,000, on a fast "
                    + "6-spin model (converges: circumvented) and a slow one (does not: live); passes when the "
                    + "convergence rule (independent reference runs agree within 10%) matches the exact truth on "
                    + "both; fails with a length-alone rule, which calls the slow reference converged.";
        }

        @Override
        public Judged measure(EngineUnderTest engine, long seed) {
            return new Judged(rule, drifts(engine, seed));
        }
    }

    /**
     * What one model's references did.
     *
     * @param reference Q̂_op with the reference gradient, [K_ref index][run]. Not copied: the
     *                  measurement builds it and nothing modifies it.
     */
    record Drift(String name, double tauExact, double qOpExact, double qOpExactReference, double[][] reference) {

        double median(int k) {
            return PhaseRatio.median(reference[k]);
        }

        /** Twice the relative standard deviation over the runs at K_ref index k. */
        double spread(int k) {
            var q = reference[k];
            double mean = Arrays.stream(q).sum() / q.length;
            double ss = 0;
            for (double v : q) {
                ss += (v - mean) * (v - mean);
            }
            return 2 * Math.sqrt(ss / (q.length - 1)) / mean;
        }

        double referenceError(int k) {
            return Math.abs(median(k) / qOpExactReference - 1);
        }

        /** How far the first run's Q̂_op moved from the previous K_ref, relative to the larger of the two values. */
        double move(int k) {
            return k == 0 ? Double.NaN : Math.abs(reference[k][0] - reference[k - 1][0])
                    / Math.max(reference[k][0], reference[k - 1][0]);
        }

        double largestMove() {
            double m = 0;
            for (int k = 1; k < reference.length; k++) {
                m = Math.max(m, move(k));
            }
            return m;
        }

        int last() {
            return reference.length - 1;
        }

        boolean convergedInTruth() {
            return REFERENCE_WINDOWS[last()] >= ResolutionRule.MIN_LENGTH_IN_TAUS * tauExact
                    && AGREEMENT.agree(median(last()), qOpExactReference);
        }

        boolean called(Rule rule) {
            return switch (rule) {
                case RUNS_AGREE -> AGREEMENT.accepts(spread(last()), 1);
                case LENGTH_ALONE -> REFERENCE_WINDOWS[last()] >= (long) LENGTH_RULE_WINDOWS * WINDOW;
            };
        }
    }

    /**
     * The fast and the slow model's references, and the rule that calls them; {@link #present()}
     * applies R3's rule: the call must equal the truth on both.
     */
    record Judged(Rule rule, List<Drift> drifts) implements Outcome {

        Judged {
            drifts = List.copyOf(drifts);
        }

        @Override
        public Measurement present() {
            var fast = drifts.get(0);
            var slow = drifts.get(1);
            boolean passed = fast.convergedInTruth() && fast.called(rule) && !slow.convergedInTruth()
                    && !slow.called(rule);

            var figures = Figures.builder()
                    .put("rule", rule == Rule.RUNS_AGREE
                            ? "independent reference runs agree: 2 relative SD of Q_op over " + REFERENCE_RUNS
                                    + " runs <= " + TOLERANCE_PERCENT + "%"
                            : "K_ref >= " + LENGTH_RULE_WINDOWS + " K (length alone)")
                    .put("fast-called-converged", fast.called(rule))
                    .put("fast-converged-in-truth", fast.convergedInTruth())
                    .put("slow-called-converged", slow.called(rule))
                    .put("slow-converged-in-truth", slow.convergedInTruth())
                    .put("slow-largest-move", slow.largestMove())
                    .put("slow-spread-at-longest", slow.spread(slow.last()))
                    .put("slow-reference-error", slow.referenceError(slow.last()))
                    .put("fast-largest-move", fast.largestMove())
                    .put("fast-spread-at-longest", fast.spread(fast.last()))
                    .put("fast-reference-error", fast.referenceError(fast.last()))
                    .put("reported-move-exp3", "~23% as K_ref grew (research page, risk 3)")
                    .put("tau-exact-fast", fast.tauExact())
                    .put("tau-exact-slow", slow.tauExact())
                    .put("qop-exact-fast", fast.qOpExact())
                    .put("qop-exact-slow", slow.qOpExact())
                    .put("reference-by-window", table(drifts))
                    .put("reference-against-window", plot(drifts))
                    .build();
            String detail = String.format("fast model: %d reference runs agree within %.1f%% (2 SD) at K_ref = %,d, "
                            + "median off the exact-g Q_op by %.1f%%, called %s (truth: %s); slow model: one reference "
                            + "moved up to %.0f%% between K_ref doublings, runs spread %.0f%% at %,d, median off by "
                            + "%.0f%%, called %s (truth: %s; %,d steps < 50 tau = %.3g); page: ~23%% on exp3",
                    REFERENCE_RUNS, 100 * fast.spread(fast.last()), REFERENCE_WINDOWS[fast.last()],
                    100 * fast.referenceError(fast.last()), called(fast.called(rule)), called(fast.convergedInTruth()),
                    100 * slow.largestMove(), 100 * slow.spread(slow.last()), REFERENCE_WINDOWS[slow.last()],
                    100 * slow.referenceError(slow.last()), called(slow.called(rule)), called(slow.convergedInTruth()),
                    REFERENCE_WINDOWS[slow.last()], ResolutionRule.MIN_LENGTH_IN_TAUS * slow.tauExact());
            return Measurement.of(passed, figures, detail);
        }
    }

    private static String called(boolean converged) {
        return converged ? "converged" : "unconverged";
    }

    private static List<Drift> drifts(EngineUnderTest engine, long seed) {
        var root = ParallelChains.root(seed);
        var fastStream = root.split();
        var j = new double[SIZE][SIZE];
        var b = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            b[i] = (fastStream.nextDouble() * 2 - 1) * 0.3;
            for (int k = i + 1; k < SIZE; k++) {
                j[i][k] = fastStream.nextGaussian() / Math.sqrt(SIZE);
                j[k][i] = j[i][k];
            }
        }
        var fast = drift(engine, "fast", new IsingModel(SIZE, j, b, FAST_BETA, true), fastStream.nextLong());
        var cw = new double[SIZE][SIZE];
        for (int i = 0; i < SIZE; i++) {
            for (int k = 0; k < SIZE; k++) {
                cw[i][k] = i == k ? 0 : 1.0 / SIZE;
            }
        }
        var slow = drift(engine, "slow", new IsingModel(SIZE, cw, new double[SIZE], SLOW_BETA, true),
                root.split().nextLong());
        return List.of(fast, slow);
    }

    private static Drift drift(EngineUnderTest engine, String name, IsingModel model, long seed) {
        var law = EnumeratedLaw.of(model);
        var analysis = SpectralAnalysis.of(law, engine.kernel(KernelName.RANDOM_SCAN, model));
        var shifted = model.fields();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += DATA_FIELD_SHIFT;
        }
        var data = EnumeratedLaw.of(model.withFields(shifted)).expectations();
        var g = law.gradient(data);
        double tauExact = Arrays.stream(analysis.tauInt()).filter(Double::isFinite).max().orElse(Double.NaN);
        double qOpExact = analysis.predict(g, WINDOW, CHAINS, EPSILON).qOp();

        var estimator = new CanonicalEstimator(engine.sampler(model, KernelName.RANDOM_SCAN), data,
                Optional.empty());
        var streams = ParallelChains.root(seed);
        var replicates = estimator.run(new EstimatorSettings(CHAINS, 0, WINDOW, new StartLaw.Exact(law.probabilities()), 1),
                REPLICATES, streams.nextLong(), false).gradients();
        double qOpExactReference = OperationalSnr.estimate(g, replicates).qOp();
        var reference = new double[REFERENCE_WINDOWS.length][];
        for (int k = 0; k < REFERENCE_WINDOWS.length; k++) {
            var runs = estimator.run(new EstimatorSettings(REFERENCE_CHAINS, REFERENCE_BURN_IN, REFERENCE_WINDOWS[k],
                    new StartLaw.Uniform(), 1), REFERENCE_RUNS, streams.nextLong(), false).gradients();
            reference[k] = new double[REFERENCE_RUNS];
            for (int r = 0; r < REFERENCE_RUNS; r++) {
                reference[k][r] = OperationalSnr.estimate(runs[r], replicates).qOp();
            }
        }
        return new Drift(name, tauExact, qOpExact, qOpExactReference, reference);
    }

    private static Table table(List<Drift> drifts) {
        var table = Table.withColumns("model", "K_ref", "Q_op (first reference run)", "move from previous K_ref",
                "Q_op (median of " + REFERENCE_RUNS + " runs)", "2 SD / mean over runs", "Q_op (exact g)",
                "error of the median");
        for (var d : drifts) {
            for (int k = 0; k < REFERENCE_WINDOWS.length; k++) {
                table.row(d.name(), REFERENCE_WINDOWS[k], d.reference()[k][0], k == 0 ? "—" : d.move(k),
                        d.median(k), d.spread(k), d.qOpExactReference(), d.referenceError(k));
            }
        }
        return table.build();
    }

    private static XyPlot plot(List<Drift> drifts) {
        var series = new ArrayList<XyPlot.Series>();
        double[] windows = Arrays.stream(REFERENCE_WINDOWS).asDoubleStream().toArray();
        for (var d : drifts) {
            var first = new double[REFERENCE_WINDOWS.length];
            var median = new double[REFERENCE_WINDOWS.length];
            for (int k = 0; k < REFERENCE_WINDOWS.length; k++) {
                first[k] = d.reference()[k][0] / d.qOpExactReference();
                median[k] = d.median(k) / d.qOpExactReference();
            }
            series.add(XyPlot.Series.points(d.name() + " model, first run", windows, first));
            series.add(XyPlot.Series.line(d.name() + " model, median of runs", windows, median));
        }
        series.add(XyPlot.Series.line("exact reference",
                new double[] {REFERENCE_WINDOWS[0], REFERENCE_WINDOWS[REFERENCE_WINDOWS.length - 1]},
                new double[] {1.0, 1.0}));
        return new XyPlot(PlotText.of("Empirical reference Q_op against its window K_ref",
                "Q_op formed with a reference gradient over Q_op formed with the exact gradient, on the same "
                        + REPLICATES + " replicates at K = " + WINDOW + "."),
                XyPlot.Axis.log("K_ref (random-scan steps)"), XyPlot.Axis.log("Q_op(reference) / Q_op(exact g)"),
                XyPlot.Guide.NONE, series);
    }
}
