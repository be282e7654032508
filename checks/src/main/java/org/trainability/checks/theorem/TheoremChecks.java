package org.trainability.checks.theorem;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;

/**
 * The checks of O1.c, O5, O5.c, O6, the theorem tiers (T-cond, T-op), H-single, R1, R2 and the
 * exp1/exp2 grids. Every one has a negative control. Stateless; the checks it returns are
 * thread-safe.
 */
public final class TheoremChecks {

    private TheoremChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                lumpingStatement(),
                LumpedSamplerLaw.check(engine),
                plateauForm(),
                assemblyIdentity(),
                BulkRestriction.check(engine),
                PlateauAssembly.check(engine),
                MembershipEdge.check(engine),
                Exp1Grid.check(engine),
                SingleGapSupersession.check(engine),
                RbmSmokeExperiment.check(engine));
    }

    /** O5's exact identities (claims 1, 2, 3, 5) on generated reversible kernels. */
    static PropertyCheck plateauForm() {
        return PropertyCheck.of("O5.plateau-identities", List.of("O5", "T-cond"), PlateauFormProperties.class,
                "plateauFormIdentitiesHold", "plateauFormWithoutItsCorrectionHolds", false,
                "O5's exact identities on 200 generated reversible kernels and 4 values of epsilon: Q_perp_C* ="
                        + " (KM/2)|g|^2/T_pl, T_C* = T_pl(1 - gamma_eff/2), Q_perp/Q_perp_C* = (1 - s_bulk)/(1 - gamma_eff/2),"
                        + " gamma_eff between the extreme gaps of C*; falsified without the (1 - gamma_eff/2) factor");
    }

    /** O6's identity at stationarity with its remainder and bounds, on generated reversible kernels. */
    static PropertyCheck assemblyIdentity() {
        return PropertyCheck.of("O6.assembly-identity", List.of("O6", "T-cond"), AssemblyIdentityProperties.class,
                "assemblyIdentityHoldsAtStationarity", "identityWithoutRemainderHolds", false,
                "O6's exact identity Q_op = Q_perp/(1 + r_bar) at stationarity, r_bar assembled from O3's per-mode"
                        + " remainders and inside its bounds, on 200 generated reversible kernels with K in [1, 1e5];"
                        + " falsified when the remainder is dropped at short windows");
    }

    /** O1.c's statement over 1,000 generated spin-flip-symmetric cases (the proven-here check). */
    static PropertyCheck lumpingStatement() {
        return PropertyCheck.of("O1.c.lumped-statement", List.of("O1.c"), SpinFlipLumpingProperties.class,
                "lumpedChainIsMarkovWithTheEvenSpectrumAndTheSameSnr", "aFieldBreaksTheStatement", true,
                "O1.c claims 1-4 on 1,000 generated spin-flip-symmetric models and kernels (random-scan, symmetric-scan,"
                        + " metropolis, block-rbm): strongly lumpable, lumped spectrum = even-sector spectrum, and the same"
                        + " T_O, Q_op(K), Q_perp, C*(O), gamma_eff on the lumped and the projected chain; falsified with a field");
    }
}
