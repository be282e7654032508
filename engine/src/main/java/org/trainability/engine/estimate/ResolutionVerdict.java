package org.trainability.engine.estimate;

import java.util.List;

/**
 * The verdict on one τ̂ estimate and what it rests on.
 *
 * @param resolution   RESOLVED or UNRESOLVED
 * @param estimate     the estimate from the full length L
 * @param tauQuarter   τ̂ from the first L/4 values of every chain ({@code NaN} when unavailable)
 * @param tauHalf      τ̂ from the first L/2 values
 * @param growthSlope  least-squares slope of log τ̂ against log L over (L/4, L/2, L);
 *                     {@code NaN} when some of the three is unavailable
 * @param lengthInTaus L / τ̂ (the rule needs at least 50)
 * @param reasons      why it is UNRESOLVED, one sentence each; empty when RESOLVED
 */
public record ResolutionVerdict(Resolution resolution, TauEstimate estimate, double tauQuarter, double tauHalf,
                                double growthSlope, double lengthInTaus, List<String> reasons) {

    public ResolutionVerdict {
        reasons = List.copyOf(reasons);
        if (resolution.isResolved() != reasons.isEmpty()) {
            throw new IllegalArgumentException("a verdict is RESOLVED exactly when no reason speaks against it");
        }
    }
}
