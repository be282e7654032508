package org.trainability.checks.study;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * The one place the property checks of A1–A4 and O1–O4 get their generated models from.
 *
 * <p>{@link #models} mixes the regimes that break naive spectral code, inside the range where the
 * quantities compared are measurable in double precision (spectral gaps above ~1e-6, so τ_int has
 * ten good digits): independent spins (exactly degenerate spectra), spin-flip-symmetric
 * ferromagnets (an odd slow mode orthogonal to every even observable; gaps down to ~1e-5),
 * frustrated glasses with fields, and RBMs on their visible marginal. {@link #wideIsingModels} is
 * A1's stress range (β up to 10, |J|, |b| ≤ 2). That the generators reach these cases is shown by
 * {@code GeneratedModelsProperties} in the tests, with jqwik's {@code Statistics.coverage}; the
 * audit's property containers collect no statistics, because jqwik's statistics store cannot be
 * used by two properties running at once (the audit runs checks concurrently). Stateless;
 * thread-safe.
 */
public final class GeneratedModels {

    private GeneratedModels() {
    }

    /** The regimes {@link #models} mixes, one of them per generated model. */
    public enum Regime {
        /** J = 0: independent spins. */
        INDEPENDENT,
        /** J ∈ [0.1, 0.6] on every pair, b = 0, fields not trained, β ∈ [0.5, 1.5]. */
        FERROMAGNET,
        /** J ∈ [−1, 1], b ∈ [−0.5, 0.5], fields trained, β ∈ [0.2, 1]. */
        GLASS,
        /** An RBM, 2–4 visible and 1–3 hidden units, block Gibbs. */
        RBM
    }

    /** A generated model with the reversible kernel a property runs on it. */
    public record Case(Regime regime, Model model, KernelName kernel) {
        @Override
        public String toString() {
            return regime + " " + model + " under " + kernel;
        }
    }

    /** Models of every regime with 2 ≤ N ≤ maxSpins, each with one of its reversible kernels. */
    public static Arbitrary<Case> cases(int maxSpins) {
        return Arbitraries.of(Regime.class).flatMap(r -> cases(r, maxSpins));
    }

    /** Spin models (no RBM) with 2 ≤ N ≤ maxSpins and couplings, under systematic scan. */
    public static Arbitrary<Case> systematicScanCases(int maxSpins) {
        return Arbitraries.of(Regime.FERROMAGNET, Regime.GLASS)
                .flatMap(r -> spinModel(r, maxSpins).map(m -> new Case(r, m, KernelName.SYSTEMATIC_SCAN)));
    }

    /** Models of one regime. */
    public static Arbitrary<Case> cases(Regime regime, int maxSpins) {
        if (regime == Regime.RBM) {
            return rbm(Math.min(4, maxSpins)).map(m -> new Case(regime, m, KernelName.BLOCK_RBM));
        }
        return Combinators.combine(spinModel(regime, maxSpins),
                Arbitraries.of(KernelName.RANDOM_SCAN, KernelName.SYMMETRIC_SCAN, KernelName.METROPOLIS))
                .as((m, k) -> new Case(regime, m, k));
    }

    /** Every model of {@link #cases}, without a kernel. */
    public static Arbitrary<Model> models(int maxSpins) {
        return cases(maxSpins).map(Case::model);
    }

    private static Arbitrary<Model> spinModel(Regime regime, int maxSpins) {
        return Arbitraries.integers().between(2, maxSpins).flatMap(n -> {
            int pairs = n * (n - 1) / 2;
            Arbitrary<List<Double>> couplings = switch (regime) {
                case INDEPENDENT -> Arbitraries.just(0.0).list().ofSize(pairs);
                case FERROMAGNET -> Arbitraries.doubles().between(0.1, 0.6).list().ofSize(pairs);
                default -> Arbitraries.doubles().between(-1, 1).list().ofSize(pairs);
            };
            Arbitrary<List<Double>> fields = switch (regime) {
                case FERROMAGNET -> Arbitraries.just(0.0).list().ofSize(n);
                case INDEPENDENT -> Arbitraries.doubles().between(-1, 1).list().ofSize(n);
                default -> Arbitraries.doubles().between(-0.5, 0.5).list().ofSize(n);
            };
            Arbitrary<Double> beta = switch (regime) {
                case FERROMAGNET -> Arbitraries.doubles().between(0.5, 1.5);
                case INDEPENDENT -> Arbitraries.doubles().between(0.1, 2);
                default -> Arbitraries.doubles().between(0.2, 1);
            };
            boolean train = regime != Regime.FERROMAGNET;
            return Combinators.combine(couplings, fields, beta).as((c, b, bt) -> ising(n, c, b, bt, train));
        });
    }

    /** RBMs with 2 ≤ n ≤ maxVisible visible and 1–3 hidden units. */
    public static Arbitrary<Model> rbm(int maxVisible) {
        return Combinators.combine(Arbitraries.integers().between(2, maxVisible), Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0.2, 1.5), Arbitraries.of(true, false))
                .flatAs((n, m, beta, train) -> Combinators.combine(
                        Arbitraries.doubles().between(-1, 1).list().ofSize(n * m),
                        Arbitraries.doubles().between(-0.5, 0.5).list().ofSize(n + m))
                        .as((w, f) -> {
                            var weights = weightMatrix(n, m, w);
                            var b = new double[n];
                            var c = new double[m];
                            if (train) {
                                for (int i = 0; i < n; i++) {
                                    b[i] = f.get(i);
                                }
                                for (int j = 0; j < m; j++) {
                                    c[j] = f.get(n + j);
                                }
                            }
                            return (Model) new RbmModel(n, m, weights, b, c, beta, train);
                        }));
    }

    /** A1's stress range: 2 ≤ N ≤ 6, β ∈ [0, 10], J and b uniform in [−2, 2]. */
    public static Arbitrary<IsingModel> wideIsingModels() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-2, 2).list().ofSize(n * (n - 1) / 2),
                Arbitraries.doubles().between(-2, 2).list().ofSize(n),
                Arbitraries.doubles().between(0, 10)).as((c, b, beta) -> ising(n, c, b, beta, true)));
    }

    /** Start laws over 2^N states: a point mass, the uniform law, or a random mixture. */
    public static Arbitrary<double[]> startLaws(int states) {
        var point = Arbitraries.integers().between(0, states - 1).map(s -> {
            var mu = new double[states];
            mu[s] = 1;
            return mu;
        });
        var uniform = Arbitraries.just(states).map(n -> {
            var mu = new double[n];
            java.util.Arrays.fill(mu, 1.0 / n);
            return mu;
        });
        var mixture = Arbitraries.doubles().between(0, 1).list().ofSize(states).map(w -> {
            var mu = new double[states];
            double sum = 0;
            for (int s = 0; s < states; s++) {
                mu[s] = w.get(s) * w.get(s) * w.get(s);
                sum += mu[s];
            }
            for (int s = 0; s < states; s++) {
                mu[s] = sum > 0 ? mu[s] / sum : 1.0 / states;
            }
            return mu;
        });
        return Arbitraries.oneOf(point, uniform, mixture);
    }

    /**
     * The Ising model of generated lists.
     *
     * @param couplings J_ij for i &lt; j in the parameter order of docs/math.md §1, (0,1), (0,2), …
     * @param fields    b_0 … b_{n−1}
     */
    public static IsingModel ising(int n, List<Double> couplings, List<Double> fields, double beta, boolean train) {
        var j = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int l = i + 1; l < n; l++) {
                j[i][l] = couplings.get(k);
                j[l][i] = couplings.get(k);
                k++;
            }
        }
        var b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = fields.get(i);
        }
        return new IsingModel(n, j, b, beta, train);
    }

    /** The n×m RBM weight matrix of a generated list, row-major (W_ij at i·m + j); values past n·m are not read. */
    public static double[][] weightMatrix(int n, int m, List<Double> flat) {
        var w = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                w[i][j] = flat.get(i * m + j);
            }
        }
        return w;
    }
}
