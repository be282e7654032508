package org.trainability.checks.risks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.GlauberRing;
import org.trainability.engine.estimate.ChainDiagnostics;
import org.trainability.engine.estimate.IntegratedAutocorrelationTime;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.engine.estimate.TauGrowthDiagnostic;
import org.trainability.engine.estimate.TauGrowthFindings;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.sample.StartLaw;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * R5: the regime gate is binding. The τ ∝ L diagnostic ({@link TauGrowthDiagnostic}) runs on a
 * model where the chain cannot relax within any feasible window — a Glauber ring of
 * {@value #SIZE} spins at βJ = {@value #SLOW_COUPLING} under random scan, whose magnetisation
 * has the exact τ_int = (1+λ)/(2(1−λ)) ≈ 1.4e5 steps ({@link GlauberRing}) — over
 * L = 1,000 … 32,000 steps (M = {@value #CHAINS} chains from overdispersed starts, half all-plus and
 * half all-minus, no burn-in), judging two probes, the magnetisation and the bond energy per spin
 * by the full RESOLVED rule (docs/math.md §5, R̂ and bulk ESS included). The check passes when
 * the diagnostic detects the τ ∝ L failure: every L UNRESOLVED and the ladder slope of log τ̂_max
 * against log L above 0.5, as exp4 reported (τ̂ 166.7 → 5,280 over the same L, τ/L ≈ 0.16;
 * reported beside ours). At the shortest L no window is found inside the run (τ̂ is NaN there).
 *
 * <p>The page does not say which convention its τ is in. Ours is half-Sokal (docs/math.md §5); with
 * c = 5 a window found inside the run bounds it by τ̂ ≤ L/10, so a constant τ̂/L near 0.05–0.07
 * here corresponds to a full-Sokal τ_e/L near 0.10–0.14.
 *
 * <p>Negative control — the detector must not cry wolf: the same ring at βJ =
 * {@value #FAST_COUPLING} (exact τ_int of the magnetisation ≈ 412 steps) must come out RESOLVED at
 * the longest L, so the τ ∝ L detection fails there. Its ladder is eight times longer
 * (8,000 … 256,000): a random-scan ring of 256 spins moves its magnetisation about once per N
 * steps, and R̂ ≤ 1.01 over 16 chains needs some hundred effective draws per chain, which 32,000
 * steps (78 τ) do not give. Robustness, measured with this rule (20 seeds, 100 … 119, of
 * {@code check(engine, seed)}): every run passed, with ladder slopes 1.03–1.32 and τ̂/L 0.04–0.065
 * at every L; every control came out RESOLVED at 256,000 with τ̂ between 357 and 443 (exact 412).
 * The verdicts here are fixed by the seed.
 */
final class TauGrowsWithLength {

    static final String ID = "R5.tau-grows-with-L";
    static final long SEED = 0x5_0001L;
    static final int SIZE = 256;
    static final double SLOW_COUPLING = 1.75;
    static final double FAST_COUPLING = 0.2;
    static final int CHAINS = 16;
    static final int[] LENGTHS = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000};
    /**
     * The control's ladder, eight times longer: R̂ ≤ 1.01 needs some hundred effective draws per
     * chain, and a random-scan ring of 256 spins moves its magnetisation only once in about N steps
     * (exact τ ≈ 412 at βJ = 0.2), so 32,000 steps give each chain some 40.
     */
    static final int[] CONTROL_LENGTHS = {8_000, 16_000, 32_000, 64_000, 128_000, 256_000};
    static final double[] REPORTED_TAU = {166.7, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5_280};
    static final double REPORTED_TAU_OVER_L = 0.16;

    private TauGrowsWithLength() {
    }

    /** The R5 check. */
    static Check check(EngineUnderTest engine) {
        return check(engine, SEED);
    }

    /** The check on another seed (the registry uses {@link #SEED}; other seeds measure how robust its verdicts are). */
    static Check check(EngineUnderTest engine, long seed) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("R5"), seed, false, engine, Design.REAL,
                Design.CONTROL);
    }

    /**
     * The τ ∝ L diagnostic on a Glauber ring of {@value TauGrowsWithLength#SIZE} spins at βJ =
     * {@code coupling}.
     *
     * @param coupling βJ
     */
    record Design(double coupling, int[] lengths) implements CheckDesign<Growth> {

        Design {
            lengths = lengths.clone();
        }

        /** The slow ring, which cannot relax within any feasible window. */
        static final Design REAL = new Design(SLOW_COUPLING, LENGTHS);
        /** The fast ring, which must resolve. */
        static final Design CONTROL = new Design(FAST_COUPLING, CONTROL_LENGTHS);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("model", "Glauber ring, N = " + SIZE + ", no field, fields trained");
            parameters.put("coupling", coupling);
            parameters.put("controlCoupling", FAST_COUPLING);
            parameters.put("kernel", KernelName.RANDOM_SCAN.label());
            parameters.put("chains", CHAINS);
            parameters.put("start", "overdispersed");
            parameters.put("burnIn", 0);
            parameters.put("lengths", lengths.clone());
            parameters.put("controlLengths", CONTROL_LENGTHS.clone());
            parameters.put("c", IntegratedAutocorrelationTime.DEFAULT_C);
            parameters.put("probes", List.of("magnetisation per spin", "bond energy per spin"));
            return parameters;
        }

        @Override
        public String description() {
            return "The tau-proportional-to-L diagnostic on a Glauber ring of " + SIZE + " spins at beta J = "
                    + SLOW_COUPLING + " (exact tau of the magnetisation about 1.4e5 steps) over L = 1,000 … 32,000 "
                    + "random-scan steps: must be UNRESOLVED at every L with tau-hat still growing across the "
                    + "ladder; fails on the fast ring (beta J = " + FAST_COUPLING + "), which must resolve.";
        }

        @Override
        public Growth measure(EngineUnderTest engine, long seed) {
            var ring = new GlauberRing(SIZE, coupling);
            var sampler = engine.sampler(ring.model(), KernelName.RANDOM_SCAN);
            var probes = List.of(new TauGrowthDiagnostic.Probe("magnetisation", ring.magnetisationProbe()),
                    new TauGrowthDiagnostic.Probe("bond energy", ring.bondEnergyProbe()));
            var settings = new TauGrowthDiagnostic.Settings(CHAINS, 0, new StartLaw.Overdispersed(), lengths,
                    IntegratedAutocorrelationTime.DEFAULT_C, 1);
            return new Growth(coupling, ring.magnetisationTau(), TauGrowthDiagnostic.run(sampler, probes, settings,
                    seed));
        }
    }

    /**
     * What the diagnostic found on one ring; {@link #present()} applies R5's rule: τ ∝ L detected.
     *
     * @param coupling          βJ
     * @param magnetisationTau  the exact τ_int of the ring's magnetisation
     * @param growth            the diagnostic's findings over the ladder of lengths
     */
    record Growth(double coupling, double magnetisationTau, TauGrowthFindings growth) implements Outcome {

        @Override
        public Measurement present() {
            boolean detected = growth.growsWithLength();
            var longest = growth.rungs().get(growth.rungs().size() - 1);
            var figures = Figures.builder()
                    .put("tau-grows-with-L", detected)
                    .put("ladder-slope", growth.ladderSlope())
                    .put("tau-over-L-spread", growth.tauOverLengthSpread())
                    .put("tau-at-longest", longest.tauMax())
                    .put("verdict-at-longest", longest.resolution().toString())
                    .put("tau-exact-magnetisation", magnetisationTau)
                    .put("coupling", coupling)
                    .put("reported-tau-exp4", "166.7 → 5,280 over L = 1,000 → 32,000 (UNRESOLVED, P0-HALT)")
                    .put("reported-tau-over-L-exp4", REPORTED_TAU_OVER_L)
                    .put("tau-by-L", table(growth))
                    .put("tau-against-L", plot(growth, magnetisationTau))
                    .build();
            String detail = String.format("tau-hat_max %s over L = %,d … %,d (tau/L %.3f … %.3f, ladder slope %.2f), "
                            + "%s at L = %,d; exact tau of the magnetisation %.4g; page (exp4): 166.7 → 5,280, tau/L "
                            + "≈ 0.16",
                    describe(growth), growth.rungs().get(0).length(), longest.length(), min(growth.tauOverLength()),
                    max(growth.tauOverLength()), growth.ladderSlope(),
                    detected ? "UNRESOLVED at every L: tau grows with L" : "not tau ∝ L: " + longest.resolution(),
                    longest.length(), magnetisationTau);
            return Measurement.of(detected, figures, detail);
        }
    }

    private static String describe(TauGrowthFindings growth) {
        var parts = new ArrayList<String>();
        for (var r : growth.rungs()) {
            parts.add(String.format("%.4g%s", r.tauMax(), r.resolution().isResolved() ? "R" : "U"));
        }
        return String.join(" → ", parts);
    }

    /** The page's τ at this L (exp4), or a dash where it reports none. */
    private static Object reported(int length) {
        for (int k = 0; k < LENGTHS.length; k++) {
            if (LENGTHS[k] == length && !Double.isNaN(REPORTED_TAU[k])) {
                return REPORTED_TAU[k];
            }
        }
        return "—";
    }

    private static double min(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    private static Table table(TauGrowthFindings growth) {
        var table = Table.withColumns("L", "tau-hat max", "tau/L", "L/tau", "slowest probe", "verdict",
                "steepest growth slope (L/4, L/2, L)", "R-hat max", "bulk ESS min", "page tau (exp4, reported)");
        for (int k = 0; k < growth.rungs().size(); k++) {
            var r = growth.rungs().get(k);
            double steepest = r.verdicts().stream().mapToDouble(v -> v.growthSlope()).filter(Double::isFinite).max()
                    .orElse(Double.NaN);
            double rhat = r.verdicts().stream().flatMap(v -> v.diagnostics().stream())
                    .mapToDouble(ChainDiagnostics.Summary::rhat).max().orElse(Double.NaN);
            double essBulk = r.verdicts().stream().flatMap(v -> v.diagnostics().stream())
                    .mapToDouble(ChainDiagnostics.Summary::essBulk).min().orElse(Double.NaN);
            table.row(r.length(), r.tauMax(), r.tauOverLength(), r.length() / r.tauMax(), r.slowest(),
                    r.resolution().toString(), steepest, rhat, essBulk, reported(r.length()));
        }
        return table.build();
    }

    private static XyPlot plot(TauGrowthFindings growth, double magnetisationTau) {
        int rungs = growth.rungs().size();
        var lengths = new double[rungs];
        var tau = new double[rungs];
        var fiftieth = new double[rungs];
        for (int k = 0; k < rungs; k++) {
            var r = growth.rungs().get(k);
            lengths[k] = r.length();
            tau[k] = r.tauMax();
            fiftieth[k] = r.length() / ResolutionRule.MIN_LENGTH_IN_TAUS;
        }
        double first = lengths[0];
        double last = lengths[rungs - 1];
        return new XyPlot(PlotText.of("tau-hat against the run length L", "Largest tau-hat over the probes at each L "
                        + "(one run, judged on its prefixes). RESOLVED needs tau-hat below L/50 and no growth; the exact "
                        + "tau of the magnetisation is the horizontal line."),
                XyPlot.Axis.log("L (random-scan steps)"), XyPlot.Axis.log("tau-hat (half-Sokal)"), XyPlot.Guide.NONE,
                List.of(XyPlot.Series.points("this run", lengths, tau),
                        XyPlot.Series.line("L/50", lengths, fiftieth),
                        XyPlot.Series.line("exact tau of the magnetisation", new double[] {first, last},
                                new double[] {magnetisationTau, magnetisationTau}),
                        XyPlot.Series.points("page, exp4 (reported)",
                                new double[] {LENGTHS[0], LENGTHS[LENGTHS.length - 1]},
                                new double[] {166.7, 5_280.0})));
    }
}
