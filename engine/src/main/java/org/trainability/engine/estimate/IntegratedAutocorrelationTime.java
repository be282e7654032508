package org.trainability.engine.estimate;

/**
 * τ̂_int with Sokal's automatic window, as emcee computes it (docs/math.md §5): ρ̂ is the
 * chain-averaged normalised autocorrelation ({@link Autocorrelation}), {@code τ_e(W) = 1 + 2
 * Σ_{t=1}^{W} ρ̂(t)}, the window W is the smallest W with {@code W ≥ c·τ_e(W)} (c = 5 by
 * default), and the reported value is {@code τ̂_int = τ_e(W)/2}, so that an i.i.d. series has
 * τ̂ ≈ ½ and an AR(1) series with coefficient ρ has τ̂ ≈ (1+ρ)/(2(1−ρ)).
 *
 * <p>Failure modes: when no window up to L−1 satisfies the condition the estimate uses W = L−1 and
 * says so ({@link TauEstimate#windowFound()} false); when a chain is constant the estimate is
 * {@code NaN}. Neither throws: both are reasons for an UNRESOLVED verdict
 * ({@link ResolutionRule}). Stateless and thread-safe.
 */
public final class IntegratedAutocorrelationTime {

    /** Sokal's window constant as emcee uses it. */
    public static final double DEFAULT_C = 5.0;

    private IntegratedAutocorrelationTime() {
    }

    /**
     * Estimates τ_int from the whole of every chain.
     *
     * @param chains one row per chain, all of one length ≥ 2. Not modified.
     * @param c      the window constant (positive, finite)
     * @return the estimate
     * @throws IllegalArgumentException for no chains, unequal lengths, non-finite values or a bad c
     */
    public static TauEstimate estimate(double[][] chains, double c) {
        int length = validate(chains, c);
        return estimate(chains, length, c);
    }

    /**
     * Estimates τ_int from the first {@code length} values of every chain (used for the growth test
     * at L/4, L/2, L).
     *
     * @param chains one row per chain, each at least {@code length} long. Not modified.
     * @param length the prefix length, at least 2
     * @param c      the window constant
     * @return the estimate
     */
    public static TauEstimate estimate(double[][] chains, int length, double c) {
        var rho = Autocorrelation.averaged(chains, length);
        int m = chains.length;
        if (Double.isNaN(rho[0])) {
            return new TauEstimate(Double.NaN, 0, false, length, m, c, Double.NaN, Double.NaN);
        }
        double tauE = 1.0;
        int window = -1;
        for (int w = 1; w < length; w++) {
            tauE += 2 * rho[w];
            if (w >= c * tauE) {
                window = w;
                break;
            }
        }
        boolean found = window > 0;
        if (!found) {
            window = length - 1;
        }
        double tau = tauE / 2;
        double total = (double) m * length;
        double ess = total / (2 * tau);
        double se = tau * Math.sqrt(2.0 * (2 * window + 1) / total);
        return new TauEstimate(tau, window, found, length, m, c, ess, se);
    }

    /**
     * Checks chains for use and returns their common length.
     *
     * @throws IllegalArgumentException naming the chain and index of the first problem
     */
    static int validate(double[][] chains, double c) {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("the window constant c must be positive and finite, got " + c);
        }
        if (chains.length == 0) {
            throw new IllegalArgumentException("no chains given");
        }
        int length = chains[0].length;
        for (int k = 0; k < chains.length; k++) {
            if (chains[k].length != length) {
                throw new IllegalArgumentException("chain " + k + " has " + chains[k].length
                        + " values but chain 0 has " + length + "; all chains must be equally long");
            }
            for (int t = 0; t < length; t++) {
                if (!Double.isFinite(chains[k][t])) {
                    throw new IllegalArgumentException("chain " + k + ", step " + t + " is " + chains[k][t]
                            + "; every value must be a finite number");
                }
            }
        }
        if (length < 2) {
            throw new IllegalArgumentException("each chain needs at least 2 values, got " + length);
        }
        return length;
    }
}
