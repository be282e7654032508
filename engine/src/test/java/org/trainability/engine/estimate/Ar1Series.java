package org.trainability.engine.estimate;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Stationary Gaussian AR(1) series {@code x_t = ρ x_{t-1} + sqrt(1-ρ²) ε_t}, started from the
 * stationary law, whose half-Sokal integrated autocorrelation time is exactly
 * {@code (1+ρ)/(2(1−ρ))} (docs/math.md §7).
 */
final class Ar1Series {

    private Ar1Series() {
    }

    /** The exact τ_int of the process. */
    static double exactTau(double rho) {
        return (1 + rho) / (2 * (1 - rho));
    }

    /** M independent chains of length L, each on its own split() stream of the seed. */
    static double[][] chains(double rho, int chains, int length, long seed) {
        var root = (RandomGenerator.SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        var out = new double[chains][length];
        double scale = Math.sqrt(1 - rho * rho);
        for (int c = 0; c < chains; c++) {
            var rng = root.split();
            double x = rng.nextGaussian();
            for (int t = 0; t < length; t++) {
                out[c][t] = x;
                x = rho * x + scale * rng.nextGaussian();
            }
        }
        return out;
    }

    /** Random walks (never stationary): their τ̂ grows in proportion to L. */
    static double[][] randomWalks(int chains, int length, long seed) {
        var root = (RandomGenerator.SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        var out = new double[chains][length];
        for (int c = 0; c < chains; c++) {
            var rng = root.split();
            double x = 0;
            for (int t = 0; t < length; t++) {
                x += rng.nextGaussian();
                out[c][t] = x;
            }
        }
        return out;
    }
}
