package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.ObservableTraces;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.sample.TemperingSampler;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.Values;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * exp12, reversible parallel tempering against a single random-scan chain: by how much does
 * tempering cut τ_max, the integrated autocorrelation time of the slowest gradient observable, at
 * equal cost?
 *
 * <p><b>The model.</b> Curie–Weiss with N = 5 spins, {@code J_ij = 1/N}, b = 0, fields trained
 * (docs/math.md §1), so the observables are the ten pair products {@code f_ij = -x_i x_j} (even under
 * the spin flip) and the five fields {@code f_i = -x_i} (odd: they see the tunnelling between the
 * two ordered wells, the barrier). The critical point is β_c = 1; the base model sits at β = 3,
 * and the barrier grid at β = 3, 3.5, 4. Every permutation of the spins maps the law and both
 * kernels to themselves, so all pairs share one τ_int and all fields another: τ_max is the larger
 * of τ(J[0,1]) and τ(b[0]) ({@link SlowestObservable}).
 *
 * <p><b>The samplers and the cost.</b> {@code random-scan} and {@code tempering} (docs/math.md §3), both
 * built through {@link EngineUnderTest}, on a geometric ladder of R = 4 rungs from β = 0.5 (half
 * the critical β, where a replica mixes in a few sweeps) to the model's β. Cost is counted in
 * moves: a random-scan step is one single-site heat-bath update; a tempering step is, with
 * probability ½ each, one heat-bath update of one replica or one swap proposal between adjacent
 * rungs, and a swap proposal is charged as a full update (it needs only the two stored energies,
 * so this over-charges tempering). At the base β both samplers get the same budget — M = 8 chains
 * of B = 2,000 + K = 524,288 steps from overdispersed starts (half all-plus, half all-minus: the
 * two wells, so that R̂ sees chains that never tunnel) — and τ̂ counts
 * steps, so the ratio τ̂_max(random-scan) / τ̂_max(tempering) is the cut at equal cost
 * ({@code tau-max-ratio}). Were swaps free, tempering's cost per step would halve and the ratio
 * double ({@code tau-max-ratio-swaps-free}).
 *
 * <p><b>What is measured.</b> At the base β: τ̂_max of both samplers with the engine's estimator
 * and RESOLVED rule (docs/math.md §5); the exact spectral τ_max of random scan (O4) as a cross-check of
 * its τ̂; the means of the representatives' series against the exact E_π, in standard errors
 * {@code sqrt(2 τ̂ Var_π / (M K))} (a law check: a swap that breaks detailed balance leaves the top
 * rung off π; judged only where that τ̂ is RESOLVED, since an unresolved τ̂ understates the
 * error); and the ratio with a lower confidence bound
 * {@code ratio · exp(-4.75 · sqrt((se_rs/τ̂_rs)² + (se_pt/τ̂_pt)²))} from Sokal's standard errors.
 * Over the barrier grid: the exact τ_max of random scan against tempering's τ̂_max (K = 65,536,
 * M = 8), whose ratio shows how the cut grows with the barrier (the research page reports
 * 14–22×).
 *
 * <p><b>Verdict.</b> FAIL when a law check is off by more than 5 standard errors (two-sided
 * α = 5.7e-7 each, 4.6e-6 over the eight comparisons), when random scan's RESOLVED τ̂ is more than
 * 5 standard errors from its exact τ_int (α = 5.7e-7), or when a resolved cut's lower bound is at
 * most 1 (no cut; one-sided α = 1.0e-6 each); otherwise UNRESOLVED when some τ̂_max is not
 * RESOLVED (a ratio of unresolved estimates supports nothing); otherwise PASS. The normal
 * approximations behind these α are Sokal's large-L ones. The RESOLVED rule is the full one of
 * docs/math.md §5 (R̂ ≤ 1.01 and bulk ESS ≥ 400 included). Measured over 20 chain seeds of the base
 * settings with that rule: random scan's growth slope between −0.09 and 0.18, its τ̂ between −1.7
 * and +1.3 standard errors of exact, the judged law checks within 2.6, the cut 5.0× to 6.6× with its
 * lower bound never below 3.3; all 20 passed. The control failed on all 10 seeds tried (cut 0.51× to
 * 0.70×, lower bound at most 0.37). At half the length (K = 262,144) the control's tempering run,
 * slower than random scan, was left at R̂ ≈ 1.015: UNRESOLVED, so the control could not fail; hence
 * 2^19. (The test class SeedSweep reruns these sweeps.)
 *
 * <p><b>Negative control.</b> The same measurement with no hot replicas: every rung within 0.6 %
 * of the target β. Swaps then only shuffle replicas at one temperature, each of which gets a
 * 1/(2R) share of the updates, so τ̂_max per step is no shorter than random scan's (1.3 to 2.4
 * times as long over the seeds tried): no cut, and the check must fail.
 *
 * <p>Deterministic given the seed (chains run one after another on streams split in a fixed
 * order). Stateless; thread-safe.
 */
