package org.trainability.checks.experiments;

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
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.SpectrumPlot;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * exp1 in this project: a 48-cell exact grid, 3 spin-flip-symmetric models on N = 8 spins
 * (Curie–Weiss, the ring, a frustrated random model) × β ∈ {0.5, 1, 1.5, 2} × K ∈ {10, 100, 1000,
 * 10000}, under {@code random-scan}, one chain. In every cell the exact stationary Q_op(K) (docs/math.md
 * §4) is set beside Q⊥(K), Q⊥_C*(K), the single-gap product anchored on the slowest cluster the
 * gradient sees (the page's "single relevant gap") and docs/math.md's Q_single anchored on λ_2 of P.
 *
 * <p>A predictor <em>tracks</em> a cell when {@code 1/1.25 ≤ Q/Q_op ≤ 1.25}. The windows run from
 * below τ_int to far above it on purpose, so the counts over all 48 cells are not the theorem's
 * claim; the claim (T-cond, O6) is about cells in regime A6 ({@code K ≥ 50 τ_max}). The check
 * <b>passes</b> when the predictor tracks Q_op in every A6 cell (at least one) and the single relevant
 * gap fails to track in at least one A6 cell that the predictor tracks (R1: the slow structure
 * clusters, so one gap is not enough). The <b>negative control</b> applies the same criterion to Q⊥
 * predicted from the spectrum of the wrong kernel — Metropolis, reversible for the same π — while
 * Q_op is random scan's: a kernel mix-up, off by a factor near 2 at high temperature (Metropolis
 * flips a free spin twice as often as the heat bath), so it must miss some regime cell. (The
 * mis-anchored Q_single, the earlier control, was off by 20 orders of magnitude: it could not
 * fail for the reason the check asserts.) An engine
 * whose kernel is not reversible for π fails the check (the diagonalizer refuses it).
 *
 * <p>Deterministic (the frustrated couplings come from a fixed seed). Thread-safe.
 */
public final class Exp1Grid {

    static final String ID = "exp1.grid";
    static final double TRACKING_FACTOR = 1.25;
    static final double A6_WINDOWS_PER_TAU = 50;
    public static final int SPINS = 8;
    public static final double[] BETAS = {0.5, 1, 1.5, 2};
    static final long[] WINDOWS = {10, 100, 1000, 10000};
    public static final long FRUSTRATED_SEED = 0xe1_5eedL;
    public static final KernelName KERNEL = KernelName.RANDOM_SCAN;
    /** The kernel the negative control predicts with (reversible for the same π, but not the chain run). */
    static final KernelName WRONG_KERNEL = KernelName.METROPOLIS;

    /** One cell of the grid. */
    record Cell(String model, double beta, long window, double tauMax, boolean inA6, double gammaEff,
            double bulkShare, int relevantClusters, double qOp, double qPerp, double qPerpCStar,
            double qSingleRelevant, double qSingle, double qPerpWrongKernel) {

        boolean tracks(double q) {
            double r = q / qOp;
            return r >= 1 / TRACKING_FACTOR && r <= TRACKING_FACTOR;
        }
    }

    private Exp1Grid() {
    }

    /** The three models at β. */
    public static List<Map.Entry<String, IsingModel>> models(double beta) {
        return List.of(Map.entry("curie-weiss", ModelFamilies.curieWeiss(SPINS, beta)),
                Map.entry("ring", ModelFamilies.ring(SPINS, beta)),
                Map.entry("frustrated", ModelFamilies.frustrated(SPINS, beta, FRUSTRATED_SEED)));
    }

    /** The exact analyses of the 12 (model, β) pairs, in table order. */
    public static List<ExactAnalysis> analyses(EngineUnderTest engine) {
        return analyses(engine, KERNEL);
    }

    /** The exact analyses of the 12 (model, β) pairs under {@code kernel}, in table order. */
    static List<ExactAnalysis> analyses(EngineUnderTest engine, KernelName kernel) {
        var out = new ArrayList<ExactAnalysis>();
        for (var name : List.of("curie-weiss", "ring", "frustrated")) {
            for (double beta : BETAS) {
                var model = models(beta).stream().filter(e -> e.getKey().equals(name)).findFirst().orElseThrow()
                        .getValue();
                var law = EnumeratedLaw.of(model);
                out.add(ExactAnalysis.of(name + " β=" + beta, law, engine.kernel(kernel, model)));
            }
        }
        return out;
    }

