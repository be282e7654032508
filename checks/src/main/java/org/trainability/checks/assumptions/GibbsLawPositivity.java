package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.Collections;
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
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A1 measured: a model's Gibbs law, enumerated in double precision, is finite, strictly positive and
 * normalised. For every state the log-weight {@code −βE(x)} is finite (no overflow), π(x) as a
 * double is positive (no state underflows out of the support) and finite, and {@code Σ_x π(x) = 1}
 * within {@link #NORMALISATION}. A model whose energy overflows is refused by the engine's
 * enumeration; that refusal is a failure of A1 on that model, reported as such.
 *
 * <p>The stress set: every study model, and models at the edge of the range the engine states
 * (β up to 10, |J|, |b| ≤ 2) — ferromagnets, Mattis models (the largest energy spread for given
 * |J|, |b|), a spin glass, and an RBM — with N ≤ 6 so that the largest spread,
 * {@code β(E_max − E_min) ≤ 480}, stays inside the double range ({@code e^{−745}} underflows).
 * Verdict: PASS when A1 holds on every model of the set. Negative control: a model whose energy
 * overflows ({@code |J| = 1e308}) and a frozen N = 10 ferromagnet at β = 10 whose balanced states
 * underflow to π = 0. Stateless; thread-safe.
 */
public final class GibbsLawPositivity {

    /** How far {@code Σ π} may be from 1. */
    public static final Tolerance NORMALISATION = Tolerance.absolute(1e-12);

    private GibbsLawPositivity() {
    }

    /**
     * What enumeration found on one model.
     *
     * @param model              the model's name
     * @param states             2^N
     * @param refused            why the enumeration refused, or empty
     * @param smallestLogPi      the smallest log π(x)
     * @param zeroStates         states with π(x) = 0 as a double
     * @param normalisationError {@code |Σ π − 1|}
     */
    public record Finding(String model, int states, String refused, double smallestLogPi, int zeroStates,
            double normalisationError) {

        /** Whether A1 holds on this model in double precision. */
        public boolean holds() {
            return refused.isEmpty() && zeroStates == 0 && Double.isFinite(smallestLogPi)
                    && NORMALISATION.accepts(normalisationError, 1);
        }
    }

    /** Enumerates one model's law and examines it. */
    public static Finding examine(String name, Model model) {
        EnumeratedLaw law;
        try {
            law = EnumeratedLaw.of(model);
        } catch (ArithmeticException | RefusedInputException e) {
            return new Finding(name, 0, e.getMessage(), Double.NaN, 0, Double.NaN);
        }
        int zero = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (int s = 0; s < law.stateCount(); s++) {
            double p = law.probability(s);
            if (!(p > 0) || !Double.isFinite(p)) {
                zero++;
            }
            sum += p;
            smallest = Math.min(smallest, law.logProbability(s));
        }
        return new Finding(name, law.stateCount(), "", smallest, zero, Math.abs(sum - 1));
    }

    /** The stress set: the study models and the edge of the stated range. */
    public static Map<String, Model> stressSet() {
        var set = new LinkedHashMap<String, Model>();
        for (var s : StudyModels.all()) {
            set.put(s.name(), s.model());
        }
        for (int n : new int[] {4, 6}) {
            for (double beta : new double[] {0, 1, 10}) {
                set.put("ferromagnet-" + n + " J=2 b=2 beta=" + beta, uniform(n, 2, 2, beta));
                set.put("mattis-" + n + " |J|=2 |b|=2 beta=" + beta, mattis(n, 2, 2, beta));
            }
        }
        set.put("glass-6 |J|<=2 beta=10", glass6(10));
        double[][] w = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                w[i][j] = (i + j) % 2 == 0 ? 2 : -2;
            }
        }
        set.put("rbm-4x4 |W|=2 |b|,|c|=2 beta=10",
                new RbmModel(4, 4, w, new double[] {2, -2, 2, -2}, new double[] {2, 2, -2, -2}, 10, true));
        return set;
    }

    /** Known-bad laws: an energy that overflows, and a frozen model whose states underflow to π = 0. */
    public static Map<String, Model> badSet() {
        var set = new LinkedHashMap<String, Model>();
        set.put("overflowing energy N=4 J=1e308 beta=10", uniform(4, 1e308, 0, 10));
        set.put("frozen ferromagnet N=10 J=2 beta=10", uniform(10, 2, 0, 10));
        return set;
    }

    /**
     * The A1 design: enumerate the law of every model of a named set.
     *
     * @param models the models by name, in the order they are examined
     */
    record Design(Map<String, Model> models) implements CheckDesign<Findings> {

        /** The stress set. */
        static final Design REAL = new Design(stressSet());
        /** The known-bad laws. */
        static final Design CONTROL = new Design(badSet());

        Design {
            models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", List.copyOf(models.keySet()));
            parameters.put("negativeControl", List.copyOf(CONTROL.models.keySet()));
            parameters.put("normalisationTolerance", NORMALISATION.bound());
            return parameters;
        }

        @Override
        public String description() {
            return "Enumerates the Gibbs law of every study model and of a stress set at the edge of the stated range"
                    + " (beta up to 10, |J|,|b| <= 2): every log-weight finite, every pi(x) > 0 in double"
                    + " precision, sum pi = 1; an overflowing energy and a frozen law with underflowed states"
                    + " must fail.";
        }

        @Override
        public Findings measure(EngineUnderTest engine, long seed) {
            var findings = new ArrayList<Finding>();
            models.forEach((name, m) -> findings.add(examine(name, m)));
            return new Findings(findings);
        }
    }

    /** What enumeration found on every model; {@link #present()} passes only if A1 holds on every one. */
    record Findings(List<Finding> findings) implements Outcome {

        Findings {
            findings = List.copyOf(findings);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "states", "smallest-log-pi", "zero-states", "normalisation-error",
                    "holds");
            double smallest = Double.POSITIVE_INFINITY;
            double worstNorm = 0;
            var failing = new ArrayList<String>();
            for (var f : findings) {
                table.row(f.model(), f.states(), f.smallestLogPi(), f.zeroStates(), f.normalisationError(),
                        f.refused().isEmpty() ? f.holds() : "refused: " + f.refused());
                if (f.holds()) {
                    smallest = Math.min(smallest, f.smallestLogPi());
                    worstNorm = Math.max(worstNorm, f.normalisationError());
                } else {
                    failing.add(f.model() + (f.refused().isEmpty() ? " (" + f.zeroStates() + " states at pi = 0)"
                            : " (refused: " + f.refused() + ")"));
                }
            }
            var figures = Figures.builder()
                    .put("models", findings.size())
                    .put("models-holding", (findings.size() - failing.size()) + "/" + findings.size())
                    .put("smallest-log-pi", smallest)
                    .put("underflow-log-pi", Math.log(Double.MIN_VALUE))
                    .put("worst-normalisation-error", worstNorm)
                    .put("laws", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d laws finite, positive and normalised; smallest log pi %.1f (doubles underflow"
                            + " at %.1f), worst |sum pi - 1| %.1e", findings.size(), smallest,
                            Math.log(Double.MIN_VALUE), worstNorm)
                    : "A1 fails on " + failing.size() + " of " + findings.size() + " laws: "
                            + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The A1 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A1.positive-law", CheckKind.NUMERICAL, List.of("A1"), 0L, true, engine, Design.REAL,
                Design.CONTROL);
    }

    /** N spins, every pair coupled J, every field b. */
    static IsingModel uniform(int n, double j, double b, double beta) {
        var c = new double[n][n];
        var h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = b;
            for (int k = 0; k < n; k++) {
                c[i][k] = i == k ? 0 : j;
            }
        }
        return new IsingModel(n, c, h, beta, true);
    }

    /** A Mattis model: J_ij = J ξ_i ξ_j, b_i = b ξ_i with the pattern ξ = (+,−,+,−,…). */
    static IsingModel mattis(int n, double j, double b, double beta) {
        var c = new double[n][n];
        var h = new double[n];
        for (int i = 0; i < n; i++) {
            int xi = i % 2 == 0 ? 1 : -1;
            h[i] = b * xi;
            for (int k = 0; k < n; k++) {
                int xk = k % 2 == 0 ? 1 : -1;
                c[i][k] = i == k ? 0 : j * xi * xk;
            }
        }
        return new IsingModel(n, c, h, beta, true);
    }

    private static IsingModel glass6(double beta) {
        double[][] c = {
            {0, 1.8, -1.3, 0.4, -2.0, 0.9},
            {1.8, 0, 0.7, -1.6, 1.1, -0.2},
            {-1.3, 0.7, 0, 1.9, -0.8, 1.4},
            {0.4, -1.6, 1.9, 0, 0.6, -1.7},
            {-2.0, 1.1, -0.8, 0.6, 0, 1.2},
            {0.9, -0.2, 1.4, -1.7, 1.2, 0},
        };
        return new IsingModel(6, c, new double[] {1.5, -2.0, 0.3, 1.1, -0.9, 2.0}, beta, true);
    }
}
