package org.trainability.checks.study;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.RbmModel;

/**
 * Generated reversible kernels for the O5 and O6 identities: Ising models N = 3 … 6 with couplings
 * and fields in [−1, 1] (fields trained or not), β ∈ [0.1, 2], under random-scan, symmetric-scan or
 * metropolis; ferromagnets (J ∈ [0.3, 0.5], |b| ≤ 0.05, β ∈ [1, 2]) whose relevant modes are slow,
 * so that the plateau (γ_eff small) is reached; and RBMs (n = 2 … 4, m = 1 … 3, weights and fields in [−1.2, 1.2]) under block-rbm.
 * Bounded so that no chain is numerically reducible (β·|J| ≤ 2). Stateless.
 */
public final class ReversibleCases {

    private static final KernelName[] SINGLE_SITE = {KernelName.RANDOM_SCAN, KernelName.SYMMETRIC_SCAN, KernelName.METROPOLIS};

    private ReversibleCases() {
    }

    public static Arbitrary<KernelCase> any() {
        return Arbitraries.frequencyOf(Tuple.of(3, ising(-1, 1, 1, 0.1, 2)), Tuple.of(1, ising(0.3, 0.5, 0.05, 1, 2)),
                Tuple.of(1, rbm()));
    }

    /** Couplings in [jLow, jHigh], fields in [−bMax, bMax], β in [betaLow, betaHigh]. */
    private static Arbitrary<KernelCase> ising(double jLow, double jHigh, double bMax, double betaLow, double betaHigh) {
        return Arbitraries.integers().between(3, 6).flatMap(n -> {
            int pairs = n * (n - 1) / 2;
            var couplings = Arbitraries.doubles().between(jLow, jHigh).list().ofSize(pairs);
            var fields = Arbitraries.doubles().between(-bMax, bMax).list().ofSize(n);
            var beta = Arbitraries.doubles().between(betaLow, betaHigh);
            var train = Arbitraries.of(true, false);
            var kernel = Arbitraries.of(SINGLE_SITE);
            return Combinators.combine(couplings, fields, beta, train, kernel)
                    .as((c, f, bt, tr, k) -> new KernelCase(GeneratedModels.ising(n, c, f, bt, tr), k, "ising"));
        });
    }

    private static Arbitrary<KernelCase> rbm() {
        return Arbitraries.integers().between(2, 4).flatMap(n -> Arbitraries.integers().between(1, 3).flatMap(m -> {
            var weights = Arbitraries.doubles().between(-1.2, 1.2).list().ofSize(n * m + n + m);
            var beta = Arbitraries.doubles().between(0.2, 1.5);
            var train = Arbitraries.of(true, false);
            return Combinators.combine(weights, beta, train).as((w, bt, tr) -> {
                var wm = GeneratedModels.weightMatrix(n, m, w);
                var b = new double[n];
                var c = new double[m];
                for (int i = 0; i < n; i++) {
                    b[i] = w.get(n * m + i);
                }
                for (int k = 0; k < m; k++) {
                    c[k] = w.get(n * m + n + k);
                }
                return new KernelCase(new RbmModel(n, m, wm, b, c, bt, tr), KernelName.BLOCK_RBM, "rbm");
            });
        }));
    }
}
