package org.trainability.checks.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * H-single's supersession, shown: on the 12 (model, β) pairs of the exp1 grid (spin-flip symmetric)
 * the slowest cluster of P carries a share {@code Σ_a W_{a,c₂}/Σ_a Var_π[f_a]} of the even
 * observables at rounding level (≤ {@value #ROUNDING_SHARE}; an exactly orthogonal mode's
 * coefficient is a sum of 2^N products each rounded at ~1e-16, so its square is ~1e-31), and the
 * single-gap product over-predicts the exact Q_op(K = 1000) by more than {@value #OVERPREDICTION}.
 * The check passes when every pair shows both. The negative control is the same measurement with
 * the symmetry broken (a field {@code b_0 = 0.3}, observables still the couplings): the slowest mode
 * is then seen by the observables and its share is far above rounding. Deterministic; thread-safe.
 */
final class SingleGapSupersession {

    static final String ID = "H-single.mis-anchoring";
    static final double ROUNDING_SHARE = 1e-20;
    static final double OVERPREDICTION = 1e20;
    static final double CONTROL_FIELD = 0.3;
    static final long WINDOW = 1000;

    private SingleGapSupersession() {
    }

    /** The H-single check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("H-single"), Exp1Grid.FRUSTRATED_SEED, false, engine,
                Design.REAL, Design.CONTROL);
    }

    /**
     * The exp1 grid's models, with a field {@code b_0} on the first spin when {@code field} is
     * present. Exact: the seed is not used.
     *
     * @param field b_0, or none to keep the spin-flip symmetry
     */
    record Design(OptionalDouble field) implements CheckDesign<Shares> {

        /** The symmetric grid. */
        static final Design REAL = new Design(OptionalDouble.empty());
        /** The grid with b_0 = {@value SingleGapSupersession#CONTROL_FIELD}. */
        static final Design CONTROL = new Design(OptionalDouble.of(CONTROL_FIELD));

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", "the 12 (model, beta) pairs of exp1.grid; random-scan");
            parameters.put("window", WINDOW);
            parameters.put("roundingShare", ROUNDING_SHARE);
            parameters.put("overprediction", OVERPREDICTION);
            parameters.put("controlField", CONTROL_FIELD);
            return parameters;
        }

        @Override
        public String description() {
            return "Under the spin-flip symmetry the slowest mode's share of the even observables is at rounding"
                    + " level and Q_single over-predicts the exact Q_op by more than 1e20 (the supersession);"
                    + " fails if the slow mode is seen";
        }

        @Override
        public Shares measure(EngineUnderTest engine, long seed) {
            String label = field.isPresent() ? "b_0 = " + field.getAsDouble() : "b = 0";
            var pairs = new ArrayList<Pair>();
            try {
                for (double beta : Exp1Grid.BETAS) {
                    for (var e : Exp1Grid.models(beta)) {
                        var model = field.isPresent()
                                ? ModelFamilies.withFieldOnFirstSpin(e.getValue(), field.getAsDouble())
                                : e.getValue();
                        var a = ExactAnalysis.of(e.getKey(), EnumeratedLaw.of(model),
                                engine.kernel(Exp1Grid.KERNEL, model));
                        pairs.add(new Pair(e.getKey(), beta, a.spectral().spectrum().gap(), a.slowModeShare(),
                                a.predict(WINDOW).singleOverOp()));
                    }
                }
            } catch (RefusedInputException | ArithmeticException ex) {
                return new Shares(label, Optional.of(ex.getMessage()), List.of());
            }
            return new Shares(label, Optional.empty(), pairs);
        }
    }

    /**
     * One (model, β) pair.
     *
     * @param share          the slowest cluster's share of the observables' variance
     * @param singleOverOp   Q_single/Q_op at K = {@value SingleGapSupersession#WINDOW}
     */
    record Pair(String model, double beta, double gap, double share, double singleOverOp) {

        boolean showsSupersession() {
            return share <= ROUNDING_SHARE && singleOverOp > OVERPREDICTION;
        }
    }

    /**
     * What the grid showed; {@link #present()} applies the rule: every pair shows the supersession.
     *
     * @param symmetry a label for the field
     * @param refused  the exact analysis's message when it refused a model
     */
    record Shares(String symmetry, Optional<String> refused, List<Pair> pairs) implements Outcome {

        Shares {
            pairs = List.copyOf(pairs);
        }

        @Override
        public Measurement present() {
            if (refused.isPresent()) {
                return Measurement.of(false, Figures.none(), "the exact analysis refused a model: " + refused.get());
            }
            var table = Table.withColumns("model", "beta", "gap", "slowModeShare", "qSingleOverQOp",
                    "showsSupersession");
            double maxShare = 0;
            double minOver = Double.POSITIVE_INFINITY;
            boolean all = true;
            for (var p : pairs) {
                maxShare = Math.max(maxShare, p.share());
                minOver = Math.min(minOver, p.singleOverOp());
                all &= p.showsSupersession();
                table.row(p.model(), p.beta(), p.gap(), p.share(), p.singleOverOp(), p.showsSupersession());
            }
            var figures = Figures.builder()
                    .put("symmetry", symmetry)
                    .put("slow-mode-share-max", maxShare)
                    .put("single-gap-overprediction-min", minOver)
                    .put("models", table.build())
                    .build();
            String detail = symmetry + ": slowest-mode share of the observables at most "
                    + String.format("%.2e", maxShare) + " (rounding level <= " + ROUNDING_SHARE
                    + "), Q_single/Q_op at least " + String.format("%.2e", minOver) + " (needs > " + OVERPREDICTION
                    + ") over " + pairs.size() + " models";
            return Measurement.of(all, figures, detail);
        }
    }
}
