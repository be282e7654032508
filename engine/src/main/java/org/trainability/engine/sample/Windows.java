package org.trainability.engine.sample;

/** Argument checks shared by the samplers. Stateless. */
final class Windows {

    private Windows() {
    }

    static void check(long burnIn, int window) {
        if (burnIn < 0) {
            throw new IllegalArgumentException("burn-in B is " + burnIn + "; it must be >= 0");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window K is " + window + "; it must be >= 1");
        }
    }
}
