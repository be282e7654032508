package org.trainability.checks.obligations;

import java.util.ArrayList;
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
import org.trainability.checks.experiments.Exp1Grid;
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * O5's restriction to C*(O) on models: where A7 holds (the bulk outside C*(O) carries a share
 * {@code s_bulk ≤ η = 0.01} of T_O — the first half of A7, the half that enters O5), Q⊥_C* agrees with
 * Q⊥ within O5 claim 4's bound {@code max(η, γ_eff/(2 − γ_eff))}. Real input: the 12 (model, β)
 * pairs of the exp1 grid (random-scan; the ratio does not depend on K). The check passes when every
 * pair in which A7 holds agrees (and at least one does).
 *
 * <p>Negative control: a model where the bulk carries T_O — Curie–Weiss on 8 spins at β = 4 with a
 * small field b_0 = 0.05: the magnetisation-flip mode (gap ~2e-6) is seen by the coupling
 * observables with a weight far below ε·ΣVar, so it is bulk, yet it carries over half of T_O; the same
 * comparison at the same tolerance must fail. Deterministic; thread-safe.
 */
public final class BulkRestriction {

    static final String ID = "O5.bulk-restriction";
    static final double ETA = 0.01;
    static final double CONTROL_BETA = 4;
    static final double CONTROL_FIELD = 0.05;

    private BulkRestriction() {
    }

    /**
     * The design.
     *
     * @param onControlModel analyse the control model and compare it whatever its bulk share,
     *                       instead of the exp1 grid where only the pairs in which A7 holds are compared
     */
    record Design(boolean onControlModel) implements CheckDesign<Restriction> {

        /** The exp1 grid. */
        static final Design REAL = new Design(false);
        /** Curie–Weiss at β = 4 with a field on its first spin. */
        static final Design CONTROL = new Design(true);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", "the 12 (model, beta) pairs of exp1.grid; random-scan; epsilon 1e-3");
            parameters.put("eta", ETA);
            parameters.put("control", "curie-weiss N = 8, beta = " + CONTROL_BETA + ", b_0 = " + CONTROL_FIELD);
            return parameters;
        }

        @Override
        public String description() {
            return "Where A7 holds (bulk share of T_O <= 0.01), Q_perp_C* agrees with Q_perp within max(eta, gamma_eff/(2 -"
                    + " gamma_eff)); fails on a model whose bulk carries T_O";
        }

        @Override
        public Restriction measure(EngineUnderTest engine, long seed) {
            try {
                var rows = new ArrayList<ModelRow>();
                for (var a : analyses(engine)) {
                    double sBulk = a.bulkShare(ExactAnalysis.EPSILON);
                    var p = a.predict(1000);
                    rows.add(new ModelRow(a.label(), sBulk, p.gammaEff(), p.qPerp() / p.qPerpCStar()));
                }
                return new Restriction(rows, !onControlModel, Optional.empty());
            } catch (RefusedInputException | ArithmeticException e) {
                if (onControlModel) {
                    // A control that cannot be analysed has rejected nothing: let it error, which the
                    // runner does not count as a rejection.
                    throw e;
                }
                return new Restriction(List.of(), true, Optional.of(String.valueOf(e.getMessage())));
            }
        }

        private List<ExactAnalysis> analyses(EngineUnderTest engine) {
            if (!onControlModel) {
                return Exp1Grid.analyses(engine);
            }
            var model = ModelFamilies.withFieldOnFirstSpin(ModelFamilies.curieWeiss(Exp1Grid.SPINS, CONTROL_BETA),
                    CONTROL_FIELD);
            return List.of(ExactAnalysis.of("curie-weiss β=4 b_0=0.05", EnumeratedLaw.of(model),
                    engine.kernel(Exp1Grid.KERNEL, model)));
        }
    }

    /**
     * One model, analysed exactly.
     *
     * @param label     the model
     * @param bulkShare s_bulk, the share of T_O outside C*(O)
     * @param gammaEff  γ_eff
     * @param ratio     Q⊥ / Q⊥_C*
     */
    record ModelRow(String label, double bulkShare, double gammaEff, double ratio) {

        /** O5 claim 4's bound on |Q⊥/Q⊥_C* − 1|. */
        double bound() {
            return Math.max(ETA, gammaEff / (2 - gammaEff));
        }

        double deviation() {
            return Math.abs(ratio - 1);
        }

        boolean a7Holds() {
            return bulkShare <= ETA;
        }

        /** The bound is attained when the bulk is empty (s_bulk = 0): rounding is allowed on top of it. */
        boolean agrees() {
            return deviation() <= bound() * (1 + 1e-9);
        }
    }

    /**
     * What the analyses found; {@link #present()} passes when every compared model agrees and at least one is compared.
     *
     * @param rows             every model
     * @param onlyWhereA7Holds compare only the models in which A7 holds (the real run)
     * @param refusal          why the exact analysis refused a model, if it did
     */
    record Restriction(List<ModelRow> rows, boolean onlyWhereA7Holds, Optional<String> refusal) implements Outcome {

        Restriction {
            rows = List.copyOf(rows);
        }

        @Override
        public Measurement present() {
            if (refusal.isPresent()) {
                return Measurement.of(false, Figures.none(), "the exact analysis refused a model: " + refusal.get());
            }
            var table = Table.withColumns("model", "bulkShare", "A7", "gammaEff", "qPerpOverQPerpCStar", "bound",
                    "agrees");
            int compared = 0;
            int agreed = 0;
            double worst = 0;
            for (var r : rows) {
                if (r.a7Holds() || !onlyWhereA7Holds) {
                    compared++;
                    agreed += r.agrees() ? 1 : 0;
                    worst = Math.max(worst, r.deviation() / r.bound());
                }
                table.row(r.label(), r.bulkShare(), r.a7Holds(), r.gammaEff(), r.ratio(), r.bound(), r.agrees());
            }
            var figures = Figures.builder()
                    .put("eta", ETA)
                    .put("models-compared", compared)
                    .put("models-agreeing", agreed + "/" + compared)
                    .put("worst-deviation-over-bound", worst)
                    .put("models", table.build())
                    .build();
            String detail = "Q_perp_C* agrees with Q_perp within max(eta, gamma_eff/(2 - gamma_eff)) in " + agreed + "/"
                    + compared + (onlyWhereA7Holds ? " models where A7 holds" : " models") + "; worst deviation "
                    + String.format("%.3g", worst) + " of its bound";
            return Measurement.of(compared > 0 && agreed == compared, figures, detail);
        }
    }

    /** The O5 check (used by the theorem checks' tests too). */
    public static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("O5"), Exp1Grid.FRUSTRATED_SEED, false, engine,
                Design.REAL, Design.CONTROL);
    }
}
