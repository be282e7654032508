package org.trainability.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one τ̂ estimate and what it rests on. The reasons come in two groups, so that the
 * within-chain part of the rule (a window, L ≥ 50 τ̂, no growth) can be read on its own: that was
 * the whole rule before R̂ and the bulk ESS joined it, and the calibration of docs/sampling.md
 * compares the two.
 *
 * @param estimate           the estimate from the full length L
 * @param tauQuarter         τ̂ from the first L/4 values of every chain ({@code NaN} when unavailable)
 * @param tauHalf            τ̂ from the first L/2 values
 * @param growthSlope        least-squares slope of log τ̂ against log L over (L/4, L/2, L);
 *                           {@code NaN} when some of the three is unavailable
 * @param lengthInTaus       L / τ̂ (the rule needs at least 50)
 * @param diagnostics        the multi-chain diagnostics of the chains (R̂, bulk and tail ESS, MCSE);
 *                           empty for chains shorter than 4
 * @param withinChainReasons why the within-chain conditions fail, one sentence each
 * @param mixingReasons      why R̂ or the bulk ESS speak against the chains, one sentence each
 */
public record ResolutionVerdict(TauEstimate estimate, double tauQuarter, double tauHalf, double growthSlope,
                                double lengthInTaus, Optional<ChainDiagnostics.Summary> diagnostics,
                                List<String> withinChainReasons, List<String> mixingReasons) {

    public ResolutionVerdict {
        withinChainReasons = List.copyOf(withinChainReasons);
        mixingReasons = List.copyOf(mixingReasons);
    }

    /** RESOLVED exactly when no reason speaks against the estimate. */
    public Resolution resolution() {
        return reasons().isEmpty() ? Resolution.RESOLVED : Resolution.UNRESOLVED;
    }

    /** Whether the within-chain conditions alone hold (the rule before R̂ and the bulk ESS joined it). */
    public boolean withinChainResolved() {
        return withinChainReasons.isEmpty();
    }

    /** Why it is UNRESOLVED, one sentence each; empty when RESOLVED. */
    public List<String> reasons() {
        var all = new ArrayList<String>(withinChainReasons);
        all.addAll(mixingReasons);
        return List.copyOf(all);
    }
}
