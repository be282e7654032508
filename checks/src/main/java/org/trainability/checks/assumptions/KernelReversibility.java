package org.trainability.checks.assumptions;

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
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.StudyModels.Study;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DetailedBalance;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.Model;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A2 measured: the detailed-balance residual of a kernel against the model's law. The law is
 * enumerated independently of the kernel (so a kernel that samples the wrong law fails too); the
 * kernel comes from the {@link EngineUnderTest}. Two residuals, both at rounding level for a
 * reversible kernel:
 * <ul>
 *   <li>relative to the operator, {@code ‖S − Sᵀ‖_F / ‖S‖_F} with {@code S = D^{1/2} P D^{−1/2}};</li>
 *   <li>pair by pair, {@code max |S(x,y) − S(y,x)| / max(S(x,y), S(y,x))}, which a broken pair
 *       between improbable states cannot hide from;</li>
 * </ul>
 * plus the kernel's row sums ({@code |Σ_y P(x,y) − 1|}). Each must be within {@link #TOLERANCE}
 * (rounding is ~1e-16 relative; engine reversible kernels measure below 1e-13 pair by pair).
 * Verdict: PASS when every kernel is within it. Negative control: {@code systematic-scan} on every
 * study model with interacting spins, which must exceed the tolerance. Stateless; thread-safe.
 */
public final class KernelReversibility {

    /** The largest accepted residual, relative and pair by pair. */
    public static final Tolerance TOLERANCE = Tolerance.relative(1e-10);

    private KernelReversibility() {
    }

    /**
     * One kernel's residuals.
     *
     * @param model      the model's name
     * @param kernel     the kernel
     * @param relative   {@code ‖S − Sᵀ‖_F / ‖S‖_F}
     * @param worstPair  the worst pair's relative residual
     * @param rowSums    the largest {@code |Σ_y P(x,y) − 1|}
     */
    public record Residuals(String model, KernelName kernel, double relative, double worstPair, double rowSums) {

        /** Whether the kernel is reversible with respect to the law, to the tolerance. */
        public boolean reversible() {
            return TOLERANCE.accepts(relative, 1) && TOLERANCE.accepts(worstPair, 1)
                    && TOLERANCE.accepts(rowSums, 1);
        }
    }

    /** Measures one kernel of the engine against the independently enumerated law of a model. */
    public static Residuals residuals(EngineUnderTest engine, String name, Model model, KernelName kernel) {
        var law = EnumeratedLaw.of(model);
        var p = engine.kernel(kernel, model);
        var logWeights = law.logWeights();
        return new Residuals(name, kernel, DetailedBalance.residual(p, logWeights),
                DetailedBalance.worstPairResidual(p, logWeights), p.stochasticityError());
    }

    /**
     * The A2 design: every study of a list with each of its kernels, or with systematic scan alone.
     *
     * @param studies    the models
     * @param systematic whether every model runs systematic scan instead of its own kernels
     */
    record Design(List<Study> studies, boolean systematic) implements CheckDesign<Balance> {

        /** Every study model with its reversible kernels. */
        static final Design REAL = new Design(StudyModels.all(), false);
        /** Systematic scan on every study model with interacting spins. */
        static final Design CONTROL = new Design(StudyModels.spinModels(), true);

        Design {
            studies = List.copyOf(studies);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", studies.stream().map(Study::name).toList());
            parameters.put("tolerance", TOLERANCE.bound());
            parameters.put("negativeControl", "systematic-scan on " + CONTROL.studies.stream().map(Study::name)
                    .toList());
            return parameters;
        }

        @Override
        public String description() {
            return "Detailed-balance residuals (relative to the operator and pair by pair) of every reversible kernel"
                    + " of the engine on every study model, against the independently enumerated law;"
                    + " systematic scan on the coupled models must fail.";
        }

        @Override
        public Balance measure(EngineUnderTest engine, long seed) {
            var all = new ArrayList<Residuals>();
            for (var s : studies) {
                var kernels = systematic ? List.of(KernelName.SYSTEMATIC_SCAN) : s.kernels();
                for (var k : kernels) {
                    all.add(residuals(engine, s.name(), s.model(), k));
                }
            }
            return new Balance(all);
        }
    }

    /** Every kernel's residuals; {@link #present()} passes only if every kernel is reversible. */
    record Balance(List<Residuals> residuals) implements Outcome {

        Balance {
            residuals = List.copyOf(residuals);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "kernel", "relative-residual", "worst-pair-residual",
                    "row-sum-error", "reversible");
            double worstRelative = 0;
            double worstPair = 0;
            var broken = new ArrayList<String>();
            for (var r : residuals) {
                table.row(r.model(), r.kernel().label(), r.relative(), r.worstPair(), r.rowSums(), r.reversible());
                worstRelative = Math.max(worstRelative, r.relative());
                worstPair = Math.max(worstPair, r.worstPair());
                if (!r.reversible()) {
                    broken.add(String.format("%s/%s (relative %.2e, pair %.2e)", r.model(), r.kernel().label(),
                            r.relative(), r.worstPair()));
                }
            }
            var figures = Figures.builder()
                    .put("kernels", residuals.size())
                    .put("kernels-reversible", (residuals.size() - broken.size()) + "/" + residuals.size())
                    .put("worst-relative-residual", worstRelative)
                    .put("worst-pair-residual", worstPair)
                    .put("tolerance", TOLERANCE.bound())
                    .put("residuals", table.build())
                    .build();
            String detail = broken.isEmpty()
                    ? String.format("%d kernels in detailed balance: worst relative residual %.2e, worst pair %.2e"
                            + " (tolerance %.0e)", residuals.size(), worstRelative, worstPair, TOLERANCE.bound())
                    : "not in detailed balance: " + String.join("; ", broken);
            return Measurement.of(broken.isEmpty(), figures, detail);
        }
    }

    /** The A2 check on the study models. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A2.detailed-balance", CheckKind.NUMERICAL, List.of("A2"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
