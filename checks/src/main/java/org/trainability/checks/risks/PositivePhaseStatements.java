package org.trainability.checks.risks;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.TrainingData;
import org.trainability.engine.model.TrainingProblem;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.RbmBlockSampler;

/**
 * F4's property check: over generated RBMs, the engine's sampled positive phase has the error law
 * {@link PositivePhaseError} states — the mean of R = {@value #REPLICATES} replicate errors
 * {@code ‖p̂ − p‖²} (against the exact, Rao–Blackwellised positive phase) lies within
 * {@value #Z_MAX} standard errors of the closed-form mean, the standard error being the exact one,
 * {@code sqrt(Var e / R)}. The closed form is the term F4's ratio puts over the negative phase's
 * error, so this pins the numerator of F4 to the engine.
 *
 * <p>Odds: under the normal approximation of a mean of R = 400 i.i.d. bounded errors with known
 * variance, a correct sampler lands outside ±6 standard errors with probability 2e-9 per case, so
 * below 1e-6 over the {@value #TRIES} cases even allowing the errors' skew (their third
 * standardized moment is below 10, which moves the tail of the mean by about 10/(6√R) of a
 * standard error).
 *
 * <p>Negative control: the same comparison when h is drawn from the conditional of the mirrored
 * model (W and c negated: the sign error of a heat-bath conditional), against the true model's
 * closed form. The bias then adds {@code ‖E p̂ − p‖²} to the mean error and must be caught.
 *
 * <p>Generated: n ∈ [1, 5] visible and m ∈ [1, 4] hidden units, weights in [−1.5, 1.5], fields in
 * [−1, 1], β ∈ [0.1, 2], fields trained or not, 1–4 data states, D' = k·D draws with k ∈ [1, 10].
 * Property checks run on the real engine (jqwik makes the container, so no other engine can be
 * handed to it). Public for the JUnit Platform launcher; not a test class (surefire does not
 * scan main sources). jqwik makes one instance per run; the instance holds only the engine, so it
 * is thread-safe.
 */
public class PositivePhaseStatements {

    static final int REPLICATES = 400;
    static final double Z_MAX = 6.0;
    static final int TRIES = 200;
    /** When every h is certain the error is 0 up to the rounding of a sum of squares. */
    private static final Tolerance CERTAIN = Tolerance.absolute(1e-12);

    private final EngineUnderTest engine = EngineUnderTest.real();

    /** One generated case: a model, its data states, the number of draws and the stream's seed. */
    public record Case(RbmModel rbm, List<int[]> data, int draws, long seed) {

        public Case {
            data = data.stream().map(int[]::clone).toList();
        }

        @Override
        public List<int[]> data() {
            return data.stream().map(int[]::clone).toList();
        }

        @Override
        public String toString() {
            return String.format("RBM n=%d m=%d beta=%.3f trainFields=%s W=%s, %d data states, D'=%d, seed %d",
                    rbm.visible(), rbm.hidden(), rbm.beta(), rbm.trainFields(),
                    java.util.Arrays.deepToString(rbm.weights()), data.size(), draws, seed);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        var sizes = Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 4)).as(List::of);
        return sizes.flatMap(s -> {
            int n = s.get(0);
            int m = s.get(1);
            int d = s.get(2);
            var weights = Arbitraries.doubles().between(-1.5, 1.5).list().ofSize(n * m);
            var visibleFields = Arbitraries.doubles().between(-1, 1).list().ofSize(n);
            var hiddenFields = Arbitraries.doubles().between(-1, 1).list().ofSize(m);
            var spins = Arbitraries.of(-1, 1).list().ofSize(n).list().ofSize(d);
            var beta = Arbitraries.doubles().between(0.1, 2);
            var trainFields = Arbitraries.of(true, false);
            var multiple = Arbitraries.integers().between(1, 10);
            var seed = Arbitraries.longs();
            return Combinators.combine(weights, visibleFields, hiddenFields, spins, beta, trainFields, multiple, seed)
                    .as((w, b, c, states, be, tf, k, sd) -> {
                        var matrix = new double[n][m];
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < m; j++) {
                                matrix[i][j] = w.get(i * m + j);
                            }
                        }
                        var rbm = new RbmModel(n, m, matrix, b.stream().mapToDouble(Double::doubleValue).toArray(),
                                c.stream().mapToDouble(Double::doubleValue).toArray(), be, tf);
                        var data = new ArrayList<int[]>();
                        for (var v : states) {
                            data.add(v.stream().mapToInt(Integer::intValue).toArray());
                        }
                        return new Case(rbm, data, k * d, sd);
                    });
        });
    }

    /** The statement: the sampled positive phase's mean error is the closed form's. */
    @Property(tries = TRIES, seed = "4640104", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    public void sampledPositivePhaseErrorHasItsClosedForm(@ForAll("cases") Case c) {
        Statistics.label("fields trained").collect(c.rbm().trainFields());
        Statistics.label("one draw per data state").collect(c.draws() == c.data().size());
        compare(c, sampler(c.rbm()));
        Statistics.label("fields trained").coverage(k -> k.check(true).percentage(p -> p > 25));
        Statistics.label("one draw per data state").coverage(k -> k.check(true).percentage(p -> p > 3));
    }

    /** The negative control: h drawn from the mirrored model's conditional must be caught. */
    @Property(tries = TRIES, seed = "4640105", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    public void mirroredConditionalIsCaught(@ForAll("cases") Case c) {
        var rbm = c.rbm();
        var w = rbm.weights();
        for (var row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        var hidden = rbm.hiddenFields();
        for (int j = 0; j < hidden.length; j++) {
            hidden[j] = -hidden[j];
        }
        var mirrored = new RbmModel(rbm.visible(), rbm.hidden(), w, rbm.visibleFields(), hidden, rbm.beta(),
                rbm.trainFields());
        compare(c, sampler(mirrored));
    }

    private RbmBlockSampler sampler(RbmModel rbm) {
        var s = engine.sampler(rbm, KernelName.BLOCK_RBM);
        if (!(s instanceof RbmBlockSampler rbmSampler)) {
            throw new AssertionError("the engine's block-rbm sampler cannot sample a positive phase");
        }
        return rbmSampler;
    }

    /** Compares the mean of R sampled errors with the closed form of the true model {@code c.rbm()}. */
    private static void compare(Case c, RbmBlockSampler sampler) {
        var data = c.data();
        var exact = new TrainingProblem(c.rbm(), new TrainingData.States(data)).dataExpectations();
        var law = PositivePhaseError.of(c.rbm(), data, c.draws());
        var rng = ParallelChains.root(c.seed());
        double sum = 0;
        for (int r = 0; r < REPLICATES; r++) {
            var p = sampler.samplePositivePhase(data, c.draws(), rng);
            double e = 0;
            for (int a = 0; a < exact.length; a++) {
                e += (p[a] - exact[a]) * (p[a] - exact[a]);
            }
            sum += e;
        }
        double mean = sum / REPLICATES;
        double se = Math.sqrt(law.variance() / REPLICATES);
        double gap = mean - law.mean();
        // A zero variance means every h is certain (|βa| beyond double precision): the error is then exactly 0.
        boolean agrees = se > 0 ? Math.abs(gap) <= Z_MAX * se : CERTAIN.accepts(gap, 0);
        if (!agrees) {
            throw new AssertionError(String.format("mean error %.6g over %d replicates, closed form %.6g ± %.3g (z = %.2f,"
                    + " limit %.1f)", mean, REPLICATES, law.mean(), se, se > 0 ? gap / se : Double.POSITIVE_INFINITY, Z_MAX));
        }
    }
}
