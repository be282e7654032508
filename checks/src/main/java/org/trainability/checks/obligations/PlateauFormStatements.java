package org.trainability.checks.obligations;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.KernelCase;
import org.trainability.checks.study.ReversibleCases;
import org.trainability.engine.exact.EnumeratedLaw;

/**
 * O5's exact identities as jqwik properties, on generated reversible kernels ({@link ReversibleCases})
 * and ε ∈ {1e-4, 1e-3, 1e-2, 0.1}, K = 1000, one chain, wherever C*(O) is not empty:
 * <ol>
 *   <li>claim 1: the engine's {@code Q⊥_C* = γ_eff K M/2 · R_eff} equals {@code (KM/2)‖g‖²/T^pl},
 *       {@code T^pl = Σ_{C*} W_c/γ_c} (relative 1e-12);</li>
 *   <li>claim 2: {@code T_{C*} = T^pl (1 − γ_eff/2)} (relative 1e-12);</li>
 *   <li>claim 3: {@code Q⊥/Q⊥_C* = (1 − s_bulk)/(1 − γ_eff/2)} (relative 1e-9: s_bulk is a
 *       difference of two sums);</li>
 *   <li>claim 5: {@code min_{C*} γ_c ≤ γ_eff ≤ max_{C*} γ_c} (to 1e-12).</li>
 * </ol>
 * The negative control asserts the plateau form without its correction,
 * {@code Q⊥/Q⊥_C* = 1 − s_bulk}, on the same cases; it must be falsified (γ_eff is of order one on
 * generic kernels). Kernels come from {@link EngineUnderTest#real()}. Instances are made by jqwik.
 */
public class PlateauFormStatements {

    static final double[] EPSILONS = {1e-4, 1e-3, 1e-2, 0.1};
    static final long WINDOW = 1000;

    private final EngineUnderTest engine = EngineUnderTest.real();

    @Provide
    Arbitrary<KernelCase> kernels() {
        return ReversibleCases.any();
    }

    @Property(tries = 200, seed = "2026060105", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    public void plateauFormIdentitiesHold(@ForAll("kernels") KernelCase c) {
        var a = analyse(c);
        Assume.that(satisfiesA3(a));
        for (double eps : EPSILONS) {
            if (a.spectral().relevantModes(eps).isEmpty()) {
                continue;
            }
            var p = a.spectral().predict(a.gradient(), WINDOW, 1, eps);
            double tPl = a.plateauTime(eps);
            double tC = a.relevantTime(eps);
            double sBulk = a.bulkShare(eps);
            double expected = WINDOW / 2.0 * p.gradNorm2() / tPl;
            require(close(p.qPerpCStar(), expected, 1e-12), "claim 1 at eps %s: Q_perp_C* = %.15e, (KM/2)|g|^2/T_pl = %.15e",
                    eps, p.qPerpCStar(), expected);
            require(close(tC, tPl * (1 - p.gammaEff() / 2), 1e-12), "claim 2 at eps %s: T_C* = %.15e, T_pl(1 - g/2) = %.15e",
                    eps, tC, tPl * (1 - p.gammaEff() / 2));
            double ratio = p.qPerp() / p.qPerpCStar();
            double formula = (1 - sBulk) / (1 - p.gammaEff() / 2);
            require(close(ratio, formula, 1e-9), "claim 3 at eps %s: Q_perp/Q_perp_C* = %.15f, (1 - s_bulk)/(1 - gamma_eff/2) = %.15f",
                    eps, ratio, formula);
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (var m : a.spectral().relevantModes(eps)) {
                min = Math.min(min, 1 - m.lambda());
                max = Math.max(max, 1 - m.lambda());
            }
            require(p.gammaEff() >= min * (1 - 1e-12) && p.gammaEff() <= max * (1 + 1e-12),
                    "claim 5 at eps %s: gamma_eff = %.15f outside [%.15f, %.15f]", eps, p.gammaEff(), min, max);
            Statistics.label("gamma_eff above 0.1 (order one)").collect(p.gammaEff() > 0.1);
        }
        Statistics.label("gamma_eff above 0.1 (order one)").coverage(k -> {
            k.check(true).percentage(p -> p >= 20);
            k.check(false).percentage(p -> p >= 5);
        });
    }

    /** The negative control: the plateau form without its {@code 1 − γ_eff/2} factor; must be falsified. */
    @Property(tries = 50, seed = "2026060106", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    public void plateauFormWithoutItsCorrectionHolds(@ForAll("kernels") KernelCase c) {
        var a = analyse(c);
        Assume.that(satisfiesA3(a));
        double eps = 1e-3;
        if (a.spectral().relevantModes(eps).isEmpty()) {
            return;
        }
        var p = a.spectral().predict(a.gradient(), WINDOW, 1, eps);
        double ratio = p.qPerp() / p.qPerpCStar();
        require(close(ratio, 1 - a.bulkShare(eps), 1e-9), "uncorrected plateau form: Q_perp/Q_perp_C* = %.15f, 1 - s_bulk = %.15f",
                ratio, 1 - a.bulkShare(eps));
    }

    /**
     * A3, which the identities presuppose (γ_c ∈ (0, 2) for c ≠ 1): a gap above rounding and no
     * eigenvalue at −1 (generated edge cases such as Metropolis on free spins are periodic).
     */
    static boolean satisfiesA3(ExactAnalysis a) {
        var spectrum = a.spectral().spectrum();
        return spectrum.gap() > 1e-10 && spectrum.smallest() > -1 + 1e-9;
    }

    private ExactAnalysis analyse(KernelCase c) {
        var law = EnumeratedLaw.of(c.model());
        return ExactAnalysis.of(c.toString(), law, engine.kernel(c.kernel(), c.model()));
    }

    static boolean close(double actual, double expected, double relative) {
        return Double.compare(actual, expected) == 0 || Math.abs(actual - expected) <= relative * Math.abs(expected);
    }

    static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(format, args));
        }
    }
}
