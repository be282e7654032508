package org.trainability.checks.experiments;

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
import org.trainability.checks.experiments.GradientAgreement.GradientFormula;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;

/**
 * exp8, the differentiable objective (docs/glossary.md): Q⊥ is differentiable in the couplings J,
 * its gradient can be computed without eigenvectors, ascending it raises the exact Q_op; and where
 * it stops being smooth. One check, {@code exp8.gradient}, made of three parts measured on their own:
 * <ol>
 *   <li>{@link GradientAgreement}: the Poisson-form gradient against finite differences of the
 *       diagonalised Q⊥ on the random 8-spin model ({@link ObjectiveProblem#random}) and on the
 *       Curie–Weiss model at the boundary part 3 finds — 28 + 15 couplings;</li>
 *   <li>{@link GradientAscent}: six ascent steps on the random model raise Q⊥ and the exact Q_op;</li>
 *   <li>{@link MembershipBoundary}: along a path in J, γ_eff jumps where the slow mode leaves C*(O) while
 *       T_O stays smooth (the open edge of O5.c).</li>
 * </ol>
 *
 * <p>Verdict: passes when all three hold. Exact computation throughout, no sampling: no false-failure
 * rate to state; the seed fixes the random model. <b>Negative control:</b> the first part alone, with
 * a wrong gradient — the Poisson formula with its terms through π dropped (a natural slip:
 * differentiating the kernel and forgetting that the law moves too) — must fail. Stateless;
 * thread-safe.
 */
final class DifferentiableObjective {

    static final String ID = "exp8.gradient";
    static final long SEED = ExperimentScaffold.seed("exp8");

    private DifferentiableObjective() {
    }

    /**
     * The exp8 design.
     *
     * @param formula         the gradient set against the finite differences
     * @param ascentAndEdge   whether the run also ascends and walks the membership path; without them
     *                        only the random model's gradient is compared
     */
    record Design(GradientFormula formula, boolean ascentAndEdge) implements CheckDesign<Findings> {

        /** All three parts, with the derived gradient. */
        static final Design REAL = new Design(GradientFormula.POISSON, true);
        /** The gradient comparison alone, with the terms through π dropped: must fail. */
        static final Design CONTROL = new Design(GradientFormula.WITHOUT_LAW_TERM, false);

        @Override
        public Map<String, Object> parameters() {
            var p = new LinkedHashMap<String, Object>();
            p.put("finiteDifferenceStep", GradientAgreement.STEP);
            p.put("gradientTolerance", GradientAgreement.GRADIENT.bound());
            p.put("window", GradientAscent.WINDOW);
            p.put("chains", GradientAscent.CHAINS);
            p.put("epsilon", ObjectiveProblem.EPSILON);
            p.put("ascentSteps", GradientAscent.ASCENT_STEPS);
            p.put("ascentStepLength", GradientAscent.ASCENT_STEP_LENGTH);
            p.put("path", "Curie-Weiss N=" + MembershipBoundary.PATH_SPINS + ", J = 2t/(N-1), fields "
                    + MembershipBoundary.PATH_FIELD + ", beta 1, t in [" + MembershipBoundary.PATH_FROM + ", "
                    + MembershipBoundary.PATH_TO + "] step " + MembershipBoundary.PATH_STEP);
            p.put("randomModel", "N=8, J ~ 0.5 N(0,1), b ~ 0.3 N(0,1), beta 1, fields trained, 4 data states;"
                    + " L64X128MixRandom from the seed");
            return p;
        }

        @Override
        public String description() {
            return "The gradient of log Q⊥ in every coupling, through the Poisson form, against central finite"
                    + " differences of the diagonalised Q⊥ (max relative error ≤ 1e-6); six ascent steps must"
                    + " raise Q⊥ and the exact Q_op; along a path in J, γ_eff must jump where the slow mode"
                    + " leaves C*(O) while T_O stays smooth. The gradient without its terms through π must fail.";
        }

        @Override
        public Findings measure(EngineUnderTest engine, long seed) {
            var random = ObjectiveProblem.random(seed);
            if (!ascentAndEdge) {
                return new Findings(this, GradientAgreement.measure(engine, List.of(random), formula),
                        Optional.empty(), Optional.empty());
            }
            var edge = MembershipBoundary.measure(engine);
            var problems = new ArrayList<ObjectiveProblem>();
            problems.add(random);
            edge.ifPresent(b -> problems.add(b.problem()));
            return new Findings(this, GradientAgreement.measure(engine, problems, formula),
                    Optional.of(GradientAscent.measure(engine, random)), edge);
        }
    }

    /**
     * What the parts found; {@link #present()} requires all three.
     *
     * @param design   the design that ran
     * @param gradient the gradient comparisons
     * @param ascent   the ascent, when the design ascends
     * @param edge     the membership boundary, when the design walks the path and it was found
     */
    record Findings(Design design, GradientAgreement.Comparisons gradient, Optional<GradientAscent.Climb> ascent,
            Optional<MembershipBoundary.Boundary> edge) implements Outcome {

        @Override
        public Measurement present() {
            var f = Figures.builder();
            gradient.putFigures(f);
            if (!design.ascentAndEdge()) {
                return Measurement.of(gradient.agree(), f.build(), gradient.detailAlone());
            }
            var climb = ascent.orElseThrow();
            climb.putFigures(f);
            edge.ifPresent(b -> b.putFigures(f));
            boolean edgeOk = edge.map(MembershipBoundary.Boundary::isOpenEdge).orElse(false);
            String edgeDetail = edge.map(MembershipBoundary.Boundary::detail)
                    .orElse("the slow mode never crossed the C*(O) threshold on the path");
            boolean passed = gradient.agree() && climb.raisedQOp() && edgeOk;
            return Measurement.of(passed, f.build(), gradient.detail() + "; " + climb.detail() + "; " + edgeDetail
                    + (edgeOk ? "" : " — not the smooth-T_O / jumping-γ_eff picture"));
        }
    }

    /** The exp8 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("exp8", "O5.c", "R2"), SEED, false, engine,
                Design.REAL, Design.CONTROL);
    }
}
