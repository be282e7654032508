package org.trainability.engine.sample;

/** The sampler tests' distance between an empirical and an exact law over state indices. */
final class LawDistance {

    private LawDistance() {
    }

    /** The state index of docs/math.md §1 (bit i of s is 1 ⇔ x_i = −1). @param x spins. Not modified. */
    static int index(int[] x) {
        int s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == -1) {
                s |= 1 << i;
            }
        }
        return s;
    }

    /** max_s |p̂(s) − p(s)| / max_s p(s). */
    static double relativeMaxError(double[] empirical, double[] exact) {
        double worst = 0;
        double top = 0;
        for (int s = 0; s < exact.length; s++) {
            worst = Math.max(worst, Math.abs(empirical[s] - exact[s]));
            top = Math.max(top, exact[s]);
        }
        return worst / top;
    }
}
