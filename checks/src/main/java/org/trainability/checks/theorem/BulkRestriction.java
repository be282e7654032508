package org.trainability.checks.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureShapes;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
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
final class BulkRestriction {

    static final String ID = "O5.bulk-restriction";
    static final double ETA = 0.01;
    static final double CONTROL_BETA = 4;
    static final double CONTROL_FIELD = 0.05;

    private BulkRestriction() {
    }

    static Check check(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("models", "the 12 (model, beta) pairs of exp1.grid; random-scan; epsilon 1e-3");
        parameters.put("eta", ETA);
        parameters.put("control", "curie-weiss N = 8, beta = " + CONTROL_BETA + ", b_0 = " + CONTROL_FIELD);
        var spec = new CheckSpec(ID, CheckKind.NUMERICAL, List.of("O5"), Exp1Grid.FRUSTRATED_SEED, parameters, false,
                "Where A7 holds (bulk share of T_O <= 0.01), Q_perp_C* agrees with Q_perp within max(eta, gamma_eff/(2 -"
                        + " gamma_eff)); fails on a model whose bulk carries T_O");
        return new NumericalCheck(spec, () -> {
            try {
                return measure(Exp1Grid.analyses(engine), true);
            } catch (RefusedInputException | ArithmeticException e) {
                return Measurement.of(false, Map.of(), "the exact analysis refused a model: " + e.getMessage());
            }
        }, () -> {
            var model = ModelFamilies.withFieldOnFirstSpin(ModelFamilies.curieWeiss(Exp1Grid.SPINS, CONTROL_BETA), CONTROL_FIELD);
            return measure(List.of(ExactAnalysis.of("curie-weiss β=4 b_0=0.05", EnumeratedLaw.of(model),
                    engine.kernel(Exp1Grid.KERNEL, model))), false);
        });
    }

    /**
     * @param onlyWhereA7Holds compare only the models in which A7 holds (the real run); the control
     *                         compares its model whatever its bulk share
     */
    static Measurement measure(List<ExactAnalysis> analyses, boolean onlyWhereA7Holds) {
        var rows = new ArrayList<List<Object>>();
        int compared = 0;
        int agreed = 0;
        double worst = 0;
        for (var a : analyses) {
            double eps = ExactAnalysis.EPSILON;
            double sBulk = a.bulkShare(eps);
            var p = a.predict(1000);
            double bound = Math.max(ETA, p.gammaEff() / (2 - p.gammaEff()));
            double deviation = Math.abs(p.qPerp() / p.qPerpCStar() - 1);
            boolean a7 = sBulk <= ETA;
            // The bound is attained when the bulk is empty (s_bulk = 0): allow rounding on top of it.
            boolean agrees = deviation <= bound * (1 + 1e-9);
            if (a7 || !onlyWhereA7Holds) {
                compared++;
                agreed += agrees ? 1 : 0;
                worst = Math.max(worst, deviation / bound);
            }
            rows.add(List.of(a.label(), sBulk, a7, p.gammaEff(), p.qPerp() / p.qPerpCStar(), bound, agrees));
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("eta", ETA);
        figures.put("models-compared", compared);
        figures.put("models-agreeing", FigureShapes.count(agreed, compared));
        figures.put("worst-deviation-over-bound", worst);
        figures.put("models", FigureShapes.table(List.of("model", "bulkShare", "A7", "gammaEff", "qPerpOverQPerpCStar",
                "bound", "agrees"), rows));
        String detail = "Q_perp_C* agrees with Q_perp within max(eta, gamma_eff/(2 - gamma_eff)) in " + agreed + "/" + compared
                + (onlyWhereA7Holds ? " models where A7 holds" : " models") + "; worst deviation " + String.format("%.3g", worst)
                + " of its bound";
        return Measurement.of(compared > 0 && agreed == compared, figures, detail);
    }
}
