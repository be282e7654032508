package org.trainability.engine.sample;

import java.util.random.RandomGenerator;

/**
 * One model under one kernel, able to run a chain through burn-in and a window (docs/math.md §2): from
 * X_0, discard X_0 … X_{B−1}, and average f_a(X_t) over t = B … B+K−1.
 *
 * <p>Implementations are immutable and thread-safe: every run builds its own chain state, so many
 * chains may run at once on their own streams.
 */
public interface ChainSampler {

    /** The number of observables f_a (parameter order of docs/math.md §1). */
    int parameterCount();

    /** The number of spins a start state has (Ising: N; RBM: the visible n; tempering: N). */
    int units();

    /** Single-site updates (or unit resamplings) per step, for throughput figures. */
    long updatesPerStep();

    /** The kernel's name. */
    String kernel();

    /**
     * Runs one chain.
     *
     * @param start      X_0. Not modified.
     * @param burnIn     B ≥ 0
     * @param window     K ≥ 1
     * @param keepSeries whether to keep what {@link ChainWindow#series()} needs for τ̂
     * @param rng        the chain's own stream
     * @return the window means and, if asked, the series
     */
    ChainWindow run(int[] start, long burnIn, int window, boolean keepSeries, RandomGenerator rng);

    /**
     * Runs {@code steps} steps from {@code start} and hands every state X_1 … X_steps to the visitor
     * (for checking the law of the states against an exact one). The array handed over is the live
     * state: read it, do not keep or change it.
     *
     * @param start X_0. Not modified.
     * @param steps how many steps
     * @param rng   the chain's stream
     * @param visitor receives each state
     */
    void trace(int[] start, long steps, RandomGenerator rng, StateVisitor visitor);

    /** Receives the states of a trace. */
    @FunctionalInterface
    interface StateVisitor {
        /** @param state the live state. Not to be modified or kept. */
        void visit(int[] state);
    }
}
