package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyKernel;
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * O2 measured: the exact bias of docs/math.md §4, {@code bias_a = (1/K) Σ_{j≥2} c_j f̂_{a,j} λ_j^B (1−λ_j^K)/(1−λ_j)}
 * from the engine's spectral analysis, against brute force ({@link WindowMoments}: μ0 pushed
 * through P step by step), and the geometric bound
 * {@code |bias_a| ≤ C_a (1−γ_*)^B}, {@code C_a = √(χ²(μ0‖π) Var_π f_a) · min(1, 2/(γK))}.
 *
 * <p>Agreement: {@code |bias_spectral − bias_brute| ≤ }{@link #AGREEMENT}{@code · √((χ²+1) Var_π f_a)}
 * — the scale of the coefficients {@code c_j f̂_{a,j}} the formula sums (Cauchy–Schwarz), so
 * rounding in a point mass's large {@code c_j} is allowed for, and nothing else is. The bound is
 * checked with a relative slack of 1e-9 on biases above the rounding floor {@link #ROUNDING_FLOOR}.
 * Compared from all-plus, uniform and a two-point mixture, at B ∈ {0, 10, 100} and K ∈ {1, 50}, on
 * every reversible kernel of every study model; the check passes when every kernel agrees and obeys
 * the bound (and none is refused). Negative control: the same comparison for
 * {@code systematic-scan} on the coupled study models, with the reversibility gate waived, where
 * the formula describes another chain and must disagree with brute force. Stateless; thread-safe.
 */
public final class BiasFormula {

    /** Relative agreement between the spectral formula and brute force. */
    public static final Tolerance AGREEMENT = Tolerance.relative(1e-9);
    /** Slack on the geometric bound, for rounding. */
    public static final double BOUND_SLACK = 1e-9;
    /**
     * Biases below this are rounding: brute force pushes μ_t through P with ~1e-16 absolute error
     * per entry and step, so a bias of 1e-17 where the bound is 1e-22 says nothing about the bound.
     */
    public static final double ROUNDING_FLOOR = 1e-14;

    static final long[] BURN_INS = {0, 10, 100};
    static final int[] WINDOWS = {1, 50};

    private BiasFormula() {
    }

    /**
     * The worst discrepancies over parameters for one (start law, B, K).
     *
     * @param agreementRatio max_a |Δbias_a| / (tolerance scale): at most 1 when the formula agrees
     * @param boundRatio     max_a |bias_a| / (C_a (1−γ_*)^B): at most 1 when the bound holds
     * @param largestBias    max_a |bias_a| (brute force)
     */
    public record Comparison(double agreementRatio, double boundRatio, double largestBias) {
        /** Whether the formula agrees and the bound holds. */
        public boolean holds() {
            return agreementRatio <= 1 && boundRatio <= 1 + BOUND_SLACK;
        }
    }

    /** Compares the spectral bias with brute force on one kernel. */
    public static Comparison compare(SpectralAnalysis analysis, DenseKernel kernel, StationaryLaw law, double[] mu0,
            long burnIn, int window) {
        var spectral = analysis.bias(mu0, burnIn, window);
        var brute = WindowMoments.of(kernel, law, mu0, burnIn, window).bias();
        double chi2 = Math.max(0, SpectralFormulas.chiSquare(mu0, law));
        double gap = analysis.spectrum().gap();
        double decay = Math.pow(1 - SpectralFormulas.absoluteGap(analysis), burnIn);
        var variances = law.variances();
        double agreement = 0;
        double bound = 0;
        double largest = 0;
        for (int a = 0; a < spectral.length; a++) {
            double scale = Math.sqrt((chi2 + 1) * variances[a]);
            double diff = Math.abs(spectral[a] - brute[a]);
            agreement = Math.max(agreement, scale > 0 ? diff / (AGREEMENT.bound() * scale) : diff > 0 ? 1e300 : 0);
            double c = Math.sqrt(chi2 * variances[a]) * Math.min(1, 2 / (gap * window));
            double limit = c * decay;
            if (Math.abs(brute[a]) > ROUNDING_FLOOR) {
                bound = Math.max(bound, limit > 0 ? Math.abs(brute[a]) / limit : 1e300);
            }
            largest = Math.max(largest, Math.abs(brute[a]));
        }
        return new Comparison(agreement, bound, largest);
    }

    /** Start laws: all-plus, uniform, and the mixture ½ all-plus + ½ all-minus. */
    static List<double[]> startLaws(int states) {
        var allPlus = new double[states];
        allPlus[0] = 1;
        var uniform = new double[states];
        Arrays.fill(uniform, 1.0 / states);
        var mixture = new double[states];
        mixture[0] = 0.5;
        mixture[states - 1] = 0.5;
        return List.of(allPlus, uniform, mixture);
    }

    static final List<String> START_NAMES = List.of("all-plus", "uniform", "half all-plus, half all-minus");

    /**
     * The O2 design: every start law, B and K on every reversible kernel of every study model.
     *
     * @param systematic run the formula on {@code systematic-scan} with the gate waived instead
     */
    record Design(boolean systematic) implements CheckDesign<Kernels> {

        /** The reversible kernels. */
        static final Design REAL = new Design(false);
        /** Systematic scan, the reversibility gate waived. */
        static final Design CONTROL = new Design(true);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", StudyModels.names());
            parameters.put("startLaws", START_NAMES);
            parameters.put("burnIns", Arrays.stream(BURN_INS).boxed().toList());
            parameters.put("windows", WINDOWS.clone());
            parameters.put("agreementTolerance", AGREEMENT.bound());
            parameters.put("negativeControl", StudyKernel.NEGATIVE_CONTROL);
            return parameters;
        }

        @Override
        public String description() {
            return "The exact spectral bias of docs/math.md section 4 against brute-force matrix powers, and the bound"
                    + " |bias_a| <= C_a (1-gamma*)^B, for every reversible kernel on every study model from point"
                    + " masses, the uniform law and a mixture; on systematic scan the formula must disagree.";
        }

        @Override
        public Kernels measure(EngineUnderTest engine, long seed) {
            var kernels = new ArrayList<KernelBias>();
            for (var sk : StudyKernel.all(engine, systematic)) {
                double agreement = 0;
                double bound = 0;
                double largest = 0;
                int count = 0;
                if (sk.refusal().isEmpty()) {
                    for (var start : startLaws(sk.law().stateCount())) {
                        for (long b : BURN_INS) {
                            for (int w : WINDOWS) {
                                var c = compare(sk.analysis().orElseThrow(), sk.matrix(), sk.law(), start, b, w);
                                count++;
                                agreement = Math.max(agreement, c.agreementRatio());
                                bound = Math.max(bound, c.boundRatio());
                                largest = Math.max(largest, c.largestBias());
                            }
                        }
                    }
                }
                kernels.add(new KernelBias(sk.study().name(), sk.kernel().label(), sk.label(), sk.refusal(), count,
                        agreement, bound, largest));
            }
            return new Kernels(kernels);
        }
    }

    /**
     * One kernel's worst discrepancies over its (start law, B, K) comparisons.
     *
     * @param model       the study model
     * @param kernel      the kernel's name
     * @param label       model/kernel, for messages
     * @param refusal     why the engine refused the kernel, if it did (then nothing is compared)
     * @param comparisons how many (start law, B, K) were compared
     * @param agreement   the largest {@link Comparison#agreementRatio()}
     * @param bound       the largest {@link Comparison#boundRatio()}
     * @param largestBias the largest {@link Comparison#largestBias()}
     */
    record KernelBias(String model, String kernel, String label, Optional<String> refusal, int comparisons,
            double agreement, double bound, double largestBias) {

        boolean holds() {
            return agreement <= 1 && bound <= 1 + BOUND_SLACK;
        }
    }

    /** What the comparisons found; {@link #present()} fails on any refusal or any kernel where O2 does not hold. */
    record Kernels(List<KernelBias> kernels) implements Outcome {

        Kernels {
            kernels = List.copyOf(kernels);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("model", "kernel", "comparisons", "worst-agreement-ratio",
                    "worst-bound-ratio", "largest-bias", "holds");
            var failing = new ArrayList<String>();
            double worstAgreement = 0;
            double worstBound = 0;
            int total = 0;
            for (var k : kernels) {
                if (k.refusal().isPresent()) {
                    failing.add(k.label() + ": " + k.refusal().get());
                    table.row(k.model(), k.kernel(), 0, Double.NaN, Double.NaN, Double.NaN, "refused");
                    continue;
                }
                total += k.comparisons();
                table.row(k.model(), k.kernel(), k.comparisons(), k.agreement(), k.bound(), k.largestBias(),
                        k.holds());
                worstAgreement = Math.max(worstAgreement, k.agreement());
                worstBound = Math.max(worstBound, k.bound());
                if (!k.holds()) {
                    failing.add(String.format("%s: agreement ratio %.3g, bound ratio %.3g", k.label(), k.agreement(),
                            k.bound()));
                }
            }
            var figures = Figures.builder()
                    .put("comparisons", total)
                    .put("worst-agreement-ratio", worstAgreement)
                    .put("worst-bound-ratio", worstBound)
                    .put("agreement-tolerance", AGREEMENT.bound())
                    .put("kernels", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d (start, B, K) comparisons: spectral bias = brute force within %.2f of the"
                            + " tolerance, |bias| <= C (1-gamma*)^B with ratio <= %.3f", total, worstAgreement,
                            worstBound)
                    : "bias formula or bound fails: " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The O2 check on the study models. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("O2.bias-formula", CheckKind.NUMERICAL, List.of("O2"), 0L, true, engine, Design.REAL,
                Design.CONTROL);
    }
}
