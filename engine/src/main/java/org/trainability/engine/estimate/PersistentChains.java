package org.trainability.engine.estimate;

import java.util.List;
import java.util.Objects;
import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;

/**
 * Persistent chains along a parameter path — the negative phase of persistent contrastive
 * divergence (PCD; Tieleman 2008), which is <em>not</em> the canonical estimator of docs/math.md §2.
 *
 * <p>Parameters θ_0, θ_1, …, θ_{T−1} (one per update). M chains start once from μ0; at update t
 * each chain runs K steps of the kernel of θ_t from the state it was left in, the estimate is
 * {@code n̂_t = (1/(MK)) Σ_chains Σ_{s=1}^{K} f_a(X_s)} (the observables of θ_t), and the state
 * X_K is kept for update t+1. No burn-in and no fresh start: the chains chase a moving target
 * π_{θ_t}, and when they relax more slowly than θ moves, {@code E n̂_t} lags behind
 * {@code E_{θ_t} f} — the tracking lag that sits outside the theorem (risk R6).
 * {@link #expectedWindowMeans} gives {@code E n̂_t} exactly on an enumerable model:
 * {@code E n̂_t = (1/K) Σ_{s=1}^{K} μ_t P_t^s f}, {@code μ_{t+1} = μ_t P_t^K}.
 *
 * <p>Streams: {@code root = L64X128MixRandom(seed)}; the R·M chain streams are split from it in
 * replicate-major order; each chain draws X_0 from μ0 and then follows the whole path on its own
 * stream, so results never depend on the thread count. Stateless and thread-safe.
 */
public final class PersistentChains {

    private PersistentChains() {
    }

    /**
     * How to run them.
     *
     * @param chains           M ≥ 1 per replicate
     * @param stepsPerUpdate   K ≥ 1, kernel steps at each parameter value
     * @param start            μ0, drawn once per chain before the first update
     * @param replicates       R ≥ 1 independent runs of the whole path
     * @param threads          how many chains run at once (never changes a number)
     */
    public record Settings(int chains, int stepsPerUpdate, StartLaw start, int replicates, int threads) {

        public Settings {
            Objects.requireNonNull(start, "start");
            if (chains < 1 || stepsPerUpdate < 1 || replicates < 1 || threads < 1) {
                throw new IllegalArgumentException("chains, steps per update, replicates and threads must be >= 1, got "
                        + chains + ", " + stepsPerUpdate + ", " + replicates + ", " + threads);
            }
        }
    }

    /**
     * Runs R replicates of M persistent chains along the path.
     *
     * @param samplers the kernel at every update, in order
     * @param models   the model at every update (its observables are averaged), as many as samplers
     * @param settings M, K, μ0, R, threads
     * @param seed     the root seed
     * @return {@code n̂[r][t][a]}: replicate r's estimate at update t
     * @throws IllegalArgumentException for an empty path, mismatched lengths, or models whose units or
     *                                  parameter counts differ from their samplers'
     */
    public static double[][][] run(List<? extends ChainSampler> samplers, List<? extends Model> models,
            Settings settings, long seed) {
        int updates = samplers.size();
        if (updates == 0 || models.size() != updates) {
            throw new IllegalArgumentException("a path of " + samplers.size() + " samplers and " + models.size()
                    + " models; it needs at least one update and one model per sampler");
        }
        int units = samplers.get(0).units();
        int p = models.get(0).parameterCount();
        for (int t = 0; t < updates; t++) {
            if (samplers.get(t).units() != units || models.get(t).enumeratedUnits() != units
                    || models.get(t).parameterCount() != p) {
                throw new IllegalArgumentException("update " + t + " changes the number of units or parameters;"
                        + " a persistent chain needs one state space and one set of observables");
            }
        }
        int m = settings.chains();
        int k = settings.stepsPerUpdate();
        var streams = ParallelChains.split(ParallelChains.root(seed), settings.replicates() * m);
        var perChain = ParallelChains.run(streams, settings.threads(), (c, rng) -> {
            var out = new double[updates][p];
            var state = settings.start().drawForChain(c % m, m, units, rng);
            var f = new double[p];
            for (int t = 0; t < updates; t++) {
                var model = models.get(t);
                var sums = out[t];
                var next = new int[units];
                samplers.get(t).trace(state, k, rng, x -> {
                    model.observables(x, f);
                    for (int a = 0; a < p; a++) {
                        sums[a] += f[a];
                    }
                    System.arraycopy(x, 0, next, 0, units);
                });
                state = next;
                for (int a = 0; a < p; a++) {
                    sums[a] /= k;
                }
            }
            return out;
        });
        var result = new double[settings.replicates()][updates][p];
        for (int r = 0; r < settings.replicates(); r++) {
            for (int c = 0; c < m; c++) {
                var chain = perChain.get(r * m + c);
                for (int t = 0; t < updates; t++) {
                    for (int a = 0; a < p; a++) {
                        result[r][t][a] += chain[t][a] / m;
                    }
                }
            }
        }
        return result;
    }

    /**
     * The exact expectation of the persistent estimate at every update:
     * {@code E n̂_t,a = (1/K) Σ_{s=1}^{K} (μ_t P_t^s)·f_a}, {@code μ_0 = mu0},
     * {@code μ_{t+1} = μ_t P_t^K}.
     *
     * @param kernels the exact kernel at every update
     * @param laws    the enumerated law at every update (for its observables f_a)
     * @param mu0     the start law over the states. Not modified.
     * @param steps   K
     * @return {@code E n̂[t][a]}
     */
    public static double[][] expectedWindowMeans(List<DenseKernel> kernels, List<? extends StationaryLaw> laws,
            double[] mu0, int steps) {
        if (kernels.isEmpty() || laws.size() != kernels.size() || steps < 1) {
            throw new IllegalArgumentException("one law per kernel, at least one update, and K >= 1 are needed");
        }
        int states = mu0.length;
        var mu = mu0.clone();
        var out = new double[kernels.size()][];
        for (int t = 0; t < kernels.size(); t++) {
            var kernel = kernels.get(t);
            var law = laws.get(t);
            if (kernel.size() != states || law.stateCount() != states) {
                throw new IllegalArgumentException("update " + t + " has " + kernel.size() + " states, μ0 " + states);
            }
            var average = new double[states];
            for (int s = 0; s < steps; s++) {
                mu = kernel.stepDistribution(mu);
                for (int x = 0; x < states; x++) {
                    average[x] += mu[x] / steps;
                }
            }
            int p = law.parameterCount();
            out[t] = new double[p];
            for (int a = 0; a < p; a++) {
                double e = 0;
                for (int x = 0; x < states; x++) {
                    e += average[x] * law.observable(a, x);
                }
                out[t][a] = e;
            }
        }
        return out;
    }
}
