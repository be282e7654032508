package org.trainability.engine.kernel;

import org.trainability.engine.exact.StationaryLaw;

/**
 * The measured detailed-balance residual of a kernel against a law, relative to the operator's
 * norm: with {@code S(x,y) = √(π(x)/π(y)) P(x,y)} (computed in log space, so no ratio of tiny
 * probabilities overflows), the residual is {@code ‖S - Sᵀ‖_F / ‖S‖_F}. It is zero exactly when
 * {@code π(x)P(x,y) = π(y)P(y,x)} for all x, y, i.e. when P is reversible with respect to π;
 * measuring it on S rather than on {@code DP} weighs every pair of states alike, so a violation among
 * improbable states is not hidden by the probable ones.
 *
 * <p>Two measures. {@link #residual} is relative to the operator's norm: it bounds how far S is
 * from symmetric as an operator, so it is what the diagonalizer gates on (a kernel 1e-14 from
 * reversible has its spectrum to 1e-14). But in a frozen model (β|J| ≈ 20) almost all of ‖S‖
 * sits on the diagonal, and a kernel that breaks detailed balance badly between improbable
 * neighbours can measure 1e-13 there. {@link #worstPairResidual} compares each pair with itself,
 * {@code max |S(x,y) - S(y,x)| / max(S(x,y), S(y,x))}, which is of order one for any broken pair
 * and ~1e-13 for reversible kernels (every entry is formed to full relative precision).
 * Stateless; thread-safe.
 */
public final class DetailedBalance {

    private DetailedBalance() {
    }

    /** {@code ‖S - Sᵀ‖_F / ‖S‖_F} for kernel P and law π. */
    public static double residual(DenseKernel kernel, StationaryLaw law) {
        return residual(kernel, law.logWeights());
    }

    /**
     * {@code ‖S - Sᵀ‖_F / ‖S‖_F} for kernel P and the law with these unnormalised log-weights.
     *
     * @param logWeights {@code log π + const}, one per state. Not modified.
     */
    public static double residual(DenseKernel kernel, double[] logWeights) {
        int n = kernel.size();
        if (logWeights.length != n) {
            throw new IllegalArgumentException("the kernel has " + n + " states but the law " + logWeights.length);
        }
        double diff = 0;
        double norm = 0;
        for (int x = 0; x < n; x++) {
            double sxx = kernel.entry(x, x);
            norm += sxx * sxx;
            for (int y = x + 1; y < n; y++) {
                double sxy = symmetrised(kernel, logWeights, x, y);
                double syx = symmetrised(kernel, logWeights, y, x);
                double d = sxy - syx;
                diff += 2 * d * d;
                norm += sxy * sxy + syx * syx;
            }
        }
        return Math.sqrt(diff / norm);
    }

    /** Entries below this are too close to underflow for a relative comparison. */
    static final double SUBNORMAL_FLOOR = 1e-280;

    /**
     * {@code max_{x≠y} |S(x,y) - S(y,x)| / max(S(x,y), S(y,x))} over pairs with an entry above
     * 1e-280: exact detailed balance, pair by pair.
     *
     * @param logWeights {@code log π + const}, one per state. Not modified.
     */
    public static double worstPairResidual(DenseKernel kernel, double[] logWeights) {
        int n = kernel.size();
        double worst = 0;
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                double sxy = symmetrised(kernel, logWeights, x, y);
                double syx = symmetrised(kernel, logWeights, y, x);
                double big = Math.max(sxy, syx);
                if (big > SUBNORMAL_FLOOR) {
                    worst = Math.max(worst, Math.abs(sxy - syx) / big);
                }
            }
        }
        return worst;
    }

    /**
     * {@code S(x,y) = exp(½(log π(x) - log π(y))) P(x,y)}, 0 where P(x,y) = 0.
     *
     * @param logWeights {@code log π + const}. Not modified.
     */
    public static double symmetrised(DenseKernel kernel, double[] logWeights, int x, int y) {
        double p = kernel.entry(x, y);
        if (p == 0) {
            return 0;
        }
        return Math.exp(0.5 * (logWeights[x] - logWeights[y]) + Math.log(p));
    }
}
