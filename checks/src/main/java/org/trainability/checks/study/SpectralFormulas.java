package org.trainability.checks.study;

import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;
import org.trainability.engine.spectral.SymmetrizedKernel;
import org.trainability.engine.spectral.WindowSums;

/**
 * The spectral formulas of docs/math.md §4 as the obligation checks apply them: through the engine's
 * {@link SpectralAnalysis}, either as the engine allows (refusing a non-reversible kernel) or with
 * the reversibility gate waived, so that a negative control can apply the reversible formulas to a
 * non-reversible kernel and show that they then disagree with brute force. Stateless; thread-safe.
 */
public final class SpectralFormulas {

    /** A bound no detailed-balance residual reaches: the gate is waived, not loosened. */
    private static final Tolerance WAIVED = Tolerance.relative(1e300);

    private SpectralFormulas() {
    }

    /**
     * The analysis of a kernel the engine accepts as reversible.
     *
     * @throws org.trainability.engine.spectral.NotReversibleException if it is not
     */
    public static SpectralAnalysis of(StationaryLaw law, DenseKernel kernel) {
        return SpectralAnalysis.of(law, kernel);
    }

    /**
     * The reversible formulas applied to any kernel that leaves the law stationary: S is formed
     * and averaged with its transpose ({@code (S + Sᵀ)/2}, the additive reversibilisation) whatever
     * the measured residual. For a reversible kernel this is {@link #of}; for a non-reversible one
     * the numbers it gives are those of a different chain.
     */
    public static SpectralAnalysis waivingReversibility(StationaryLaw law, DenseKernel kernel) {
        return SpectralAnalysis.of(law, SymmetrizedKernel.of(kernel, law, WAIVED), SymmetricEigensolver.preferred(),
                Spectrum.DEFAULT_CLUSTER_WIDTH);
    }

    /**
     * The exact stationary variance of one chain's window average of observable a (O3, claim 1):
     * {@code Σ_{c≠1} W_{a,c} V(λ_c, K) / K²}.
     */
    public static double windowVariance(SpectralAnalysis analysis, int a, int window) {
        var clusters = analysis.spectrum().clusters();
        double s = 0;
        for (int c = 1; c < clusters.size(); c++) {
            double w = analysis.clusterWeights().weight(a, c);
            if (w != 0) {
                s += w * WindowSums.pairSum(clusters.get(c).lambda(), window);
            }
        }
        return s / ((double) window * window);
    }

    /** The absolute spectral gap {@code γ_* = 1 − max(λ_2, |λ_min|)}. */
    public static double absoluteGap(SpectralAnalysis analysis) {
        var spectrum = analysis.spectrum();
        double second = spectrum.size() > 1 ? spectrum.lambda(1) : 0;
        return 1 - Math.max(second, Math.abs(spectrum.smallest()));
    }

    /** {@code χ²(μ0 ‖ π) = Σ_x μ0(x)²/π(x) − 1}, formed through √π so no tiny π overflows the ratio. */
    public static double chiSquare(double[] mu0, StationaryLaw law) {
        double s = 0;
        for (int x = 0; x < mu0.length; x++) {
            if (mu0[x] != 0) {
                double r = mu0[x] / law.sqrtProbability(x);
                s += r * r;
            }
        }
        return s - 1;
    }
}
