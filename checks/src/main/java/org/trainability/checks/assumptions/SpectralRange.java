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
import org.trainability.checks.study.ModelFamilies;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A3 measured: from the exact spectrum of {@code S = D^{1/2} P D^{−1/2}}, the kernel is irreducible
 * ({@code γ = 1 − λ_2 > 0}) and aperiodic ({@code λ_min > −1}), each with a margin of
 * {@link #MARGIN} — far above the eigensolver's absolute error (~ε‖S‖·n, below 1e-12 at 64
 * states). A kernel the diagonalizer refuses (not reversible) fails: its spectrum cannot be read.
 * Verdict: PASS when A3 holds on every (model, kernel) pair.
 * Negative control: {@code metropolis} on independent spins at β = 0 (every flip accepted;
 * eigenvalues {@code 1 − 2k/N}, reaching −1) and on one free spin (the chain alternates): periodic
 * chains, which fail the λ_min test; and {@code random-scan} on Curie–Weiss with N = 6 at β = 20
 * ({@value #NEAR_REDUCIBLE_BETA}), whose two wells are joined by a barrier the chain crosses with
 * probability below 1e-20 per step: numerically reducible, it fails the gap test (γ below the
 * margin). The suite checks that each test fires on its own model. Stateless; thread-safe.
 */
public final class SpectralRange {

    /** The margin γ and λ_min + 1 must exceed. */
    public static final double MARGIN = 1e-10;
    /** β of the near-reducible Curie–Weiss model of the negative control. */
    static final double NEAR_REDUCIBLE_BETA = 20;

    private SpectralRange() {
    }

    /**
     * One kernel's spectral range.
     *
     * @param model   the model's name
     * @param kernel  the kernel
     * @param gap     γ = 1 − λ_2
     * @param smallest λ_min
     * @param refused why the diagonalizer refused, or empty
     */
    public record Range(String model, KernelName kernel, double gap, double smallest, String refused) {

        /** {@code γ_* = 1 − max(λ_2, |λ_min|)}. */
        public double absoluteGap() {
            return Math.min(gap, 1 + smallest);
        }

        /** Whether A3 holds, with the margin. */
        public boolean holds() {
            return refused.isEmpty() && gap > MARGIN && smallest > -1 + MARGIN;
        }
    }

    /** The spectral range of the engine's kernel on a model. */
    public static Range range(EngineUnderTest engine, String name, Model model, KernelName kernel) {
        var law = EnumeratedLaw.of(model);
        SpectralAnalysis analysis;
        try {
            analysis = SpectralFormulas.of(law, engine.kernel(kernel, model));
        } catch (RefusedInputException | ArithmeticException e) {
            return new Range(name, kernel, Double.NaN, Double.NaN, e.getMessage());
        }
        return new Range(name, kernel, analysis.spectrum().gap(), analysis.spectrum().smallest(), "");
    }

    /**
     * The A3 design: every model with each of its kernels.
     *
     * @param models  the models by name, in the order they are examined
     * @param kernels the kernels of each model, by the model's name
     */
    record Design(Map<String, Model> models, Map<String, List<KernelName>> kernels) implements CheckDesign<Ranges> {

        /** Every study model with the kernels it is used with. */
        static final Design REAL = new Design(studyModels(), studyKernels());
        /** Periodic Metropolis chains. */
        static final Design CONTROL = periodic();

        Design {
            models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
            kernels = Collections.unmodifiableMap(new LinkedHashMap<>(kernels));
        }

        private static Design periodic() {
            var models = periodicModels();
            var kernels = new LinkedHashMap<String, List<KernelName>>();
            models.keySet().forEach(k -> kernels.put(k, List.of(KernelName.METROPOLIS)));
            var nearReducible = "curie-weiss-6 beta=" + NEAR_REDUCIBLE_BETA;
            models.put(nearReducible, ModelFamilies.curieWeiss(6, NEAR_REDUCIBLE_BETA));
            kernels.put(nearReducible, List.of(KernelName.RANDOM_SCAN));
            return new Design(models, kernels);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", List.copyOf(models.keySet()));
            parameters.put("margin", MARGIN);
            parameters.put("negativeControl", "periodic metropolis chains and a near-reducible random-scan chain: "
                    + List.copyOf(CONTROL.models.keySet()));
            return parameters;
        }

        @Override
        public String description() {
            return "Exact spectrum of every kernel used on every study model: gap > 0 and lambda_min > -1 with a"
                    + " margin far above the eigensolver's error; periodic Metropolis chains (independent spins at"
                    + " beta = 0, one free spin) and a near-reducible one (Curie-Weiss N = 6, beta = 20) must fail.";
        }

        @Override
        public Ranges measure(EngineUnderTest engine, long seed) {
            var ranges = new ArrayList<Range>();
            models.forEach((name, m) -> {
                for (var k : kernels.get(name)) {
                    ranges.add(range(engine, name, m, k));
                }
            });
            return new Ranges(ranges);
        }
    }

    /** Every kernel's range; {@link #present()} passes only if A3 holds on every one. */
    record Ranges(List<Range> ranges) implements Outcome {

        Ranges {
            ranges = List.copyOf(ranges);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "kernel", "gap", "lambda-min", "absolute-gap", "holds");
            double smallestGap = Double.POSITIVE_INFINITY;
            double smallestLambda = Double.POSITIVE_INFINITY;
            var failing = new ArrayList<String>();
            for (var r : ranges) {
                table.row(r.model(), r.kernel().label(), r.gap(), r.smallest(), r.absoluteGap(),
                        r.refused().isEmpty() ? r.holds() : "refused: " + r.refused());
                if (r.holds()) {
                    smallestGap = Math.min(smallestGap, r.gap());
                    smallestLambda = Math.min(smallestLambda, r.smallest());
                } else {
                    failing.add(r.refused().isEmpty()
                            ? String.format("%s/%s (gap %.3e, lambda_min %.12f)", r.model(), r.kernel().label(),
                                    r.gap(), r.smallest())
                            : r.model() + "/" + r.kernel().label() + " refused: " + r.refused());
                }
            }
            var figures = Figures.builder()
                    .put("kernels", ranges.size())
                    .put("kernels-holding", (ranges.size() - failing.size()) + "/" + ranges.size())
                    .put("smallest-gap", smallestGap)
                    .put("smallest-lambda-min", smallestLambda)
                    .put("margin", MARGIN)
                    .put("ranges", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d kernels irreducible and aperiodic: smallest gap %.3e, smallest lambda_min"
                            + " %.3f (margin %.0e)", ranges.size(), smallestGap, smallestLambda, MARGIN)
                    : "A3 fails on " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The kernels used, by study model name. */
    static Map<String, List<KernelName>> studyKernels() {
        var out = new LinkedHashMap<String, List<KernelName>>();
        for (var s : StudyModels.all()) {
            out.put(s.name(), s.kernels());
        }
        return out;
    }

    static Map<String, Model> studyModels() {
        var out = new LinkedHashMap<String, Model>();
        for (var s : StudyModels.all()) {
            out.put(s.name(), s.model());
        }
        return out;
    }

    /** Known-bad: periodic Metropolis chains. */
    static Map<String, Model> periodicModels() {
        var out = new LinkedHashMap<String, Model>();
        out.put("independent-4 beta=0", IsingModel.withoutFields(new double[4][4], 0, true));
        out.put("free-spin-1", IsingModel.withoutFields(new double[1][1], 1, true));
        return out;
    }

    /** The A3 check on the study models. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A3.spectral-range", CheckKind.NUMERICAL, List.of("A3"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
