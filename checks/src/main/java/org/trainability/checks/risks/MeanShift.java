package org.trainability.checks.risks;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Bonferroni z-test of whether replicated estimates are centred on a reference value:
 * {@code z_i = (x̄_i − μ_i) / (s_i/√R)} for every component i of R i.i.d. replicate vectors, and
 * the shift is <em>detected</em> when {@code max_i |z_i| > z*} with {@code z*} the two-sided
 * normal quantile at {@code α / n} over n components. Under no shift, the chance of a detection is
 * at most α (Bonferroni), up to the normal approximation of a mean of R ≥ 50 bounded values.
 * Components whose replicates do not vary and sit on the reference count as z = 0; those that do
 * not vary and miss it as z = ±∞. Immutable; thread-safe.
 *
 * @param largestZ  the largest |z_i|
 * @param at        the component where it is
 * @param threshold z*
 * @param alpha     the family-wise false-detection rate α
 * @param tests     n
 */
public record MeanShift(double largestZ, int at, double threshold, double alpha, int tests) {

    /** Whether the shift is detected: {@code largestZ > threshold}. */
    public boolean detected() {
        return largestZ > threshold;
    }

    /** z* for a family-wise α over n two-sided tests. */
    public static double threshold(double alpha, int tests) {
        if (!(alpha > 0 && alpha < 1) || tests < 1) {
            throw new IllegalArgumentException("alpha in (0, 1) and at least one test are needed, got " + alpha + ", " + tests);
        }
        return new NormalDistribution().inverseCumulativeProbability(1 - alpha / (2.0 * tests));
    }

    /**
     * Tests R replicate vectors against a reference.
     *
     * @param replicates R ≥ 2 rows, each as long as {@code reference}. Not modified.
     * @param reference  μ. Not modified.
     * @param alpha      the family-wise false-detection rate
     * @param tests      how many tests the family holds (at least the number of components here;
     *                   more when this call is one part of a larger family)
     */
    public static MeanShift test(double[][] replicates, double[] reference, double alpha, int tests) {
        int r = replicates.length;
        if (r < 2) {
            throw new IllegalArgumentException("a mean-shift test needs at least 2 replicates, got " + r);
        }
        if (tests < reference.length) {
            throw new IllegalArgumentException(tests + " tests in the family, but " + reference.length + " components");
        }
        double largest = 0;
        int at = -1;
        for (int i = 0; i < reference.length; i++) {
            double mean = 0;
            for (var row : replicates) {
                mean += row[i];
            }
            mean /= r;
            double ss = 0;
            for (var row : replicates) {
                ss += (row[i] - mean) * (row[i] - mean);
            }
            double se = Math.sqrt(ss / (r - 1) / r);
            double shift = mean - reference[i];
            double z = se > 0 ? Math.abs(shift) / se : (shift == 0 ? 0 : Double.POSITIVE_INFINITY);
            if (z > largest || at < 0) {
                largest = z;
                at = i;
            }
        }
        return new MeanShift(largest, at, threshold(alpha, tests), alpha, tests);
    }
}
