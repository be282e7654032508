package org.trainability.bench;

import java.util.random.RandomGeneratorFactory;
import org.trainability.engine.model.IsingModel;

/** The fixed models the benchmarks run on: seeded Sherrington–Kirkpatrick-like couplings. */
final class BenchmarkModels {

    private BenchmarkModels() {
    }

    /** N spins, J_ij ~ N(0, 1/N) from seed 20260601 (L64X128MixRandom), b ~ U(-0.2, 0.2), β = 1. */
    static IsingModel spinGlass(int n) {
        var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(20260601L);
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double v = rng.nextGaussian() / Math.sqrt(n);
                j[i][k] = v;
                j[k][i] = v;
            }
        }
        var b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rng.nextDouble(-0.2, 0.2);
        }
        return new IsingModel(n, j, b, 1.0, true);
    }
}
