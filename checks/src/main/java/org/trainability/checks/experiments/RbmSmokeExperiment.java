package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.trainability.engine.model.RbmModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * exp2 in this project: the RBM smoke test, exact. RBMs with b = c = 0 and Gaussian weights
 * {@code W_ij ~ N(0, 0.5²)} (one draw per m, seeds {@code 0xe2 + m}), β = 1, under two kernels:
 * <ul>
 *   <li>{@code block-rbm} on the visible marginal (n = 6 visible, m = 4, 8, 12, 16 hidden), with the
 *       Rao–Blackwellised observables {@code −v_i tanh((Wᵀv)_j)} (docs/math.md §1);</li>
 *   <li>{@code random-scan} on the joint state (v, h): the RBM as a Boltzmann machine on n + m units
 *       with bipartite couplings, exact for n + m ≤ 12; here n = 3, m = 4, 6 (2^7 and 2^9 states:
 *       the audit's time budget, not exactness, stops it there), observables the RBM's own {@code −v_i h_j} (sampled h, not
 *       Rao–Blackwellised).</li>
 * </ul>
 * Windows K ∈ {100, 1000, 10000}, one chain. Per cell: the Z2 overlap
 * {@code max_a W_{a,c₂}/Var_π[f_a]} (the slowest cluster's share of each observable), the agreement
 * {@code min(Q⊥, Q_op)/max(Q⊥, Q_op)} with the exact stationary Q_op, and {@code Q_single/Q_op}.
 * The check <b>passes</b> when in every cell the overlap is at rounding level (≤ 1e-20) and
 * Q_single over-predicts by more than 1e20, and the agreement is at least 0.9 in every cell with
 * K ≥ 50 τ_max (A6). <b>Negative control</b>: the same RBMs with fields b = c = 0.3 (symmetry broken,
 * observables unchanged; the m = 4, 8 block RBMs and the m = 4 joint one): the slowest mode is
 * seen and the overlap is far above rounding.
 * Deterministic; thread-safe.
 */
final class RbmSmokeExperiment {

    static final String ID = "exp2.rbm";
    static final double SIGMA = 0.5;
    static final long SEED_BASE = 0xe2L;
    static final int BLOCK_VISIBLE = 6;
    static final int[] BLOCK_HIDDEN = {4, 8, 12, 16};
    static final int JOINT_VISIBLE = 3;
    static final int[] JOINT_HIDDEN = {4, 6};
    static final long[] WINDOWS = {100, 1000, 10000};
    static final double ROUNDING_OVERLAP = 1e-20;
    static final double OVERPREDICTION = 1e20;
    static final double AGREEMENT = 0.9;
    static final double CONTROL_FIELD = 0.3;
    /** The control's RBMs: the smaller ones (the m = 16 operator alone costs 2^28 multiply-adds). */
    static final int[] CONTROL_BLOCK_HIDDEN = {4, 8};
    static final int[] CONTROL_JOINT_HIDDEN = {4};

    private RbmSmokeExperiment() {
    }

    /**
     * The exp2 design: the RBMs with fields b = c = {@code field}, block RBMs with {@code blockHidden}
     * hidden units and joint chains with {@code jointHidden}, each at every window.
     */
    record Design(double field, List<Integer> blockHidden, List<Integer> jointHidden) implements CheckDesign<Findings> {

        /** No fields, every RBM. */
        static final Design REAL = new Design(0, BLOCK_HIDDEN, JOINT_HIDDEN);
        /** Fields 0.3 on the smaller RBMs. */
        static final Design CONTROL = new Design(CONTROL_FIELD, CONTROL_BLOCK_HIDDEN, CONTROL_JOINT_HIDDEN);

        Design(double field, int[] blockHidden, int[] jointHidden) {
            this(field, Arrays.stream(blockHidden).boxed().toList(), Arrays.stream(jointHidden).boxed().toList());
        }

        Design {
            blockHidden = List.copyOf(blockHidden);
            jointHidden = List.copyOf(jointHidden);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("sigma", SIGMA);
            parameters.put("blockRbm", "n = " + BLOCK_VISIBLE
                    + ", m = 4, 8, 12, 16, visible marginal, Rao-Blackwellised observables");
            parameters.put("randomScan", "n = " + JOINT_VISIBLE + ", m = 4, 6, joint (v, h) chain, observables -v_i h_j");
            parameters.put("windows", Arrays.stream(WINDOWS).boxed().toList());
            parameters.put("agreement", "min(Q_perp, Q_op)/max(Q_perp, Q_op)");
            parameters.put("agreementThresholdInA6", AGREEMENT);
            parameters.put("controlFields", CONTROL_FIELD);
            return parameters;
        }

        @Override
        public String description() {
            return "RBMs with m = 4..16 hidden units under block-rbm and random-scan: the slowest mode's overlap with the"
                    + " even observables is at rounding level, Q_single is off by more than 1e20, and Q_perp agrees with"
                    + " the exact Q_op to at least 90% where K >= 50 tau_max; fails with fields";
        }

        @Override
        public Findings measure(EngineUnderTest engine, long seed) {
            List<ExactAnalysis> analyses;
            try {
                analyses = analyses(engine, field, blockHidden, jointHidden);
            } catch (RefusedInputException | ArithmeticException e) {
                return new Refused(e.getMessage());
            }
            var cells = new ArrayList<Cell>();
            for (var a : analyses) {
                double overlap = a.slowModeOverlapMax();
                double tau = a.tauMax();
                for (long k : WINDOWS) {
                    var p = a.predict(k);
                    cells.add(new Cell(a.label(), k, tau, k >= 50 * tau, overlap,
                            Math.min(p.qPerp(), p.qOp()) / Math.max(p.qPerp(), p.qOp()), p.singleOverOp()));
                }
            }
            return new Cells(field, cells);
        }
    }

    /**
     * One (RBM, K) cell.
     *
     * @param model     the RBM and kernel
     * @param window    K
     * @param tauMax    the exact τ_max
     * @param inA6      K ≥ 50 τ_max
     * @param overlap   the Z2 overlap of the RBM (the same in each of its cells)
     * @param agreement min(Q⊥, Q_op)/max(Q⊥, Q_op)
     * @param over      Q_single/Q_op
     */
    record Cell(String model, long window, double tauMax, boolean inA6, double overlap, double agreement,
            double over) {
    }

    /** What one run found: the cells, or the exact analysis's refusal. */
    sealed interface Findings extends Outcome permits Cells, Refused {
    }

    /** The exact analysis refused an RBM (a faulty kernel): the check fails. */
    record Refused(String reason) implements Findings {
        @Override
        public Measurement present() {
            return Measurement.of(false, Figures.none(), "the exact analysis refused an RBM: " + reason);
        }
    }

    /** Every cell at {@code field}; {@link #present()} applies exp2's rule. */
    record Cells(double field, List<Cell> cells) implements Findings {

        Cells {
            cells = List.copyOf(cells);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "K", "tauMax", "A6", "z2Overlap", "agreement", "qSingleOverQOp");
            double maxOverlap = 0;
            double minOver = Double.POSITIVE_INFINITY;
            double maxOver = 0;
            double minAgreement = 1;
            double maxAgreement = 0;
            double minAgreementA6 = 1;
            double maxAgreementA6 = 0;
            int a6 = 0;
            boolean all = true;
            for (var c : cells) {
                maxOverlap = Math.max(maxOverlap, c.overlap());
                all &= c.overlap() <= ROUNDING_OVERLAP;
                minOver = Math.min(minOver, c.over());
                maxOver = Math.max(maxOver, c.over());
                minAgreement = Math.min(minAgreement, c.agreement());
                maxAgreement = Math.max(maxAgreement, c.agreement());
                all &= c.over() > OVERPREDICTION;
                if (c.inA6()) {
                    a6++;
                    minAgreementA6 = Math.min(minAgreementA6, c.agreement());
                    maxAgreementA6 = Math.max(maxAgreementA6, c.agreement());
                    all &= c.agreement() >= AGREEMENT;
                }
                table.row(c.model(), c.window(), c.tauMax(), c.inA6(), c.overlap(), c.agreement(), c.over());
            }
            all &= a6 > 0;
            var figures = Figures.builder()
                    .put("fields", field)
                    .put("z2-overlap-max", maxOverlap)
                    .put("z2-overlap-max-amplitude", Math.sqrt(maxOverlap))
                    .put("agreement-range", String.format("%.1f–%.1f%% (all %d cells); %.1f–%.1f%% in the %d cells with"
                            + " K >= 50 tau_max", 100 * minAgreement, 100 * maxAgreement, cells.size(),
                            100 * minAgreementA6, 100 * maxAgreementA6, a6))
                    .put("agreement-min", minAgreement)
                    .put("single-gap-overprediction", String.format("%.1e–%.1e", minOver, maxOver))
                    .put("single-gap-overprediction-min", minOver)
                    .put("agreement-definition", "min(Q_perp, Q_op)/max(Q_perp, Q_op), Q_op the exact stationary"
                            + " operational SNR")
                    .put("cells", table.build())
                    .build();
            String detail = String.format("fields %s: Z2 overlap at most %.2e (rounding <= %.0e), Q_single/Q_op"
                    + " %.1e-%.1e (needs > %.0e), agreement %.1f-%.1f%% overall and %.1f-%.1f%% in %d A6 cells (needs"
                    + " >= %.0f%%)", field, maxOverlap, ROUNDING_OVERLAP, minOver, maxOver, OVERPREDICTION,
                    100 * minAgreement, 100 * maxAgreement, 100 * minAgreementA6, 100 * maxAgreementA6, a6,
                    100 * AGREEMENT);
            return Measurement.of(all, figures, detail);
        }
    }

    /** The exp2 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("exp2", "T-cond", "T-op", "O1.c", "O6", "H-single"),
                SEED_BASE, false, engine, Design.REAL, Design.CONTROL);
    }

    static RbmModel rbm(int visible, int hidden, double field) {
        var r = ModelFamilies.rbm(visible, hidden, SIGMA, 1, SEED_BASE + hidden);
        return field == 0 ? r : ModelFamilies.withFields(r, field);
    }

    /** The RBM as a Boltzmann machine on n + m units: J_{i, n+j} = W_ij, fields b then c. */
    static IsingModel joint(RbmModel r) {
        int n = r.visible();
        int units = n + r.hidden();
        var j = new double[units][units];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < r.hidden(); k++) {
                j[i][n + k] = r.weight(i, k);
                j[n + k][i] = r.weight(i, k);
            }
        }
        var b = new double[units];
        for (int i = 0; i < n; i++) {
            b[i] = r.visibleField(i);
        }
        for (int k = 0; k < r.hidden(); k++) {
            b[n + k] = r.hiddenField(k);
        }
        return new IsingModel(units, j, b, r.beta(), false);
    }

    /** The parameter indices of the couplings (i, n+k) in the joint model's lexicographic pair order. */
    static int[] visibleHiddenPairs(int visible, int hidden) {
        int units = visible + hidden;
        var out = new int[visible * hidden];
        int p = 0;
        for (int i = 0; i < visible; i++) {
            for (int k = 0; k < hidden; k++) {
                int l = visible + k;
                out[p++] = i * (2 * units - i - 1) / 2 + (l - i - 1);
            }
        }
        return out;
    }

    static List<ExactAnalysis> analyses(EngineUnderTest engine, double field, List<Integer> blockHidden,
            List<Integer> jointHidden) {
        var out = new ArrayList<ExactAnalysis>();
        for (int m : blockHidden) {
            var r = rbm(BLOCK_VISIBLE, m, field);
            out.add(ExactAnalysis.of("block-rbm n=" + BLOCK_VISIBLE + " m=" + m, EnumeratedLaw.of(r),
                    engine.kernel(KernelName.BLOCK_RBM, r)));
        }
        for (int m : jointHidden) {
            var r = rbm(JOINT_VISIBLE, m, field);
            var model = joint(r);
            var law = new SelectedObservables(EnumeratedLaw.of(model), visibleHiddenPairs(JOINT_VISIBLE, m));
            out.add(ExactAnalysis.of("random-scan (joint) n=" + JOINT_VISIBLE + " m=" + m, law,
                    engine.kernel(KernelName.RANDOM_SCAN, model)));
        }
        return out;
    }
}
