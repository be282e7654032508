package org.trainability.checks.obligations;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;

/**
 * The checks of the obligations O1–O4: numerical checks on the study models ({@link StudyModels})
 * — exact formulas against brute-force matrix powers, and the sampler against the exact values —
 * and a property check each over generated models; every one with a known-bad input it must
 * reject (a non-reversible kernel with the gate waived, a faulty sampler, coupled chains).
 * Stateless.
 */
public final class ObligationChecks {

    private ObligationChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                MseDecomposition.check(engine),
                PropertyCheck.of("O1.mse-decomposition-generated", List.of("O1"), MseDecompositionProperties.class,
                        "errorOfTwoChainsIsBiasSquaredPlusHalfTheVariance",
                        "errorOfTwoCoupledChainsIsBiasSquaredPlusHalfTheVariance", true,
                        "Over generated models, kernels, start laws, B and K: the exact error of two independent"
                                + " chains (brute force on the chain of pairs) equals bias^2 + Var/2; perfectly"
                                + " coupled chains must falsify it."),
                BiasFormula.check(engine),
                PropertyCheck.of("O2.bias-generated", List.of("O2"), BiasProperties.class,
                        "spectralBiasEqualsBruteForceAndDecaysGeometrically",
                        "spectralBiasOfSystematicScanEqualsBruteForce", true,
                        "Over generated reversible kernels, start laws, B and K: spectral bias = brute force and"
                                + " |bias_a| <= C_a (1-gamma*)^B; systematic scan must falsify it."),
                FiniteWindowVariance.exactCheck(engine),
                FiniteWindowVariance.samplerCheck(engine),
                PropertyCheck.of("O3.finite-window-variance-generated", List.of("O3"), VarianceProperties.class,
                        "finiteWindowVarianceEqualsBruteForce", "finiteWindowVarianceOfSystematicScanEqualsBruteForce",
                        true, "Over generated reversible kernels and windows: closed-form finite-K variance = brute"
                                + " force, remainder inside O3's bounds; systematic scan must falsify it."),
                AutocorrelationTime.check(engine),
                PropertyCheck.of("O4.tau-representations-generated", List.of("O4"),
                        AutocorrelationTimeProperties.class, "spectralPoissonAndDirectTauAgree",
                        "spectralTauOfSystematicScanEqualsDirectSum", true,
                        "Over generated reversible kernels: spectral, Poisson and direct-autocovariance tau_int Var"
                                + " agree and T_O = 1/2 tr S; systematic scan must falsify it."));
    }
}
