package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.experiments.Exp1Grid;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.symmetry.LumpedChain;
import org.trainability.engine.symmetry.SpinFlipLumping;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * O1.c claim 2 with the sampler: the law of {@code f(X_t)} for even observables is the same under
 * P (the engine's random-scan sampler) and under the lumped chain P̄ on orbits (simulated here from
 * the exact lumped kernel), from a start that is not flip-symmetric.
 *
 * <p>Model: the frustrated model of {@link ModelFamilies} on N = 5 spins, β = 1, b = 0. Both chains
 * start from the same orbit: P at the state {@code x0 = −r} (the flip of the orbit's representative,
 * so the start is not symmetric and not the representative P̄'s rows are built from), P̄ at that orbit.
 * R = {@value #CHAINS} independent chains of each. At t ∈ {1, 3, 10, 30} the values of three even
 * observables — {@code f_01 = −x_0x_1}, {@code f_34 = −x_3x_4} and the sum of all ten {@code f_ij}
 * — are compared by a two-sample chi-square test of homogeneity ({@link TwoSampleChiSquare}): 12
 * tests. The check passes when every p-value is at least α/12 with α = {@value #ALPHA}: by the
 * union bound a correct engine fails with probability at most α (the chi-square approximation with
 * expected counts ≥ 5 aside).
 *
 * <p>Negative control: the same with a field b_0 = {@value #CONTROL_FIELD} (observables still the
 * couplings, so still even), P̄ formed from the representatives' rows although the lumping residual
 * is far above rounding; the orbit process is then not that chain (obligations/O1.c.adoc Remark 2)
 * and the test must reject. Streams: one root {@code L64X128MixRandom} from the seed, split per chain
 * in order (P's chains first). Deterministic; thread-safe.
 */
final class LumpedSamplerLaw {

    static final String ID = "O1.c.sampler-law";
    static final long SEED = 0x01c_5a3L;
    static final int SPINS = 5;
    static final double BETA = 1;
    static final int CHAINS = 4000;
    static final int[] TIMES = {1, 3, 10, 30};
    static final double ALPHA = 1e-6;
    static final double CONTROL_FIELD = 0.5;
    static final long MODEL_SEED = Exp1Grid.FRUSTRATED_SEED;
    /** The observables, in the order {@link #record} writes them. */
    static final List<String> OBSERVABLES = List.of("f_01", "f_34", "sum f_ij");

    private LumpedSamplerLaw() {
    }

    /**
     * The design: the frustrated model with a field on its first spin (zero on the real input).
     *
     * @param firstSpinField b_0
     */
    record Design(double firstSpinField) implements CheckDesign<Laws> {

        /** b = 0: the model is flip-symmetric. */
        static final Design REAL = new Design(0);
        /** b_0 = {@value LumpedSamplerLaw#CONTROL_FIELD}: it is not, and the lumping is forced. */
        static final Design CONTROL = new Design(CONTROL_FIELD);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("model", "frustrated, N = " + SPINS + ", beta = " + BETA + ", couplings seed 0x"
                    + Long.toHexString(MODEL_SEED));
            parameters.put("kernel", "random-scan");
            parameters.put("chains", CHAINS);
            parameters.put("times", TIMES);
            parameters.put("observables", "f_01, f_34, sum of all f_ij");
            parameters.put("alpha", ALPHA);
            parameters.put("controlField", CONTROL_FIELD);
            return parameters;
        }

        @Override
        public String description() {
            return "The sampler's law of even observables f(X_t), t = 1..30, from a non-symmetric start equals the"
                    + " lumped chain's (12 two-sample chi-square tests, alpha = 1e-6 overall); rejected with a field";
        }

        IsingModel model() {
            var model = ModelFamilies.frustrated(SPINS, BETA, MODEL_SEED);
            return firstSpinField == 0 ? model : ModelFamilies.withFieldOnFirstSpin(model, firstSpinField);
        }

        String symmetry() {
            return firstSpinField == 0 ? "b = 0" : "b_0 = " + firstSpinField;
        }

        @Override
        public Laws measure(EngineUnderTest engine, long seed) {
            var model = model();
            int n = model.n();
            var law = EnumeratedLaw.of(model);
            LumpedChain lumped;
            try {
                // The control forces the lumping the statement forbids (tolerance 1); the real run uses rounding.
                var tolerance = model.fields()[0] == 0 ? SpinFlipLumping.LUMPABILITY : Tolerance.absolute(1);
                lumped = SpinFlipLumping.lump(engine.kernel(KernelName.RANDOM_SCAN, model), law, tolerance);
            } catch (RefusedInputException e) {
                return new Laws(symmetry(), Optional.of(e.getMessage()), Double.NaN, List.of());
            }
            int orbit = 0b00110; // representative r = (+1, −1, −1, +1, +1): top spin +1, not symmetric
            int start = SpinStates.flipAll(orbit, n);
            var root = ParallelChains.root(seed);
            var streams = ParallelChains.split(root, 2 * CHAINS);
            int maxT = TIMES[TIMES.length - 1];
            int observables = OBSERVABLES.size();
            // values[obs][timeIndex][chain]
            var full = new double[observables][TIMES.length][CHAINS];
            var conditioned = new double[observables][TIMES.length][CHAINS];
            var sampler = engine.sampler(model, KernelName.RANDOM_SCAN);
            for (int c = 0; c < CHAINS; c++) {
                final int chain = c;
                var t = new int[] {0};
                var next = new int[] {0};
                sampler.trace(SpinStates.spins(start, n), maxT, streams.get(c), state -> {
                    t[0]++;
                    if (next[0] < TIMES.length && t[0] == TIMES[next[0]]) {
                        record(state, full, next[0], chain);
                        next[0]++;
                    }
                });
                runLumped(lumped, orbit, n, streams.get(CHAINS + c), conditioned, chain);
            }
            var tests = new ArrayList<LawTest>();
            for (int ti = 0; ti < TIMES.length; ti++) {
                for (int a = 0; a < observables; a++) {
                    tests.add(new LawTest(TIMES[ti], OBSERVABLES.get(a), mean(full[a][ti]), mean(conditioned[a][ti]),
                            TwoSampleChiSquare.test(full[a][ti], conditioned[a][ti])));
                }
            }
            return new Laws(symmetry(), Optional.empty(), lumped.residual(), tests);
        }
    }

    /**
     * One observable at one time.
     *
     * @param time            t
     * @param observable      its name
     * @param meanUnderP      the mean of f(X_t) over the sampler's chains
     * @param meanUnderLumped the mean over the lumped chain's
     * @param test            the two-sample chi-square test of the two samples
     */
    record LawTest(int time, String observable, double meanUnderP, double meanUnderLumped,
            TwoSampleChiSquare.Result test) {
    }

    /**
     * What the two samplers gave; {@link #present()} passes when every p-value is at least α/12.
     *
     * @param symmetry the field, as the figures name it
     * @param refusal  why the engine refused the lumping, if it did (then nothing was sampled)
     * @param residual the lumpability residual of the kernel
     * @param tests    by time, then by observable
     */
    record Laws(String symmetry, Optional<String> refusal, double residual, List<LawTest> tests) implements Outcome {

        Laws {
            tests = List.copyOf(tests);
        }

        @Override
        public Measurement present() {
            if (refusal.isPresent()) {
                return Measurement.of(false, Figures.none(), "the lumping was refused: " + refusal.get());
            }
            var table = Table.withColumns("t", "observable", "meanUnderP", "meanUnderLumped", "chi2", "df", "pValue");
            double minP = 1;
            boolean all = true;
            int count = tests.size();
            double perTest = ALPHA / count;
            var times = new ArrayList<Double>();
            var meanFull = new ArrayList<Double>();
            var meanLumped = new ArrayList<Double>();
            for (var t : tests) {
                var r = t.test();
                minP = Math.min(minP, r.pValue());
                all &= r.pValue() >= perTest;
                table.row(t.time(), t.observable(), t.meanUnderP(), t.meanUnderLumped(), r.statistic(), r.degrees(),
                        r.pValue());
                if (t.observable().equals(OBSERVABLES.get(2))) {
                    times.add((double) t.time());
                    meanFull.add(t.meanUnderP());
                    meanLumped.add(t.meanUnderLumped());
                }
            }
            var figures = Figures.builder()
                    .put("symmetry", symmetry)
                    .put("alpha", ALPHA)
                    .put("tests", count)
                    .put("per-test-threshold", perTest)
                    .put("min-p-value", minP)
                    .put("lumpability-residual", residual)
                    .put("chi-square-tests", table.build())
                    .put("mean-energy-observable", new XyPlot(PlotText.of(
                            "Mean of Σ f_ij(X_t): sampler on P against the lumped chain",
                            CHAINS + " chains each from x0 = −r and its orbit"), XyPlot.Axis.linear("t"),
                            XyPlot.Axis.linear("mean of Σ_{i<j} −x_i x_j"), XyPlot.Guide.NONE,
                            List.of(XyPlot.Series.line("P (random-scan sampler)", times, meanFull),
                                    XyPlot.Series.line("lumped chain on orbits", times, meanLumped))))
                    .build();
            String detail = symmetry + ": " + count + " chi-square tests of f(X_t) under P vs the lumped chain,"
                    + " smallest p = " + String.format("%.3g", minP) + " (reject below " + String.format("%.3g", perTest)
                    + ", alpha = " + ALPHA + " overall); lumpability residual " + String.format("%.2e", residual);
            return Measurement.of(all, figures, detail);
        }
    }

    /** The O1.c sampler check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("O1.c"), SEED, false, engine, Design.REAL,
                Design.CONTROL);
    }

    private static void record(int[] x, double[][][] into, int ti, int chain) {
        into[0][ti][chain] = -x[0] * x[1];
        into[1][ti][chain] = -x[3] * x[4];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                sum -= x[i] * x[j];
            }
        }
        into[2][ti][chain] = sum;
    }

    /** Simulates P̄ from {@code orbit}, recording the observables (evaluated at the representatives). */
    private static void runLumped(LumpedChain lumped, int orbit, int n, RandomGenerator rng, double[][][] into, int chain) {
        var kernel = lumped.kernel();
        int orbits = kernel.size();
        int o = orbit;
        int next = 0;
        for (int t = 1; t <= TIMES[TIMES.length - 1]; t++) {
            double u = rng.nextDouble();
            double cumulative = 0;
            int to = orbits - 1;
            for (int b = 0; b < orbits; b++) {
                cumulative += kernel.entry(o, b);
                if (u < cumulative) {
                    to = b;
                    break;
                }
            }
            o = to;
            if (next < TIMES.length && t == TIMES[next]) {
                record(SpinStates.spins(o, n), into, next, chain);
                next++;
            }
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
