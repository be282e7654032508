package org.trainability.checks.obligations;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;
import org.trainability.checks.study.StudyModels;

/**
 * The checks of the proof obligations O1–O6 (with O1.c and O5.c): numerical checks on the study
 * models ({@link StudyModels}) — exact formulas against brute-force matrix powers, and the sampler
 * against the exact values — and property checks over generated models and kernels; every one with
 * a known-bad input it must reject (a non-reversible kernel with the gate waived, a faulty sampler,
 * coupled chains, a field that breaks the symmetry). Stateless.
 */
public final class ObligationChecks {

    private ObligationChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                MseDecomposition.check(engine),
                PropertyCheck.of("O1.mse-decomposition-generated", List.of("O1"), MseDecompositionStatements.class,
                        "errorOfTwoChainsIsBiasSquaredPlusHalfTheVariance",
                        "errorOfTwoCoupledChainsIsBiasSquaredPlusHalfTheVariance", true,
                        "Over generated models, kernels, start laws, B and K: the exact error of two independent"
                                + " chains (brute force on the chain of pairs) equals bias^2 + Var/2; perfectly"
                                + " coupled chains must falsify it."),
                BiasFormula.check(engine),
                PropertyCheck.of("O2.bias-generated", List.of("O2"), BiasStatements.class,
                        "spectralBiasEqualsBruteForceAndDecaysGeometrically",
                        "spectralBiasOfSystematicScanEqualsBruteForce", true,
                        "Over generated reversible kernels, start laws, B and K: spectral bias = brute force and"
                                + " |bias_a| <= C_a (1-gamma*)^B; systematic scan must falsify it."),
                FiniteWindowVariance.check(engine),
                SampledVariance.check(engine),
                PropertyCheck.of("O3.finite-window-variance-generated", List.of("O3"), VarianceStatements.class,
                        "finiteWindowVarianceEqualsBruteForce", "finiteWindowVarianceOfSystematicScanEqualsBruteForce",
                        true, "Over generated reversible kernels and windows: closed-form finite-K variance = brute"
                                + " force, remainder inside O3's bounds; systematic scan must falsify it."),
                AutocorrelationTime.check(engine),
                RingClosedForm.check(engine),
                PropertyCheck.of("O4.tau-representations-generated", List.of("O4"),
                        AutocorrelationTimeStatements.class, "spectralPoissonAndDirectTauAgree",
                        "spectralTauOfSystematicScanEqualsDirectSum", true,
                        "Over generated reversible kernels: spectral, Poisson and direct-autocovariance tau_int Var"
                                + " agree and T_O = 1/2 tr S; systematic scan must falsify it."),
                lumpingStatement(),
                LumpedSamplerLaw.check(engine),
                plateauForm(),
                assemblyIdentity(),
                BulkRestriction.check(engine),
                MembershipEdge.check(engine));
    }

    /** O5's exact identities (claims 1, 2, 3, 5) on generated reversible kernels. */
    static PropertyCheck plateauForm() {
        return PropertyCheck.of("O5.plateau-identities", List.of("O5", "T-cond"), PlateauFormStatements.class,
                "plateauFormIdentitiesHold", "plateauFormWithoutItsCorrectionHolds", false,
                "O5's exact identities on 200 generated reversible kernels and 4 values of epsilon: Q_perp_C* ="
                        + " (KM/2)|g|^2/T_pl, T_C* = T_pl(1 - gamma_eff/2), Q_perp/Q_perp_C* = (1 - s_bulk)/(1 - gamma_eff/2),"
                        + " gamma_eff between the extreme gaps of C*; falsified without the (1 - gamma_eff/2) factor");
    }

    /** O6's identity at stationarity with its remainder and bounds, on generated reversible kernels. */
    static PropertyCheck assemblyIdentity() {
        return PropertyCheck.of("O6.assembly-identity", List.of("O6", "T-cond"), AssemblyIdentityStatements.class,
                "assemblyIdentityHoldsAtStationarity", "identityWithoutRemainderHolds", false,
                "O6's exact identity Q_op = Q_perp/(1 + r_bar) at stationarity, r_bar assembled from O3's per-mode"
                        + " remainders and inside its bounds, on 200 generated reversible kernels with K in [1, 1e5];"
                        + " falsified when the remainder is dropped at short windows");
    }

    /** O1.c's statement over 1,000 generated spin-flip-symmetric cases (the proven-here check). */
    static PropertyCheck lumpingStatement() {
        return PropertyCheck.of("O1.c.lumped-statement", List.of("O1.c"), SpinFlipLumpingStatements.class,
                "lumpedChainIsMarkovWithTheEvenSpectrumAndTheSameSnr", "aFieldBreaksTheStatement", true,
                "O1.c claims 1-4 on 1,000 generated spin-flip-symmetric models and kernels (random-scan, symmetric-scan,"
                        + " metropolis, block-rbm): strongly lumpable, lumped spectrum = even-sector spectrum, and the same"
                        + " T_O, Q_op(K), Q_perp, C*(O), gamma_eff on the lumped and the projected chain; falsified with a field");
    }
}