final class TemperingCut {

    static final String ID = "exp12.tempering";
    static final long SEED = ExperimentScaffold.seed("exp12");
    /** N, the spins of the Curie–Weiss model. */
    static final int SPINS = 5;
    /** The base model's β (three times the critical β_c = 1). */
    static final double BASE_BETA = 3.0;
    /** The barrier grid. */
    static final List<Double> GRID_BETAS = List.of(3.0, 3.5, 4.0);
    /** The hottest rung of the spread ladder. */
    static final double LOWEST_BETA = 0.5;
    /** R, the rungs of every ladder. */
    static final int RUNGS = 4;
    /** The control ladder's rungs: β(1 − COLD_STEP·(R−1−k)), all within 0.6 % of β. */
    static final double COLD_STEP = 0.002;
    /** A law check fails beyond this many standard errors (two-sided α = 5.7e-7). */
    static final double LAW_Z = 5.0;
    /** Random scan's τ̂ must be within this many standard errors of its exact τ_int (α = 5.7e-7). */
    static final double EXACT_Z = 5.0;
    /** The cut's lower confidence bound is taken this many standard errors down (one-sided α = 1.0e-6). */
    static final double RATIO_Z = 4.75;

    private TemperingCut() {
    }

    /** The rungs of the tempering ladder for a target β. */
    enum Ladder {
        /** Geometric from β = 0.5 to the target: hot replicas that cross the barrier. */
        SPREAD {
            @Override
            double[] rungs(double beta) {
                return TemperingSampler.geometricLadder(LOWEST_BETA, beta, RUNGS);
            }

            @Override
            String rule() {
                return "geometric, " + RUNGS + " rungs from " + LOWEST_BETA + " to beta";
            }
        },
        /** Every rung within 0.6 % of the target: no hot replica (the negative control). */
        COLD {
            @Override
            double[] rungs(double beta) {
                var out = new double[RUNGS];
                for (int k = 0; k < RUNGS; k++) {
                    out[k] = beta * (1 - COLD_STEP * (RUNGS - 1 - k));
                }
                return out;
            }

            @Override
            String rule() {
                return RUNGS + " rungs within 0.6% of beta";
            }
        };

        abstract double[] rungs(double beta);

        /** The ladder rule, as the parameters write it. */
        abstract String rule();
    }

    /** The Curie–Weiss model at β: J_ij = 1/N, b = 0, fields trained. */
    static IsingModel curieWeiss(double beta) {
        var j = new double[SPINS][SPINS];
        for (int a = 0; a < SPINS; a++) {
            for (int c = 0; c < SPINS; c++) {
                j[a][c] = a == c ? 0 : 1.0 / SPINS;
            }
        }
        return new IsingModel(SPINS, j, new double[SPINS], beta, true);
    }

    /** The representatives' parameter indices: the pair (0,1) and the field 0. */
    private static final int[] REPRESENTATIVES = {0, SPINS * (SPINS - 1) / 2};
    private static final List<String> REPRESENTATIVE_NAMES = List.of("J[0,1]", "b[0]");

