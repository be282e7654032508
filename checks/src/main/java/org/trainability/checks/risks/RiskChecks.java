package org.trainability.checks.risks;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;

/**
 * The checks of the finding F4 and the risks R3–R6 (R1 and R2 are checked with the exp1 grid and
 * O5.c): F4's phase ratio and the closed form of the sampled positive phase, R3's drift of an
 * empirical Q_op reference, R5's τ ∝ L detection, and R6's PCD tracking lag. Stateless.
 */
public final class RiskChecks {

    private RiskChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                PhaseRatio.check(engine),
                PropertyCheck.of("F4.positive-phase-closed-form", List.of("F4"), PositivePhaseStatements.class,
                        "sampledPositivePhaseErrorHasItsClosedForm", "mirroredConditionalIsCaught", false,
                        "Over generated RBMs, the mean squared error of the engine's sampled positive phase (h drawn "
                                + "given each data state) matches its closed form within 6 exact standard errors; "
                                + "h drawn from the mirrored conditional (a sign error) must be caught."),
                ReferenceDrift.check(engine),
                ResolvedCalibration.check(engine),
                TauGrowsWithLength.check(engine),
                TrackingLag.check(engine));
    }
}
