package org.trainability.engine.estimate;

import java.util.random.RandomGenerator;

/**
 * A sampled positive (data) phase: one draw of the estimate of E_data[f_a] on a given stream, for
 * models whose positive phase is itself sampled (hidden units drawn given the data). The canonical
 * estimator otherwise takes the positive phase as exact (docs/math.md §2).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PositivePhase {

    /** One sampled estimate of E_data[f_a], in parameter order. */
    double[] sample(RandomGenerator rng);
}