    /**
     * The exp12 design: both samplers at the base β, and tempering over the barrier grid.
     *
     * @param ladder     the ladder rule
     * @param chains     M
     * @param burnIn     B
     * @param baseLength K at the base β (both samplers)
     * @param gridLength K of the tempering runs of the barrier grid
     * @param gridBetas  the barrier grid (the base β may be one of them; its tempering run is reused)
     */
    record Design(Ladder ladder, int chains, long burnIn, int baseLength, int gridLength, List<Double> gridBetas)
            implements CheckDesign<Cut> {

        /** The spread ladder, at the settings the audit runs. */
        static final Design REAL = new Design(Ladder.SPREAD, 8, 2_000, 1 << 19, 1 << 16, GRID_BETAS);
        /** The same settings with no hot replica. */
        static final Design CONTROL = new Design(Ladder.COLD, 8, 2_000, 1 << 19, 1 << 16, GRID_BETAS);

        Design {
            gridBetas = List.copyOf(gridBetas);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("model", "curie-weiss N=" + SPINS + ", J=1/N, b=0, fields trained");
            parameters.put("baseBeta", BASE_BETA);
            parameters.put("gridBetas", gridBetas);
            parameters.put("ladder", ladder.rule());
            parameters.put("chains", chains);
            parameters.put("burnIn", burnIn);
            parameters.put("baseLength", baseLength);
            parameters.put("gridLength", gridLength);
            parameters.put("start", "overdispersed (half all-plus, half all-minus)");
            parameters.put("c", 5.0);
            parameters.put("negativeControl", "the same with every rung within 0.6% of beta (no hot replica)");
            return parameters;
        }

        @Override
        public String description() {
            return "tau_max of the slowest gradient observable of a Curie-Weiss model with a barrier, random scan against"
                    + " reversible parallel tempering at equal cost (swaps charged as updates), both RESOLVED, with"
                    + " the exact tau_int as a cross-check and the top rung's law checked; a ladder without hot"
                    + " replicas must show no cut.";
        }

        /**
         * Runs the experiment.
         *
         * @param engine the engine whose kernels and samplers are measured
         * @param seed   the root seed; the runs' streams are split from it in a fixed order
         */
        @Override
        public Cut measure(EngineUnderTest engine, long seed) {
            var root = ParallelChains.root(seed);
            var baseModel = curieWeiss(BASE_BETA);
            var baseLaw = EnumeratedLaw.of(baseModel);
            double baseExact = exactTauMax(engine, baseLaw, baseModel);
            var baseLadder = ladder.rungs(BASE_BETA);
            var single = run(engine, KernelName.RANDOM_SCAN, baseLadder, baseLaw, baseModel, this, baseLength,
                    root.split());
            var tempering = run(engine, KernelName.TEMPERING, baseLadder, baseLaw, baseModel, this, baseLength,
                    root.split());
            var grid = new ArrayList<GridPoint>();
            for (double beta : gridBetas) {
                if (beta == BASE_BETA) {
                    grid.add(new GridPoint(beta, baseExact, tempering));
                } else {
                    var model = curieWeiss(beta);
                    var law = EnumeratedLaw.of(model);
                    double exact = exactTauMax(engine, law, model);
                    grid.add(new GridPoint(beta, exact, run(engine, KernelName.TEMPERING, ladder.rungs(beta), law,
                            model, this, gridLength, root.split())));
                }
            }
            return new Cut(this, baseLadder, baseExact, single, tempering, grid);
        }
    }

    /** One sampler's run at one β: τ̂_max and the law check of its series. */
    record Run(String sampler, double beta, int length, SlowestObservable tau, List<double[]> lawRows) {
        Run {
            lawRows = List.copyOf(lawRows);
        }

        /** Whether representative k's τ̂, and so the standard error of its mean, is RESOLVED. */
        boolean judged(int k) {
            return tau.verdicts().get(k).resolution().isResolved();
        }

        /** The largest |z| among the judged representatives. */
        double worstLawZ() {
            double worst = 0;
            for (int k = 0; k < lawRows.size(); k++) {
                if (judged(k)) {
                    worst = Math.max(worst, Math.abs(lawRows.get(k)[2]));
                }
            }
            return worst;
        }
    }

    /**
     * One β of the barrier grid.
     *
     * @param beta      β
     * @param exact     the exact τ_max of random scan
     * @param tempering tempering's run there
     */
    record GridPoint(double beta, double exact, Run tempering) {
    }

    private static Run run(EngineUnderTest engine, KernelName kernel, double[] ladder, EnumeratedLaw law, IsingModel model,
            Design design, int length, RandomGenerator.SplittableGenerator stream) {
        var sampler = engine.sampler(model, kernel, kernel == KernelName.TEMPERING ? Optional.of(ladder) : Optional.empty());
        var series = ObservableTraces.record(sampler, model, REPRESENTATIVES, new StartLaw.Overdispersed(),
                design.chains(), design.burnIn(), length, stream);
        var tau = SlowestObservable.judge(REPRESENTATIVE_NAMES, series);
        var exactMean = law.expectations();
        var exactVariance = law.variances();
        var rows = new ArrayList<double[]>();
        for (int k = 0; k < REPRESENTATIVES.length; k++) {
            int a = REPRESENTATIVES[k];
            double mean = 0;
            for (var chain : series.get(k)) {
                for (double v : chain) {
                    mean += v;
                }
            }
            mean /= (double) design.chains() * length;
            double tauHat = tau.verdicts().get(k).estimate().tauInt();
            double se = Math.sqrt(2 * tauHat * exactVariance[a] / ((double) design.chains() * length));
            rows.add(new double[] {mean, exactMean[a], (mean - exactMean[a]) / se});
        }
        return new Run(kernel.label(), model.beta(), length, tau, rows);
    }

