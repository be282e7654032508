package org.trainability.checks.obligations;

/**
 * Whether R independent replicates of the canonical estimator agree with an exact mean squared
 * error: the errors {@code e_r = ‖ĝ_r − g‖²} are i.i.d. with mean {@code E‖ĝ − g‖²}, so
 * {@code z = (ē − MSE_exact) / (s/√R)} is approximately standard normal for a correct sampler.
 *
 * <p><b>Odds.</b> The check accepts {@code |z| ≤ }{@value #Z_LIMIT}. Under the normal approximation
 * a correct sampler fails with probability 3.8e-8; the errors are skewed (a weighted sum of χ²₁
 * variables, skewness 1–3), and at R = 400 the Edgeworth correction to that tail is below a factor
 * of 25 (the skewness of the mean is under 0.15), so the stated false-failure rate is
 * α ≤ {@value #ALPHA}. Fixed seeds make each verdict reproducible. Immutable.
 *
 * @param meanError     ē
 * @param expected      the exact {@code E‖ĝ − g‖²}
 * @param standardError {@code s/√R}
 * @param replicates    R
 */
public record SamplerAgreement(double meanError, double expected, double standardError, int replicates) {

    /** The largest accepted |z|. */
    public static final double Z_LIMIT = 5.5;

    /** The stated false-failure rate of one comparison. */
    public static final double ALPHA = 1e-6;

    /** z. */
    public double z() {
        return (meanError - expected) / standardError;
    }

    /** Whether |z| ≤ {@value #Z_LIMIT}. */
    public boolean agrees() {
        return Math.abs(z()) <= Z_LIMIT;
    }

    /**
     * @param g        the exact gradient. Not modified.
     * @param gHats    R ≥ 2 replicates of ĝ. Not modified.
     * @param expected the exact E‖ĝ − g‖²
     */
    public static SamplerAgreement of(double[] g, double[][] gHats, double expected) {
        int r = gHats.length;
        if (r < 2) {
            throw new IllegalArgumentException("need at least 2 replicates, got " + r);
        }
        var e = new double[r];
        double mean = 0;
        for (int k = 0; k < r; k++) {
            double s = 0;
            for (int a = 0; a < g.length; a++) {
                double d = gHats[k][a] - g[a];
                s += d * d;
            }
            e[k] = s;
            mean += s;
        }
        mean /= r;
        double ss = 0;
        for (double v : e) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (r - 1) / r);
        return new SamplerAgreement(mean, expected, se, r);
    }
}
