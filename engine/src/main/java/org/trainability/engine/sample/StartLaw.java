package org.trainability.engine.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The start law μ0 of the canonical estimator (docs/math.md §2): each chain's X_0 is drawn from it on the
 * chain's own stream, before the chain's first step.
 *
 * <p>Implementations are immutable (arrays copied in) and thread-safe.
 */
public sealed interface StartLaw {

    /**
     * Draws X_0 over {@code units} spins.
     *
     * @param units the number of spins the chain runs over
     * @param rng   the chain's stream
     * @throws IllegalArgumentException when the law does not fit {@code units}
     */
    int[] draw(int units, RandomGenerator rng);

    /** A short name for reports: uniform, all-plus, overdispersed, data, exact. */
    String label();

    /**
     * Draws X_0 of chain {@code chain} of {@code chains}. Every law but {@link Overdispersed} draws
     * every chain the same way, so this is {@link #draw} for them.
     *
     * @param chain  the chain's index within its replicate, 0 ≤ chain &lt; chains
     * @param chains M, the chains of one replicate
     */
    default int[] drawForChain(int chain, int chains, int units, RandomGenerator rng) {
        return draw(units, rng);
    }

    /** Each spin ±1 with probability ½, independently ({@code nextBoolean()} per spin). */
    record Uniform() implements StartLaw {
        @Override
        public int[] draw(int units, RandomGenerator rng) {
            var x = new int[units];
            for (int i = 0; i < units; i++) {
                x[i] = rng.nextBoolean() ? 1 : -1;
            }
            return x;
        }

        @Override
        public String label() {
            return "uniform";
        }
    }

    /** Every spin +1 (state index 0); draws nothing. */
    record AllPlus() implements StartLaw {
        @Override
        public int[] draw(int units, RandomGenerator rng) {
            var x = new int[units];
            java.util.Arrays.fill(x, 1);
            return x;
        }

        @Override
        public String label() {
            return "all-plus";
        }
    }

    /**
     * Chains started far apart, so that chains which never meet must show it (docs/math.md §5): of
     * M chains, the first ⌊M/2⌋ start all-plus and the next ⌊M/2⌋ all-minus; with M odd the last
     * one is uniform. Draws nothing for the pure states.
     */
    record Overdispersed() implements StartLaw {
        @Override
        public int[] drawForChain(int chain, int chains, int units, RandomGenerator rng) {
            int half = chains / 2;
            if (chain >= 2 * half) {
                return new Uniform().draw(units, rng);
            }
            var x = new int[units];
            java.util.Arrays.fill(x, chain < half ? 1 : -1);
            return x;
        }

        /** @throws IllegalStateException always: where a chain starts depends on which chain it is */
        @Override
        public int[] draw(int units, RandomGenerator rng) {
            throw new IllegalStateException("an overdispersed start depends on the chain; use drawForChain");
        }

        @Override
        public String label() {
            return "overdispersed";
        }
    }

    /**
     * The empirical law of the data states: one of them, uniformly ({@code nextInt(D)}).
     *
     * @param states the data states, each a ±1 vector
     */
    record DataStates(List<int[]> states) implements StartLaw {
        public DataStates {
            if (states.isEmpty()) {
                throw new IllegalArgumentException("a data start law needs at least one data state");
            }
            states = states.stream().map(int[]::clone).toList();
        }

        @Override
        public List<int[]> states() {
            return states.stream().map(int[]::clone).toList();
        }

        @Override
        public int[] draw(int units, RandomGenerator rng) {
            var x = states.get(rng.nextInt(states.size()));
            if (x.length != units) {
                throw new IllegalArgumentException("a data state has " + x.length + " spins but the chain runs over " + units);
            }
            return x.clone();
        }

        @Override
        public String label() {
            return "data";
        }
    }

    /**
     * An exact law over the 2^N state indices of docs/math.md §1 (bit i of s is 1 ⇔ x_i = −1), e.g.
     * the exact π of a small model: one {@code nextDouble()}, inverted through the cumulative sums.
     *
     * @param probabilities π(s) for s = 0 … 2^N − 1, non-negative, summing to 1 within 1e-9
     */
    record Exact(double[] probabilities) implements StartLaw {
        public Exact {
            int states = probabilities.length;
            if (states < 2 || Integer.bitCount(states) != 1) {
                throw new IllegalArgumentException("an exact start law needs 2^N probabilities, got " + states);
            }
            double total = 0;
            for (int s = 0; s < states; s++) {
                if (!(probabilities[s] >= 0) || !Double.isFinite(probabilities[s])) {
                    throw new IllegalArgumentException("probability of state " + s + " is " + probabilities[s]);
                }
                total += probabilities[s];
            }
            if (Math.abs(total - 1) > 1e-9) {
                throw new IllegalArgumentException("the probabilities sum to " + total + ", not 1");
            }
            var cumulative = new double[states];
            double run = 0;
            for (int s = 0; s < states; s++) {
                run += probabilities[s];
                cumulative[s] = run;
            }
            probabilities = cumulative;
        }

        /** The probabilities (not the cumulative sums held inside). */
        @Override
        public double[] probabilities() {
            var p = new double[probabilities.length];
            for (int s = 0; s < p.length; s++) {
                p[s] = probabilities[s] - (s == 0 ? 0 : probabilities[s - 1]);
            }
            return p;
        }

        @Override
        public int[] draw(int units, RandomGenerator rng) {
            if (1 << units != probabilities.length) {
                throw new IllegalArgumentException("an exact law over " + probabilities.length
                        + " states does not fit a chain over " + units + " spins");
            }
            double u = rng.nextDouble() * probabilities[probabilities.length - 1];
            int lo = 0;
            int hi = probabilities.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (probabilities[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            var x = new int[units];
            for (int i = 0; i < units; i++) {
                x[i] = ((lo >>> i) & 1) == 0 ? 1 : -1;
            }
            return x;
        }

        @Override
        public String label() {
            return "exact";
        }
    }
}
