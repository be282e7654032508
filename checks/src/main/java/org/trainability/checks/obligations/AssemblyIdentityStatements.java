package org.trainability.checks.obligations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.KernelCase;
import org.trainability.checks.study.ReversibleCases;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.spectral.SpectralAnalysis;

/**
 * O6's exact identity at stationarity (η_B = ϑ = 0: μ0 = π and an exact positive phase) as a jqwik
 * property, on generated reversible kernels ({@link ReversibleCases}), windows K log-uniform in
 * [1, 10^5] and M ∈ 1 … 4 chains:
 * <ol>
 *   <li>{@code Q_op(K) = Q⊥(K)/(1 + r̄)}, where the engine's exact Q_op and Q⊥ give r̄, equals the
 *       remainder assembled mode by mode from O3, {@code r̄ = −Σ_c W_c m_c e_c / Σ_c W_c m_c} with
 *       {@code m_c = (1+λ_c)/(1−λ_c)} and {@code e_c = 2λ_c(1−λ_c^K)/(K(1−λ_c)(1+λ_c))} (relative
 *       1e-9, absolute 1e-12);</li>
 *   <li>its bounds: {@code r̄ ≤ max_a 2/(K τ_int[f_a])} and, for L ∈ {1, 10, 100},
 *       {@code r̄ ≥ −(1/L + s(L))}, s(L) the largest share of {@code 2τ_int Var_π} carried by
 *       clusters with γ_c K &lt; L.</li>
 * </ol>
 * The negative control asserts the identity without its remainder, {@code Q_op(K) = Q⊥(K)}, at
 * windows K ≤ 20; it must be falsified. Kernels come from {@link EngineUnderTest#real()}.
 * Instances are made by jqwik.
 */
public class AssemblyIdentityStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    @Provide
    Arbitrary<KernelCase> kernels() {
        return ReversibleCases.any();
    }

    @Provide
    Arbitrary<Long> windows() {
        return Arbitraries.doubles().between(0, 5).map(e -> Math.max(1, Math.round(Math.pow(10, e))));
    }

    @Property(tries = 200, seed = "2026060107", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    public void assemblyIdentityHoldsAtStationarity(@ForAll("kernels") KernelCase c, @ForAll("windows") long k,
            @ForAll @IntRange(min = 1, max = 4) int chains) {
        var a = analyse(c);
        Assume.that(PlateauFormStatements.satisfiesA3(a));
        var p = a.spectral().predict(a.gradient(), k, chains, ExactAnalysis.EPSILON);
        double rBar = p.qPerp() / p.qOp() - 1;
        var clusters = a.spectral().spectrum().clusters();
        var w = a.spectral().clusterWeights();
        double num = 0;
        double den = 0;
        for (int cl = 1; cl < clusters.size(); cl++) {
            double lambda = clusters.get(cl).lambda();
            double wc = w.clusterTotal(cl);
            // m_c e_c, written so that it stays finite as λ_c → −1.
            double m = (1 + lambda) / (1 - lambda);
            double me = 2 * lambda * (1 - Math.pow(lambda, k)) / (k * (1 - lambda) * (1 - lambda));
            num += wc * me;
            den += wc * m;
        }
        double assembled = -num / den;
        PlateauFormStatements.require(Math.abs(rBar - assembled) <= 1e-12 + 1e-9 * Math.abs(assembled),
                "identity: Q_perp/Q_op - 1 = %.15e, assembled from O3's modes %.15e (K = %d)", rBar, assembled, k);
        double upper = 0;
        for (double tau : a.spectral().tauInt()) {
            if (tau > 0) {
                upper = Math.max(upper, 2 / (k * tau));
            }
        }
        PlateauFormStatements.require(rBar <= upper + 1e-12, "bound: r-bar = %.6e above max_a 2/(K tau_a) = %.6e", rBar, upper);
        for (double l : new double[] {1, 10, 100}) {
            double s = slowShare(a.spectral(), k, l);
            PlateauFormStatements.require(rBar >= -(1 / l + s) - 1e-12, "bound: r-bar = %.6e below -(1/L + s(L)) = %.6e at L = %s",
                    rBar, -(1 / l + s), l);
        }
        Statistics.label("|r-bar| above 1e-3").collect(Math.abs(rBar) > 1e-3);
        Statistics.label("|r-bar| above 1e-3").coverage(s -> {
            // Both regimes: short windows (a large remainder) and asymptotic ones.
            s.check(true).percentage(x -> x >= 10);
            s.check(false).percentage(x -> x >= 10);
        });
    }

    /** The negative control: Q_op = Q⊥ exactly (no remainder) at short windows; must be falsified. */
    @Property(tries = 50, seed = "2026060108", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    public void identityWithoutRemainderHolds(@ForAll("kernels") KernelCase c, @ForAll @IntRange(min = 1, max = 20) int k) {
        var a = analyse(c);
        var p = a.spectral().predict(a.gradient(), k, 1, ExactAnalysis.EPSILON);
        PlateauFormStatements.require(PlateauFormStatements.close(p.qOp(), p.qPerp(), 1e-6),
                "Q_op = %.10e but Q_perp = %.10e at K = %d", p.qOp(), p.qPerp(), k);
    }

    /** s(L): the largest share, over observables, of {@code 2τ_int Var_π} on clusters with γ_c K < L. */
    private static double slowShare(SpectralAnalysis s, long k, double l) {
        var clusters = s.spectrum().clusters();
        double worst = 0;
        for (int a = 0; a < s.clusterWeights().parameterCount(); a++) {
            double slow = 0;
            double all = 0;
            for (int c = 1; c < clusters.size(); c++) {
                double lambda = clusters.get(c).lambda();
                double part = s.clusterWeights().weight(a, c) * (1 + lambda) / (1 - lambda);
                all += part;
                if ((1 - lambda) * k < l) {
                    slow += part;
                }
            }
            if (all > 0) {
                worst = Math.max(worst, slow / all);
            }
        }
        return worst;
    }

    private ExactAnalysis analyse(KernelCase c) {
        var law = EnumeratedLaw.of(c.model());
        return ExactAnalysis.of(c.toString(), law, engine.kernel(c.kernel(), c.model()));
    }
}
