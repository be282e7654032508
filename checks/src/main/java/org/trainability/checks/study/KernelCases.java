package org.trainability.checks.study;

import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.RbmModel;

/**
 * The generators of the O1.c properties, in one place. Spin-flip-symmetric cases: Ising models with
 * b = 0 and fields not trained, N = 2 … 6, in four regimes — independent spins (J = 0: exactly
 * degenerate spectra), weak couplings (near-degenerate clusters), ferromagnets (an odd slow mode,
 * gaps down to ~1e-6), frustrated couplings — under random-scan, symmetric-scan or metropolis; and
 * RBMs with b = c = 0, n = 2 … 5 visible, m = 1 … 4 hidden, under block-rbm. Couplings are bounded
 * (β·|J| ≤ 2) so that no full chain is numerically reducible (a gap below rounding would make the
 * floating-point comparison meaningless, not the statement false). Broken-symmetry cases are the
 * same with non-zero fields (|b_0| ≥ 0.2), still with fields not trained. Stateless.
 */
public final class KernelCases {

    private static final KernelName[] SINGLE_SITE = {KernelName.RANDOM_SCAN, KernelName.SYMMETRIC_SCAN, KernelName.METROPOLIS};

    private KernelCases() {
    }

    /** Spin-flip-symmetric cases (3 in 4 Ising, 1 in 4 RBM). */
    public static Arbitrary<KernelCase> symmetric() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, ising(false)), net.jqwik.api.Tuple.of(1, rbm(false)));
    }

    /** The same families with the symmetry broken by fields. */
    public static Arbitrary<KernelCase> broken() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, ising(true)), net.jqwik.api.Tuple.of(1, rbm(true)));
    }

    private static Arbitrary<KernelCase> ising(boolean withField) {
        var regimes = Arbitraries.of("independent", "weak", "ferromagnet", "frustrated");
        return regimes.flatMap(regime -> Arbitraries.integers().between(2, 6).flatMap(n -> {
            int pairs = n * (n - 1) / 2;
            var couplings = switch (regime) {
                case "independent" -> Arbitraries.just(0.0).list().ofSize(pairs);
                case "weak" -> Arbitraries.doubles().between(-0.05, 0.05).list().ofSize(pairs);
                case "ferromagnet" -> Arbitraries.doubles().between(0.2, 0.5).list().ofSize(pairs);
                default -> Arbitraries.doubles().between(-1, 1).list().ofSize(pairs);
            };
            var beta = regime.equals("ferromagnet") ? Arbitraries.doubles().between(1, 2)
                    : Arbitraries.doubles().between(0.1, 2);
            var fields = withField ? Arbitraries.doubles().between(-1, 1).list().ofSize(n) : Arbitraries.just(0.0).list().ofSize(n);
            var firstField = withField ? Arbitraries.doubles().between(0.2, 1) : Arbitraries.just(0.0);
            var kernel = Arbitraries.of(SINGLE_SITE);
            return Combinators.combine(couplings, beta, fields, firstField, kernel).as((c, bt, f, f0, k) -> {
                var b = new ArrayList<>(f);
                b.set(0, withField ? f0 : 0.0);
                return new KernelCase(GeneratedModels.ising(n, c, b, bt, false), k, regime);
            });
        }));
    }

    private static Arbitrary<KernelCase> rbm(boolean withFields) {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Arbitraries.integers().between(1, 4).flatMap(m -> {
            var weights = Arbitraries.doubles().between(-1.5, 1.5).list().ofSize(n * m);
            var beta = Arbitraries.doubles().between(0.2, 1.3);
            var field = withFields ? Arbitraries.doubles().between(0.2, 1) : Arbitraries.just(0.0);
            return Combinators.combine(weights, beta, field).as((w, bt, f) -> {
                var wm = GeneratedModels.weightMatrix(n, m, w);
                var b = new double[n];
                var c = new double[m];
                b[0] = f;
                c[0] = f;
                return new KernelCase(new RbmModel(n, m, wm, b, c, bt, false), KernelName.BLOCK_RBM, "rbm");
            });
        }));
    }
}
