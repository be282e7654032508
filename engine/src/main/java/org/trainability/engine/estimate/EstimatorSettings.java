package org.trainability.engine.estimate;

import java.util.Objects;
import org.trainability.engine.sample.StartLaw;

/**
 * The canonical estimator's settings (docs/math.md §2): M chains from μ0, burn-in B, window K, and how
 * many threads may run the chains (which never changes a number).
 *
 * @param chains  M ≥ 1
 * @param burnIn  B ≥ 0
 * @param window  K ≥ 1
 * @param start   μ0
 * @param threads ≥ 1
 */
public record EstimatorSettings(int chains, long burnIn, int window, StartLaw start, int threads) {

    public EstimatorSettings {
        if (chains < 1) {
            throw new IllegalArgumentException("chains M is " + chains + "; it must be >= 1");
        }
        if (burnIn < 0) {
            throw new IllegalArgumentException("burn-in B is " + burnIn + "; it must be >= 0");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window K is " + window + "; it must be >= 1");
        }
        Objects.requireNonNull(start, "start");
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; it must be >= 1");
        }
    }

    /** The same settings on another number of threads. */
    public EstimatorSettings withThreads(int otherThreads) {
        return new EstimatorSettings(chains, burnIn, window, start, otherThreads);
    }
}
