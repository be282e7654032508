package org.trainability.engine.sample;

import java.util.random.RandomGenerator;

/**
 * A Markov kernel on the spins of a {@link SpinChain} whose stationary law is the chain's Gibbs law
 * at the chain's β. One {@link #advance} call applies the kernel {@code steps} times, stamping each
 * application with the next value of the chain's step counter (K and B count these steps).
 *
 * <p>Implementations are immutable and thread-safe; the chain and the generator are not.
 */
public interface SpinKernel {

    /** The kernel's name as docs/math.md §3 spells it (or {@code checkerboard}). */
    String label();

    /** Single-site updates per step (1 for random-scan, N for a sweep, 2N for a symmetric scan). */
    long updatesPerStep(int size);

    /**
     * Applies the kernel {@code steps} times.
     *
     * @param chain the chain, updated in place
     * @param rng   the chain's own stream
     * @param steps how many steps (≥ 0)
     */
    void advance(SpinChain chain, RandomGenerator rng, long steps);
}
