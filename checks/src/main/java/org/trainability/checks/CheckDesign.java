package org.trainability.checks;

import java.util.Map;

/**
 * What a numerical check measures, stated once: the design of one run (models, sizes, thresholds)
 * produces the parameters recorded with the evidence, the one-sentence description, and the
 * measurement itself. A check runs one design on the input its entry is about and a second design
 * of the same type on a wrong input — its negative control ({@link NumericalCheck}).
 *
 * <p>Designs are records: immutable, and {@link #measure} is a deterministic function of the
 * engine and the seed (docs/style.md).
 *
 * @param <R> what one run measures
 */
public interface CheckDesign<R extends Outcome> {

    /** The parameters recorded with the evidence (JSON-shaped: numbers, text, booleans, lists, maps). */
    Map<String, Object> parameters();

    /** One sentence: what is measured, and what would make it fail. */
    String description();

    /**
     * Runs the design on the engine. Computes only: the verdict, figures and prose come from
     * {@link Outcome#present()}.
     *
     * @param engine the engine under test (the real one, or one with a fault injected)
     * @param seed   the root of every random stream the run uses
     */
    R measure(EngineUnderTest engine, long seed) throws Exception;
}
