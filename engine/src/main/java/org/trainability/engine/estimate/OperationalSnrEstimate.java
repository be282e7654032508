package org.trainability.engine.estimate;

/**
 * The empirical operational SNR of docs/math.md §2 with its confidence interval:
 * {@code Q̂_op = ‖g‖² / MSÊ}, {@code MSÊ = (1/R) Σ_r ‖ĝ_r − g‖²}; the interval for Q_op is
 * {@code [‖g‖²/mseHigh, ‖g‖²/mseLow]}.
 *
 * @param qOp        Q̂_op
 * @param qOpLow     lower end of the interval for Q_op
 * @param qOpHigh    upper end
 * @param mse        MSÊ
 * @param mseLow     lower end of the interval for the MSE
 * @param mseHigh    upper end
 * @param gradNorm2  ‖g‖²
 * @param replicates R
 * @param confidence the nominal coverage (0.95)
 */
public record OperationalSnrEstimate(double qOp, double qOpLow, double qOpHigh, double mse, double mseLow,
                                     double mseHigh, double gradNorm2, int replicates, double confidence) {

    /** Whether a value of Q_op lies inside the interval. */
    public boolean covers(double qOpValue) {
        return qOpValue >= qOpLow && qOpValue <= qOpHigh;
    }
}
