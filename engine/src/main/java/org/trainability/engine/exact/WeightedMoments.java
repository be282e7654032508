package org.trainability.engine.exact;

/**
 * Mean and variance of an observable under a discrete law, computed to keep digits: the observable
 * is shifted by its value at the most probable state, the mean's deviation from that shift is a
 * Kahan-compensated sum, and the variance is a second compensated pass
 * {@code Σ π ((f - shift) - deviation)²}. On a cold law concentrated on states where f is equal,
 * both keep full relative precision (a plain E[f²] - E[f]² would return 0). Stateless; thread-safe.
 */
public final class WeightedMoments {

    private WeightedMoments() {
    }

    /**
     * {@code {mean, variance}} of f under π.
     *
     * @param probabilities π. Not modified.
     * @param f the observable, {@code f[offset + s]} for state s. Not modified.
     * @param offset where the observable starts in f
     * @param mode the index of the most probable state
     */
    public static double[] of(double[] probabilities, double[] f, int offset, int mode) {
        int states = probabilities.length;
        double shift = f[offset + mode];
        double sum = 0;
        double c = 0;
        for (int s = 0; s < states; s++) {
            double term = probabilities[s] * (f[offset + s] - shift);
            double y = term - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        double deviation = sum;
        sum = 0;
        c = 0;
        for (int s = 0; s < states; s++) {
            double d = (f[offset + s] - shift) - deviation;
            double term = probabilities[s] * d * d;
            double y = term - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return new double[] {shift + deviation, sum};
    }
}
