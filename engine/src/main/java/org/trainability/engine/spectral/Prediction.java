package org.trainability.engine.spectral;

/**
 * The predictors of docs/math.md §4 beside the exact operational SNR, for one window K and M chains.
 * Infinite values are kept as {@link Double#POSITIVE_INFINITY} (e.g. Q_single when the slow mode's
 * overlap is exactly zero); NaN where a quantity is undefined (γ_eff with an empty C*).
 * Immutable.
 *
 * @param window K
 * @param chains M
 * @param epsilon ε of C*(O)
 * @param gradNorm2 ‖g‖²
 * @param aggregateTime T_O
 * @param gammaEff γ_eff
 * @param rEff R_eff
 * @param qPerp {@code Q⊥ = (KM/2)‖g‖²/T_O}
 * @param qPerpCStar {@code Q⊥_C* = γ_eff K M/2 · R_eff}
 * @param qSingle {@code Q_single = γ K M/2 · R}
 * @param qOp the exact stationary {@code Q_op(K) = ‖g‖²/MSE(K)}
 */
public record Prediction(long window, int chains, double epsilon, double gradNorm2, double aggregateTime,
        double gammaEff, double rEff, double qPerp, double qPerpCStar, double qSingle, double qOp) {

    /** {@code Q⊥ / Q_op}: 1 when the corrected predictor is exact. */
    public double perpOverOp() {
        return qPerp / qOp;
    }

    /** {@code Q_single / Q_op}: the historical predictor's over-prediction. */
    public double singleOverOp() {
        return qSingle / qOp;
    }
}
