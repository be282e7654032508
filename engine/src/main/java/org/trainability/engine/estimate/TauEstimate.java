package org.trainability.engine.estimate;

/**
 * One estimate of the integrated autocorrelation time (docs/math.md §5, half-Sokal convention).
 *
 * @param tauInt        τ̂_int = τ_e(W)/2, or {@code NaN} when some chain was constant (no estimate)
 * @param window        the automatic window W: the smallest W with W ≥ c·τ_e(W), or L−1 when
 *                      no W up to L−1 qualifies ({@code windowFound} is then false)
 * @param windowFound   whether the window condition was met inside the series
 * @param length        L, the number of values per chain used
 * @param chains        M, the number of chains averaged
 * @param c             the window constant c
 * @param ess           the effective sample size over all chains, {@code M·L / (2 τ̂_int)}
 * @param standardError Sokal's large-L standard error {@code τ̂·sqrt(2(2W+1)/(M·L))}
 */
public record TauEstimate(double tauInt, int window, boolean windowFound, int length, int chains, double c,
                          double ess, double standardError) {

    /** True when a number was obtained (no constant chain); says nothing about resolution. */
    public boolean isAvailable() {
        return Double.isFinite(tauInt);
    }
}
