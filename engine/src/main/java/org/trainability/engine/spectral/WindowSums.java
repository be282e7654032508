package org.trainability.engine.spectral;

/**
 * Closed forms for sums over a window of K consecutive steps of a mode with eigenvalue λ, computed
 * without cancellation where it matters. Stateless; thread-safe.
 */
public final class WindowSums {

    private WindowSums() {
    }

    /**
     * {@code V(λ,K) = Σ_{s,t<K} λ^{|s-t|} = K(1+λ)/(1-λ) - 2λ(1-λ^K)/(1-λ)²}, the factor of
     * {@code W_{a,c}} in the finite-window variance (docs/math.md §4: MSE(K) = (1/M) Σ W V / K²).
     * For λ close to 1 with K(1-λ) &lt; 0.1 the closed form cancels (each term ~2K/(1-λ) against
     * a result ~K²); there, for K ≤ 2^22, it sums {@code K + 2Σ_d (K-d) λ^d} directly with
     * {@code λ^d = exp(d log λ)}.
     */
    public static double pairSum(double lambda, long k) {
        if (k < 1) {
            throw new IllegalArgumentException("the window K must be >= 1, got " + k);
        }
        if (lambda == 1) {
            return (double) k * k;
        }
        double q = 1 - lambda;
        if (lambda > 0 && k * q < 0.1 && k <= (1L << 22)) {
            double logLambda = Math.log1p(-q);
            double s = 0;
            for (long d = k - 1; d >= 1; d--) {
                s += (k - d) * Math.exp(d * logLambda);
            }
            return k + 2 * s;
        }
        return k * (1 + lambda) / q - 2 * lambda * oneMinusPower(lambda, k) / (q * q);
    }

    /**
     * {@code Σ_{t<K} λ^t = (1-λ^K)/(1-λ)} (K when λ = 1).
     */
    public static double geometric(double lambda, long k) {
        if (lambda == 1) {
            return k;
        }
        return oneMinusPower(lambda, k) / (1 - lambda);
    }

    /** {@code 1 - λ^K}, through expm1 for 0 &lt; λ &lt; 1 so λ near 1 keeps its digits. */
    static double oneMinusPower(double lambda, long k) {
        if (lambda > 0) {
            return -Math.expm1(k * Math.log(lambda));
        }
        return 1 - Math.pow(lambda, k);
    }
}