    /** The 48 cells. */
    static List<Cell> cells(EngineUnderTest engine) {
        var cells = new ArrayList<Cell>();
        var analyses = analyses(engine);
        var wrong = analyses(engine, WRONG_KERNEL);
        int i = 0;
        for (var name : List.of("curie-weiss", "ring", "frustrated")) {
            for (double beta : BETAS) {
                var w = wrong.get(i);
                var a = analyses.get(i++);
                double tau = a.tauMax();
                for (long k : WINDOWS) {
                    var p = a.predict(k);
                    cells.add(new Cell(name, beta, k, tau, k >= A6_WINDOWS_PER_TAU * tau, p.gammaEff(),
                            a.bulkShare(ExactAnalysis.EPSILON),
                            a.spectral().relevantModes(ExactAnalysis.EPSILON).size(), p.qOp(), p.qPerp(),
                            p.qPerpCStar(), a.singleRelevantGap(k), p.qSingle(), w.predict(k).qPerp()));
                }
            }
        }
        return cells;
    }

    /** The predictor the tracking criterion is applied to. */
    enum Predictor {
        /** Q⊥ (the real run). */
        Q_PERP("Q⊥") {
            @Override
            double of(Cell c) {
                return c.qPerp();
            }
        },
        /**
         * Q⊥ from the spectrum of the wrong kernel (Metropolis) while the chain, and so Q_op, is
         * random scan: the negative control, a kernel mix-up a user can make.
         */
        Q_PERP_WRONG_KERNEL("Q⊥ from the " + WRONG_KERNEL.label() + " spectrum") {
            @Override
            double of(Cell c) {
                return c.qPerpWrongKernel();
            }
        };

        private final String label;

        Predictor(String label) {
            this.label = label;
        }

        abstract double of(Cell c);
    }

    /**
     * The exp1 design: the grid, judged by the tracking criterion applied to {@code predictor}.
     *
     * @param predictor the predictor judged
     * @param withPlots whether the outcome carries the table and the plots (the real run; the
     *                  control keeps the counts)
     */
    record Design(Predictor predictor, boolean withPlots) implements CheckDesign<Findings> {

        /** Q⊥ on the grid, with the table and plots. */
        static final Design REAL = new Design(Predictor.Q_PERP, true);
        /** Q⊥ predicted from the wrong kernel's spectrum on the same grid. */
        static final Design CONTROL = new Design(Predictor.Q_PERP_WRONG_KERNEL, false);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", "curie-weiss, ring, frustrated (J ~ N(0,1/N), seed 0x"
                    + Long.toHexString(FRUSTRATED_SEED) + "); N = " + SPINS + ", b = 0, fields not trained");
            parameters.put("betas", BETAS);
            parameters.put("windows", Arrays.stream(WINDOWS).boxed().toList());
            parameters.put("kernel", KERNEL.label());
            parameters.put("chains", 1);
            parameters.put("epsilon", ExactAnalysis.EPSILON);
            parameters.put("trackingFactor", TRACKING_FACTOR);
            parameters.put("a6WindowsPerTau", A6_WINDOWS_PER_TAU);
            return parameters;
        }

        @Override
        public String description() {
            return "On a 48-cell exact grid (3 models x 4 beta x 4 K), Q_perp tracks the exact Q_op within a factor "
                    + TRACKING_FACTOR + " in every cell with K >= 50 tau_max, where the single relevant gap does not;"
                    + " fails if a regime cell is missed, or if one gap would do";
        }

