package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.SpinStates;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A4 measured on a model: every observable is bounded, {@code |f_a(x)| ≤ 1}, and is the gradient
 * of the energy, {@code ∂E_θ(x)/∂θ_a = f_a(x)}, checked by central finite differences of the
 * energy the engine samples — {@code E(x) = −log w(x)/β} from the model's unnormalised
 * log-weight, which is the Ising energy (plus the fixed {@code −Γ x·y} of a denoising layer) and,
 * for an RBM, the free energy of the visible marginal, whose gradient is the Rao–Blackwellised
 * observable. Smoothness (C²) is measured by the second central difference, which must be finite
 * and at most β in size (0 for the linear Ising energy; {@code β sech²} for the RBM marginal).
 *
 * <p>Step {@value #STEP}: central differences of a C³ function err by {@code h²|E'''|/6 ≤ 1e-8 β²}
 * plus rounding {@code ε|E|/h ≈ 1e-10}; the first-derivative tolerance {@link #GRADIENT} and the
 * second-derivative one {@link #CURVATURE} (rounding {@code ε|E|/h² ≈ 1e-6}) sit well above both.
 * Verdict: PASS when A4 holds on every study model. Negative control: the same models with every
 * observable doubled ({@code 2 f_a}), which breaks both the bound and the gradient identity.
 * Stateless; thread-safe.
 */
public final class ObservableRegularity {

    /** The finite-difference step in θ. */
    public static final double STEP = 1e-4;
    /** Accepted |∂E/∂θ_a − f_a|. */
    public static final Tolerance GRADIENT = Tolerance.absolute(1e-6);
    /** Accepted excess of |∂²E/∂θ_a²| over β. */
    public static final Tolerance CURVATURE = Tolerance.absolute(1e-3);

    private ObservableRegularity() {
    }

    /** The observables under examination: the model's own, or a known-bad rescaling of them. */
    @FunctionalInterface
    public interface Observables {
        void evaluate(Model model, int[] x, double[] out);
    }

    /** The model's own observables. */
    public static final Observables OWN = Model::observables;

    /** Every observable doubled: the negative control. */
    public static final Observables DOUBLED = (m, x, out) -> {
        m.observables(x, out);
        for (int a = 0; a < out.length; a++) {
            out[a] *= 2;
        }
    };

    /**
     * What was found on one model.
     *
     * @param model             the model's name
     * @param largestObservable max |f_a(x)|
     * @param gradientError     max |∂E/∂θ_a − f_a|
     * @param largestCurvature  max |∂²E/∂θ_a²| (finite differences)
     * @param beta              β
     */
    public record Finding(String model, double largestObservable, double gradientError, double largestCurvature,
            double beta) {

        /** Whether A4 holds. */
        public boolean holds() {
            return largestObservable <= 1 && GRADIENT.accepts(gradientError, 1)
                    && Double.isFinite(largestCurvature) && largestCurvature <= beta + CURVATURE.bound();
        }
    }

    /** Examines one model (β &gt; 0) over all its states and parameters. */
    public static Finding examine(String name, Model model, Observables observables) {
        double beta = model.beta();
        if (!(beta > 0)) {
            throw new IllegalArgumentException("the energy is read from the log-weight, so beta must be > 0: " + name);
        }
        int n = model.enumeratedUnits();
        int states = SpinStates.stateCount(n);
        int p = model.parameterCount();
        var plus = new Model[p];
        var minus = new Model[p];
        for (int a = 0; a < p; a++) {
            plus[a] = shifted(model, a, STEP);
            minus[a] = shifted(model, a, -STEP);
        }
        var f = new double[p];
        var x = new int[n];
        double largest = 0;
        double gradientError = 0;
        double curvature = 0;
        for (int s = 0; s < states; s++) {
            SpinStates.spins(s, n, x);
            observables.evaluate(model, x, f);
            double e0 = -model.logWeight(x) / beta;
            for (int a = 0; a < p; a++) {
                largest = Math.max(largest, Math.abs(f[a]));
                double ep = -plus[a].logWeight(x) / beta;
                double em = -minus[a].logWeight(x) / beta;
                gradientError = Math.max(gradientError, Math.abs((ep - em) / (2 * STEP) - f[a]));
                curvature = Math.max(curvature, Math.abs((ep - 2 * e0 + em) / (STEP * STEP)));
            }
        }
        return new Finding(name, largest, gradientError, curvature, beta);
    }

    /** The model with parameter a (docs/math.md §1 order) moved by h. */
    public static Model shifted(Model model, int a, double h) {
        if (model instanceof IsingModel m) {
            var j = m.couplings();
            var b = m.fields();
            if (a < m.couplingCount()) {
                int k = 0;
                for (int i = 0; i < m.n(); i++) {
                    for (int l = i + 1; l < m.n(); l++) {
                        if (k++ == a) {
                            j[i][l] += h;
                            j[l][i] += h;
                        }
                    }
                }
            } else {
                b[a - m.couplingCount()] += h;
            }
            return new IsingModel(m.n(), j, b, m.beta(), m.trainFields());
        }
        if (model instanceof DenoisingLayer d) {
            return new DenoisingLayer((IsingModel) shifted(d.energy(), a, h), d.gamma(), d.input());
        }
        var r = (RbmModel) model;
        var w = r.weights();
        var b = r.visibleFields();
        var c = r.hiddenFields();
        int weights = r.visible() * r.hidden();
        if (a < weights) {
            w[a / r.hidden()][a % r.hidden()] += h;
        } else if (a < weights + r.visible()) {
            b[a - weights] += h;
        } else {
            c[a - weights - r.visible()] += h;
        }
        return new RbmModel(r.visible(), r.hidden(), w, b, c, r.beta(), r.trainFields());
    }

    /**
     * The A4 design: examine a set of models under one choice of observables.
     *
     * @param models      the models by name, in the order they are examined
     * @param observables the models' own observables, or a known-bad rescaling of them
     */
    record Design(Map<String, Model> models, Observables observables) implements CheckDesign<Findings> {

        /** Every study model with its own observables. */
        static final Design REAL = new Design(SpectralRange.studyModels(), OWN);
        /** The same models with every observable doubled. */
        static final Design CONTROL = new Design(SpectralRange.studyModels(), DOUBLED);

        Design {
            models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
            Objects.requireNonNull(observables, "observables");
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", List.copyOf(models.keySet()));
            parameters.put("step", STEP);
            parameters.put("gradientTolerance", GRADIENT.bound());
            parameters.put("curvatureTolerance", CURVATURE.bound());
            parameters.put("negativeControl", "the same models with every observable doubled");
            return parameters;
        }

        @Override
        public String description() {
            return "On every study model: max |f_a(x)| <= 1 by enumeration, dE/dtheta_a = f_a(x) and a bounded"
                    + " second derivative by central finite differences of the sampled energy; doubled"
                    + " observables must fail.";
        }

        @Override
        public Findings measure(EngineUnderTest engine, long seed) {
            var findings = new ArrayList<Finding>();
            models.forEach((name, m) -> findings.add(examine(name, m, observables)));
            return new Findings(findings);
        }
    }

    /** What was found on every model; {@link #present()} passes only if A4 holds on every one. */
    record Findings(List<Finding> findings) implements Outcome {

        Findings {
            findings = List.copyOf(findings);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "max-abs-observable", "gradient-error", "max-abs-curvature",
                    "beta", "holds");
            double largest = 0;
            double worstGradient = 0;
            var failing = new ArrayList<String>();
            for (var f : findings) {
                table.row(f.model(), f.largestObservable(), f.gradientError(), f.largestCurvature(), f.beta(),
                        f.holds());
                largest = Math.max(largest, f.largestObservable());
                worstGradient = Math.max(worstGradient, f.gradientError());
                if (!f.holds()) {
                    failing.add(String.format("%s (max |f| %.3g, gradient error %.2e, curvature %.3g)", f.model(),
                            f.largestObservable(), f.gradientError(), f.largestCurvature()));
                }
            }
            var figures = Figures.builder()
                    .put("models", findings.size())
                    .put("max-abs-observable", largest)
                    .put("worst-gradient-error", worstGradient)
                    .put("gradient-tolerance", GRADIENT.bound())
                    .put("step", STEP)
                    .put("observables", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d models: max |f_a| = %.3g <= 1, dE/dtheta_a = f_a to %.1e (tolerance %.0e),"
                            + " curvature bounded by beta", findings.size(), largest, worstGradient,
                            GRADIENT.bound())
                    : "A4 fails on " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The A4 check on the study models. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A4.bounded-gradient-observables", CheckKind.NUMERICAL, List.of("A4"), 0L, true,
                engine, Design.REAL, Design.CONTROL);
    }
}
