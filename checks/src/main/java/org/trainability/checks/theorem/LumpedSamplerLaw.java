package org.trainability.checks.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureShapes;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.symmetry.LumpedChain;
import org.trainability.engine.symmetry.SpinFlipLumping;
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

    private LumpedSamplerLaw() {
    }

    static Check check(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("model", "frustrated, N = " + SPINS + ", beta = " + BETA + ", couplings seed 0x" + Long.toHexString(MODEL_SEED));
        parameters.put("kernel", "random-scan");
        parameters.put("chains", CHAINS);
        parameters.put("times", TIMES);
        parameters.put("observables", "f_01, f_34, sum of all f_ij");
        parameters.put("alpha", ALPHA);
        parameters.put("controlField", CONTROL_FIELD);
        var spec = new CheckSpec(ID, CheckKind.NUMERICAL, List.of("O1.c"), SEED, parameters, false,
                "The sampler's law of even observables f(X_t), t = 1..30, from a non-symmetric start equals the lumped"
                        + " chain's (12 two-sample chi-square tests, alpha = 1e-6 overall); rejected with a field");
        var model = ModelFamilies.frustrated(SPINS, BETA, MODEL_SEED);
        return new NumericalCheck(spec, () -> measure(engine, model, "b = 0"),
                () -> measure(engine, ModelFamilies.withFieldOnFirstSpin(model, CONTROL_FIELD), "b_0 = " + CONTROL_FIELD));
    }

    static Measurement measure(EngineUnderTest engine, IsingModel model, String label) {
        int n = model.n();
        var law = EnumeratedLaw.of(model);
        LumpedChain lumped;
        try {
            // The control forces the lumping the statement forbids (tolerance 1); the real run uses rounding.
            var tolerance = model.fields()[0] == 0 ? SpinFlipLumping.LUMPABILITY : Tolerance.absolute(1);
            lumped = SpinFlipLumping.lump(engine.kernel(KernelName.RANDOM_SCAN, model), law, tolerance);
        } catch (RefusedInputException e) {
            return Measurement.of(false, Map.of(), "the lumping was refused: " + e.getMessage());
        }
        int orbit = 0b00110; // representative r = (+1, −1, −1, +1, +1): top spin +1, not symmetric
        int start = SpinStates.flipAll(orbit, n);
        var root = ParallelChains.root(SEED);
        var streams = ParallelChains.split(root, 2 * CHAINS);
        int maxT = TIMES[TIMES.length - 1];
        int observables = 3;
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
        var rows = new ArrayList<List<Object>>();
        double minP = 1;
        boolean all = true;
        int tests = observables * TIMES.length;
        double perTest = ALPHA / tests;
        String[] names = {"f_01", "f_34", "sum f_ij"};
        var meanFull = new ArrayList<Double>();
        var meanLumped = new ArrayList<Double>();
        var times = new ArrayList<Double>();
        for (int ti = 0; ti < TIMES.length; ti++) {
            for (int a = 0; a < observables; a++) {
                var r = TwoSampleChiSquare.test(full[a][ti], conditioned[a][ti]);
                minP = Math.min(minP, r.pValue());
                all &= r.pValue() >= perTest;
                rows.add(List.of(TIMES[ti], names[a], mean(full[a][ti]), mean(conditioned[a][ti]), r.statistic(),
                        r.degrees(), r.pValue()));
            }
            times.add((double) TIMES[ti]);
            meanFull.add(mean(full[2][ti]));
            meanLumped.add(mean(conditioned[2][ti]));
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("symmetry", label);
        figures.put("alpha", ALPHA);
        figures.put("tests", tests);
        figures.put("per-test-threshold", perTest);
        figures.put("min-p-value", minP);
        figures.put("lumpability-residual", lumped.residual());
        figures.put("chi-square-tests", FigureShapes.table(List.of("t", "observable", "meanUnderP", "meanUnderLumped",
                "chi2", "df", "pValue"), rows));
        figures.put("mean-energy-observable", FigureShapes.xy("Mean of Σ f_ij(X_t): sampler on P against the lumped chain",
                CHAINS + " chains each from x0 = −r and its orbit", "t", "mean of Σ_{i<j} −x_i x_j", false, false, false,
                List.of(FigureShapes.line("P (random-scan sampler)", times, meanFull),
                        FigureShapes.line("lumped chain on orbits", times, meanLumped))));
        String detail = label + ": " + tests + " chi-square tests of f(X_t) under P vs the lumped chain, smallest p = "
                + String.format("%.3g", minP) + " (reject below " + String.format("%.3g", perTest) + ", alpha = " + ALPHA
                + " overall); lumpability residual " + String.format("%.2e", lumped.residual());
        return Measurement.of(all, figures, detail);
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