        @Override
        public Findings measure(EngineUnderTest engine, long seed) {
            List<Cell> cells;
            try {
                cells = cells(engine);
            } catch (RefusedInputException | ArithmeticException e) {
                return new Refused(e.getMessage());
            }
            return new Grid(predictor, cells, withPlots ? Optional.of(frustratedSpectrum(engine)) : Optional.empty());
        }
    }

    /** What one run found: the grid, or the exact analysis's refusal. */
    sealed interface Findings extends Outcome permits Grid, Refused {
    }

    /** The exact analysis refused the grid (a faulty kernel): the check fails. */
    record Refused(String reason) implements Findings {
        @Override
        public Measurement present() {
            return Measurement.of(false, Figures.none(), "the exact analysis refused the grid: " + reason);
        }
    }

    /**
     * The 48 cells, judged for {@code predictor}; {@link #present()} applies the tracking criterion.
     *
     * @param spectrum the frustrated model's spectrum at β = 1, when the run draws the plots
     */
    record Grid(Predictor predictor, List<Cell> cells, Optional<SpectrumPlot> spectrum) implements Findings {

        Grid {
            cells = List.copyOf(cells);
        }

        @Override
        public Measurement present() {
            int n = cells.size();
            int trackedPredictor = 0;
            int trackedPerp = 0;
            int trackedSingle = 0;
            int trackedMisAnchored = 0;
            int a6 = 0;
            int a6Predictor = 0;
            int a6PerpOnly = 0;
            int a6Single = 0;
            for (var c : cells) {
                boolean p = c.tracks(predictor.of(c));
                trackedPredictor += p ? 1 : 0;
                trackedPerp += c.tracks(c.qPerp()) ? 1 : 0;
                trackedSingle += c.tracks(c.qSingleRelevant()) ? 1 : 0;
                trackedMisAnchored += c.tracks(c.qSingle()) ? 1 : 0;
                if (c.inA6()) {
                    a6++;
                    a6Predictor += p ? 1 : 0;
                    a6Single += c.tracks(c.qSingleRelevant()) ? 1 : 0;
                    a6PerpOnly += p && !c.tracks(c.qSingleRelevant()) ? 1 : 0;
                }
            }
            boolean regimeTracked = a6 > 0 && a6Predictor == a6;
            boolean clusterMatters = a6PerpOnly > 0;
            String name = predictor.label;
            var figures = Figures.builder()
                    .put("predictor", name)
                    .put("tracking-factor", TRACKING_FACTOR)
                    .put("cells-tracked-multi-mode", trackedPerp + "/" + n)
                    .put("cells-tracked-single-gap", trackedSingle + "/" + n)
                    .put("cells-tracked-single-gap-mis-anchored", trackedMisAnchored + "/" + n)
                    .put("cells-in-regime-a6", a6 + "/" + n)
                    .put("a6-cells-tracked-by-predictor", a6Predictor + "/" + a6)
                    .put("a6-cells-tracked-single-gap", a6Single + "/" + a6)
                    .put("cells-tracked-by-predictor", trackedPredictor + "/" + n)
                    .put("grid", "3 models (curie-weiss, ring, frustrated; N = 8, b = 0) x beta {0.5, 1, 1.5, 2} x K"
                            + " {10, 100, 1000, 10000}; random-scan, M = 1; tracks = Q/Q_op within a factor 1.25; A6 = K"
                            + " >= 50 tau_max; single gap = gamma_c K/2 * |g|^2/W_c on the slowest cluster of C*(O)");
            spectrum.ifPresent(s -> addPlots(figures, s));
            String detail = name + " tracks Q_op (factor " + TRACKING_FACTOR + ") in " + a6Predictor + "/" + a6
                    + " cells with K >= 50 tau_max (" + trackedPredictor + "/" + n + " overall); the single relevant"
                    + " gap in " + a6Single + "/" + a6 + " (" + trackedSingle + "/" + n + " overall), and misses "
                    + a6PerpOnly + " regime cells the predictor tracks";
            return Measurement.of(regimeTracked && clusterMatters, figures.build(), detail);
        }

        private void addPlots(Figures.Builder figures, SpectrumPlot spectrum) {
            var table = Table.withColumns("model", "beta", "K", "tauMax", "A6", "clustersInCStar", "gammaEff",
                    "bulkShare", "qOp", "qPerp", "qPerpOverQOp", "qSingleRelevantOverQOp", "qSingleMisAnchoredOverQOp",
                    "perpTracks", "singleTracks");
            for (var c : cells) {
                table.row(c.model(), c.beta(), c.window(), c.tauMax(), c.inA6(), c.relevantClusters(), c.gammaEff(),
                        c.bulkShare(), c.qOp(), c.qPerp(), c.qPerp() / c.qOp(), c.qSingleRelevant() / c.qOp(),
                        c.qSingle() / c.qOp(), c.tracks(c.qPerp()), c.tracks(c.qSingleRelevant()));
            }
            figures.put("cells", table.build());
            var perpSeries = new ArrayList<XyPlot.Series>();
            var singleSeries = new ArrayList<XyPlot.Series>();
            for (var model : List.of("curie-weiss", "ring", "frustrated")) {
                var x = new ArrayList<Double>();
                var yPerp = new ArrayList<Double>();
                var ySingle = new ArrayList<Double>();
                for (var c : cells) {
                    if (c.model().equals(model)) {
                        x.add(c.qOp());
                        yPerp.add(c.qPerp());
                        ySingle.add(c.qSingleRelevant());
                    }
                }
                perpSeries.add(XyPlot.Series.points(model, x, yPerp));
                singleSeries.add(XyPlot.Series.points(model, x, ySingle));
            }
            figures.put("q-perp-vs-q-op", new XyPlot(PlotText.of("Q⊥ against the exact Q_op (48 cells)",
                    "Points on y = x are tracked; cells below it have K not far above tau_int."),
                    XyPlot.Axis.log("Q_op (exact)"), XyPlot.Axis.log("Q⊥"), XyPlot.Guide.IDENTITY, perpSeries));
            figures.put("q-single-vs-q-op", new XyPlot(PlotText.of("Single relevant gap against the exact Q_op (48 cells)",
                    "Anchored on the slowest cluster the gradient sees; docs/math.md's Q_single (anchored on λ_2 of P, an"
                            + " odd mode) is 1e24 to 1e30 times Q_op and is left off this plot (see the table)."),
                    XyPlot.Axis.log("Q_op (exact)"), XyPlot.Axis.log("γ_c K/2 · ‖g‖²/W_c (slowest cluster of C*)"),
                    XyPlot.Guide.IDENTITY, singleSeries));
            figures.put("spectrum-frustrated-beta-1", spectrum);
        }
    }

    /**
     * One cell's spectrum with C*(O) marked: the frustrated model at β = 1 (full chain: its odd
     * eigenvalues carry no weight and stay unmarked).
     */
    private static SpectrumPlot frustratedSpectrum(EngineUnderTest engine) {
        var a = ExactAnalysis.of("frustrated β=1", EnumeratedLaw.of(ModelFamilies.frustrated(SPINS, 1, FRUSTRATED_SEED)),
                engine.kernel(KERNEL, ModelFamilies.frustrated(SPINS, 1, FRUSTRATED_SEED)));
        var spectrum = a.spectral().spectrum();
        var lambdas = spectrum.eigenvalues();
        var marked = new boolean[lambdas.length];
        var weights = new double[lambdas.length];
        var relevant = a.spectral().relevantModes(ExactAnalysis.EPSILON).stream().map(m -> m.cluster()).toList();
        var clusters = spectrum.clusters();
        for (int c = 0; c < clusters.size(); c++) {
            var cl = clusters.get(c);
            for (int j = cl.first(); j < cl.first() + cl.size(); j++) {
                marked[j] = relevant.contains(c);
                weights[j] = c == 0 ? 0 : a.spectral().clusterWeights().clusterTotal(c);
            }
        }
        return new SpectrumPlot(PlotText.of("Spectrum of random-scan, frustrated model, β = 1",
                "Marked: the clusters of C*(O) (ε = 1e-3). λ_2 belongs to an odd mode with weight zero to rounding, so"
                        + " it is not marked."), lambdas, marked, weights);
    }

    /** The exp1 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("exp1", "T-cond", "T-op", "O5", "O6", "R1", "H-single"),
                FRUSTRATED_SEED, false, engine, Design.REAL, Design.CONTROL);
    }
}
