package org.trainability.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.trainability.engine.model.IsingModel;

/**
 * The one place the engine's generated models come from. Regimes are mixed on purpose so the
 * properties meet the chains that break naive code: independent spins (exactly degenerate
 * spectra), weak couplings (near-degenerate clusters), cold ferromagnets with b = 0 (small gaps
 * down to ~1e-6, spin-flip symmetric), cold frustrated models (near-reducible: transition probabilities down to
 * e^{-40}), and generic models with fields. The properties classify what they got with
 * {@code Statistics} and check coverage of each case.
 */
public final class ModelArbitraries {

    private ModelArbitraries() {
    }

    /** The regimes the generator mixes. */
    public enum Regime {
        INDEPENDENT, WEAK, COLD_FERROMAGNET, COLD_FRUSTRATED, GENERIC
    }

    /** Ising models with 2 ≤ N ≤ maxSpins over every regime. */
    public static Arbitrary<IsingModel> isingModels(int maxSpins) {
        return Arbitraries.of(Regime.class).flatMap(r -> isingModels(r, maxSpins));
    }

    /** Ising models with b = 0 (spin-flip symmetric) and fields not trained. */
    public static Arbitrary<IsingModel> symmetricIsingModels(int maxSpins) {
        return isingModels(maxSpins).map(m -> new IsingModel(m.n(), m.couplings(), new double[m.n()], m.beta(), false));
    }

    /** Ising models of one regime. */
    public static Arbitrary<IsingModel> isingModels(Regime regime, int maxSpins) {
        int fewest = regime == Regime.COLD_FERROMAGNET ? 3 : 2;
        return Arbitraries.integers().between(fewest, maxSpins).flatMap(n -> {
            int pairs = n * (n - 1) / 2;
            var couplings = switch (regime) {
                case INDEPENDENT -> Arbitraries.just(0.0).list().ofSize(pairs);
                case WEAK -> Arbitraries.doubles().between(-0.05, 0.05).list().ofSize(pairs);
                case COLD_FERROMAGNET -> Arbitraries.doubles().between(0.2, 0.5).list().ofSize(pairs);
                case COLD_FRUSTRATED -> Arbitraries.doubles().between(-2, 2).list().ofSize(pairs);
                case GENERIC -> Arbitraries.doubles().between(-1, 1).list().ofSize(pairs);
            };
            var fields = switch (regime) {
                case COLD_FERROMAGNET -> Arbitraries.just(0.0).list().ofSize(n);
                case GENERIC, WEAK, COLD_FRUSTRATED -> Arbitraries.doubles().between(-1, 1).list().ofSize(n);
                case INDEPENDENT -> Arbitraries.just(0.0).list().ofSize(n);
            };
            var beta = switch (regime) {
                case COLD_FERROMAGNET -> Arbitraries.doubles().between(1, 2);
                case COLD_FRUSTRATED -> Arbitraries.doubles().between(4, 10);
                default -> Arbitraries.doubles().between(0.1, 2);
            };
            return Combinators.combine(couplings, fields, beta, Arbitraries.of(true, false)).as((c, b, bt, train) -> {
                var j = new double[n][n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    for (int l = i + 1; l < n; l++) {
                        j[i][l] = c.get(k);
                        j[l][i] = c.get(k);
                        k++;
                    }
                }
                var h = new double[n];
                for (int i = 0; i < n; i++) {
                    h[i] = b.get(i);
                }
                return new IsingModel(n, j, h, bt, train);
            });
        });
    }

    /** The largest |β J_ij| of a model. */
    public static double strongestCoupling(IsingModel m) {
        double s = 0;
        for (int i = 0; i < m.n(); i++) {
            for (int j = 0; j < m.n(); j++) {
                s = Math.max(s, Math.abs(m.beta() * m.coupling(i, j)));
            }
        }
        return s;
    }
}
