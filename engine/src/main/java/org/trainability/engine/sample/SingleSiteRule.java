package org.trainability.engine.sample;

import java.util.random.RandomGenerator;

/**
 * The single-site kernels of docs/math.md §3.
 * <ul>
 *   <li>{@code random-scan}: pick i uniformly ({@code nextInt(N)}), heat-bath resample x_i;</li>
 *   <li>{@code systematic-scan}: heat-bath on i = 0, 1, …, N−1 in turn (one sweep per step; not
 *       reversible in general);</li>
 *   <li>{@code symmetric-scan}: a forward sweep 0…N−1 then a backward sweep N−1…0 (one step);</li>
 *   <li>{@code metropolis}: pick i uniformly, propose the flip, accept with min(1, e^{−βΔE}).</li>
 * </ul>
 * Heat-bath uses one uniform per site; Metropolis one only when ΔE &gt; 0. Thread-safe (stateless).
 */
public enum SingleSiteRule implements SpinKernel {
    RANDOM_SCAN("random-scan") {
        @Override
        public void advance(SpinChain chain, RandomGenerator rng, long steps) {
            int n = chain.size();
            for (long s = 0; s < steps; s++) {
                chain.time++;
                chain.heatBath(rng.nextInt(n), rng);
            }
        }

        @Override
        public long updatesPerStep(int size) {
            return 1;
        }
    },
    SYSTEMATIC_SCAN("systematic-scan") {
        @Override
        public void advance(SpinChain chain, RandomGenerator rng, long steps) {
            int n = chain.size();
            for (long s = 0; s < steps; s++) {
                chain.time++;
                for (int i = 0; i < n; i++) {
                    chain.heatBath(i, rng);
                }
            }
        }

        @Override
        public long updatesPerStep(int size) {
            return size;
        }
    },
    SYMMETRIC_SCAN("symmetric-scan") {
        @Override
        public void advance(SpinChain chain, RandomGenerator rng, long steps) {
            int n = chain.size();
            for (long s = 0; s < steps; s++) {
                chain.time++;
                for (int i = 0; i < n; i++) {
                    chain.heatBath(i, rng);
                }
                for (int i = n - 1; i >= 0; i--) {
                    chain.heatBath(i, rng);
                }
            }
        }

        @Override
        public long updatesPerStep(int size) {
            return 2L * size;
        }
    },
    METROPOLIS("metropolis") {
        @Override
        public void advance(SpinChain chain, RandomGenerator rng, long steps) {
            int n = chain.size();
            for (long s = 0; s < steps; s++) {
                chain.time++;
                chain.metropolis(rng.nextInt(n), rng);
            }
        }

        @Override
        public long updatesPerStep(int size) {
            return 1;
        }
    };

    private final String label;

    SingleSiteRule(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kernel called {@code name} (docs/math.md §3 spelling), if it is one of these. */
    public static java.util.Optional<SingleSiteRule> named(String name) {
        for (var k : values()) {
            if (k.label.equals(name)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