    /** The exact τ_max of random scan: the largest finite τ_int of any observable (O4). */
    private static double exactTauMax(EngineUnderTest engine, EnumeratedLaw law, IsingModel model) {
        double max = 0;
        for (double t : SpectralAnalysis.of(law, engine.kernel(KernelName.RANDOM_SCAN, model)).tauInt()) {
            if (Double.isFinite(t)) {
                max = Math.max(max, t);
            }
        }
        return max;
    }

    /**
     * What the runs found; {@link #present()} applies exp12's rule.
     *
     * @param design     what was run
     * @param baseLadder the ladder at the base β
     * @param baseExact  the exact τ_max of random scan at the base β
     * @param single     random scan at the base β
     * @param tempering  tempering at the base β
     * @param grid       the barrier grid, in the design's order
     */
    record Cut(Design design, double[] baseLadder, double baseExact, Run single, Run tempering, List<GridPoint> grid)
            implements Outcome {

        Cut {
            baseLadder = baseLadder.clone();
            grid = List.copyOf(grid);
        }

        @Override
        public double[] baseLadder() {
            return baseLadder.clone();
        }

        @Override
        public Measurement present() {
            double tauRs = single.tau().tauMax();
            double tauPt = tempering.tau().tauMax();
            double ratio = tauRs / tauPt;
            double seLog = Math.hypot(single.tau().standardError() / tauRs, tempering.tau().standardError() / tauPt);
            double lower = ratio * Math.exp(-RATIO_Z * seLog);
            double exactZ = (tauRs - baseExact) / single.tau().standardError();

            var runs = new ArrayList<Run>(List.of(single, tempering));
            var gridTable = Table.withColumns("beta", "tau-max-exact-random-scan", "tau-max-hat-tempering",
                    "tempering-resolution", "ratio", "ratio-lower-bound");
            var gridX = new ArrayList<Double>();
            var gridY = new ArrayList<Double>();
            var failures = new ArrayList<String>();
            var unresolved = new ArrayList<String>();
            double smallestGridRatio = Double.POSITIVE_INFINITY;
            double largestGridRatio = 0;
            for (var g : grid) {
                var pt = g.tempering();
                if (pt != tempering) {
                    runs.add(pt);
                }
                double beta = g.beta();
                double exact = g.exact();
                double r = exact / pt.tau().tauMax();
                double rLower = r * Math.exp(-RATIO_Z * pt.tau().standardError() / pt.tau().tauMax());
                gridTable.row(beta, exact, pt.tau().tauMax(), pt.tau().resolutionLabel(), r, rLower);
                gridX.add(exact);
                gridY.add(r);
                if (!pt.tau().resolved()) {
                    unresolved.add(String.format(Locale.ROOT, "tempering at beta %s: %s", beta, pt.tau().reasons()));
                } else if (!(rLower > 1)) {
                    failures.add(String.format(Locale.ROOT, "no cut at beta %s: exact %.4g / tau-hat %.4g = %.3g (lower"
                            + " bound %.3g)", beta, exact, pt.tau().tauMax(), r, rLower));
                }
                smallestGridRatio = Math.min(smallestGridRatio, r);
                largestGridRatio = Math.max(largestGridRatio, r);
            }

            var law = Table.withColumns("sampler", "beta", "steps", "observable", "mean", "exact", "z", "judged");
            for (var run : runs) {
                for (int k = 0; k < REPRESENTATIVES.length; k++) {
                    var row = run.lawRows().get(k);
                    law.row(run.sampler(), run.beta(), run.length(), REPRESENTATIVE_NAMES.get(k), row[0], row[1],
                            row[2], run.judged(k));
                }
                if (!(run.worstLawZ() <= LAW_Z)) {
                    failures.add(String.format(Locale.ROOT, "%s at beta %s is off pi: |z| = %.3g > %.1f", run.sampler(),
                            run.beta(), run.worstLawZ(), LAW_Z));
                }
            }
            if (single.tau().resolved() && !(Math.abs(exactZ) <= EXACT_Z)) {
                failures.add(String.format(Locale.ROOT, "random-scan tau-hat %.4g is %.3g standard errors from the"
                        + " exact %.4g", tauRs, exactZ, baseExact));
            }
            if (single.tau().resolved() && tempering.tau().resolved() && !(lower > 1)) {
                failures.add(String.format(Locale.ROOT, "no cut at equal cost: %.4g / %.4g = %.3g (lower bound %.3g)",
                        tauRs, tauPt, ratio, lower));
            }
            for (var r : List.of(single, tempering)) {
                if (!r.tau().resolved()) {
                    unresolved.add(r.sampler() + " at the base beta: " + r.tau().reasons());
                }
            }

            var figures = Figures.builder()
                    .put("tau-max-ratio", ratio)
                    .put("tau-max-ratio-lower-bound", lower)
                    .put("tau-max-ratio-swaps-free", 2 * ratio)
                    .put("tau-max-random-scan", tauRs)
                    .put("tau-max-random-scan-exact", baseExact)
                    .put("tau-max-tempering", tauPt)
                    .put("random-scan-resolution", single.tau().resolutionLabel())
                    .put("tempering-resolution", tempering.tau().resolutionLabel())
                    .put("slowest-observable", single.tau().slowestName() + " (random-scan), "
                            + tempering.tau().slowestName() + " (tempering)")
                    .put("random-scan-exact-z", exactZ)
                    .put("random-scan-growth-slope", single.tau().growthSlope())
                    .put("tempering-growth-slope", tempering.tau().growthSlope())
                    .put("ladder", new Values(baseLadder))
                    .put("cost-accounting", "one step = one move: a heat-bath update (random scan; half of tempering's"
                            + " steps) or a swap proposal (the other half, charged as an update); both samplers ran "
                            + design.chains() + " chains of " + design.burnIn() + " + " + design.baseLength() + " steps")
                    .put("cut-over-barrier-grid", String.format(Locale.ROOT, "%.3g to %.3g", smallestGridRatio,
                            largestGridRatio))
                    .put("barrier-grid", gridTable.build())
                    .put("law-check", law.build())
                    .put("alpha-law-check", 5.7e-7)
                    .put("alpha-exact-cross-check", 5.7e-7)
                    .put("alpha-cut", 1.0e-6)
                    .put("tau-by-length", tauByLength())
                    .put("cut-by-barrier", new XyPlot(PlotText.of("Tempering's cut against the barrier",
                            "Exact tau_max of random scan (x) against the cut exact tau_max / tau-hat_max of tempering"
                                    + " (y), over beta = " + design.gridBetas() + "; cost counted in moves, swaps"
                                    + " charged."),
                            XyPlot.Axis.log("tau_max of random scan (steps, exact)"),
                            XyPlot.Axis.log("cut (random scan / tempering)"), XyPlot.Guide.NONE,
                            List.of(XyPlot.Series.line("curie-weiss N=" + SPINS, gridX, gridY))))
                    .build();

            String numbers = String.format(Locale.ROOT, "tau_max %.4g (random scan, %s; exact %.4g) vs %.4g (tempering,"
                            + " %s): cut %.3gx at equal cost (lower bound %.3g); over beta %s the cut runs %.3g to %.3gx",
                    tauRs, single.tau().resolutionLabel(), baseExact, tauPt, tempering.tau().resolutionLabel(), ratio,
                    lower, design.gridBetas(), smallestGridRatio, largestGridRatio);
            if (!failures.isEmpty()) {
                return new Measurement(Verdict.FAIL, figures, String.join("; ", failures) + " | " + numbers, 0);
            }
            if (!unresolved.isEmpty()) {
                return new Measurement(Verdict.UNRESOLVED, figures, String.join("; ", unresolved) + " | " + numbers, 0);
            }
            return new Measurement(Verdict.PASS, figures, numbers, 0);
        }

        /** τ̂_max at L/4, L/2 and L for both samplers, with the exact τ_max of random scan. */
        private XyPlot tauByLength() {
            var series = new ArrayList<XyPlot.Series>();
            for (var r : List.of(single, tempering)) {
                if (r.tau().slowest() < 0) {
                    continue;
                }
                var v = r.tau().slowestVerdict();
                double l = r.length();
                series.add(XyPlot.Series.line(r.sampler() + " (" + r.tau().slowestName() + ")",
                        new double[] {l / 4, l / 2, l}, new double[] {v.tauQuarter(), v.tauHalf(), v.estimate().tauInt()}));
            }
            double l = single.length();
            series.add(XyPlot.Series.line("random-scan, exact", new double[] {l / 4, l}, new double[] {baseExact, baseExact}));
            return new XyPlot(PlotText.of("tau-hat of the slowest observable against run length",
                    "tau-hat_max at L/4, L/2 and L of the same chains, for both samplers at equal cost (beta = " + BASE_BETA
                            + "); a flat line is a resolved estimate."),
                    XyPlot.Axis.log("run length L (steps)"), XyPlot.Axis.log("tau-hat (steps)"), XyPlot.Guide.NONE, series);
        }
    }

    /** The exp12 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("exp12", "A6", "R5"), SEED, false, engine, Design.REAL,
                Design.CONTROL);
    }
}
