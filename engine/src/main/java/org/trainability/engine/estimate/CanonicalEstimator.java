package org.trainability.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ChainWindow;
import org.trainability.engine.sample.ParallelChains;

/**
 * The canonical estimator of docs/math.md §2: M independent chains, each started from X_0 ~ μ0, burn-in
 * B, window K; {@code ĝ_a = E_data[f_a] − (1/(MK)) Σ_chains Σ_{t=B}^{B+K−1} f_a(X_t)}. The positive
 * phase is the exact E_data unless a {@link PositivePhase} sampler is given.
 *
 * <p>Streams: {@code root = L64X128MixRandom(seed)}; the R·M chain streams are split from it first,
 * in replicate-major chain order, then one stream per replicate for a sampled positive phase. Each
 * chain draws X_0 from μ0 and then runs on its stream alone, so results never depend on the
 * thread count; sums over chains are taken in chain order.
 *
 * <p>Immutable and thread-safe.
 */
public final class CanonicalEstimator {

    private final ChainSampler sampler;
    private final double[] dataExpectations;
    private final Optional<PositivePhase> positivePhase;

    /**
     * @param sampler          the model under its kernel
     * @param dataExpectations E_data[f_a] in parameter order (the exact positive phase). Not modified.
     * @param positivePhase    a sampler of the positive phase, or empty when it is exact
     * @throws IllegalArgumentException when E_data has the wrong length or a non-finite entry
     */
    public CanonicalEstimator(ChainSampler sampler, double[] dataExpectations, Optional<PositivePhase> positivePhase) {
        if (dataExpectations.length != sampler.parameterCount()) {
            throw new IllegalArgumentException(dataExpectations.length + " data expectations for a model with "
                    + sampler.parameterCount() + " parameters");
        }
        for (int a = 0; a < dataExpectations.length; a++) {
            if (!Double.isFinite(dataExpectations[a])) {
                throw new IllegalArgumentException("E_data[f_" + a + "] is " + dataExpectations[a]);
            }
        }
        this.sampler = sampler;
        this.dataExpectations = dataExpectations.clone();
        this.positivePhase = positivePhase;
    }

    /** The sampler. */
    public ChainSampler sampler() {
        return sampler;
    }

    /**
     * Runs R replicates of the estimator.
     *
     * @param settings   M, B, K, μ0 and the thread count
     * @param replicates R ≥ 1
     * @param seed       the root seed
     * @param keepSeries whether the chains of the first replicate keep their series (for τ̂); the
     *                   others never do, so memory does not grow with R
     * @return the replicates
     */
    public ReplicateRun run(EstimatorSettings settings, int replicates, long seed, boolean keepSeries) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates R is " + replicates + "; it must be >= 1");
        }
        int m = settings.chains();
        var root = ParallelChains.root(seed);
        var chainStreams = ParallelChains.split(root, replicates * m);
        var positiveStreams = ParallelChains.split(root, replicates);
        long started = System.nanoTime();
        List<ChainWindow> windows = ParallelChains.run(chainStreams, settings.threads(), (c, rng) -> {
            var x0 = settings.start().drawForChain(c % m, m, sampler.units(), rng);
            return sampler.run(x0, settings.burnIn(), settings.window(), keepSeries && c < m, rng);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        int p = sampler.parameterCount();
        var negative = new double[replicates][p];
        long updates = 0;
        for (int r = 0; r < replicates; r++) {
            for (int c = 0; c < m; c++) {
                var w = windows.get(r * m + c);
                updates += w.updates();
                var means = w.means();
                for (int a = 0; a < p; a++) {
                    negative[r][a] += means[a];
                }
            }
            for (int a = 0; a < p; a++) {
                negative[r][a] /= m;
            }
        }
        var positive = new double[replicates][];
        if (positivePhase.isPresent()) {
            var sampled = ParallelChains.run(positiveStreams, settings.threads(), (r, rng) -> positivePhase.get().sample(rng));
            for (int r = 0; r < replicates; r++) {
                positive[r] = sampled.get(r).clone();
                if (positive[r].length != p) {
                    throw new IllegalStateException("the positive-phase sampler gave " + positive[r].length
                            + " values for " + p + " parameters");
                }
            }
        } else {
            for (int r = 0; r < replicates; r++) {
                positive[r] = dataExpectations.clone();
            }
        }
        return new ReplicateRun(positive, negative, positivePhase.isPresent(), new ArrayList<>(windows), updates, seconds);
    }

    /** The chains of the first replicate (those that keep their series). */
    public static java.util.List<ChainWindow> firstReplicate(ReplicateRun run, EstimatorSettings settings) {
        return run.chains().subList(0, settings.chains());
    }

    /** E_data[f_a] (the exact positive phase). */
    public double[] dataExpectations() {
        return dataExpectations.clone();
    }
}
