package org.trainability.site.figures;

import java.util.Objects;

/**
 * A JSON-shaped value that is neither a scalar, a table nor a plot (a list, or a map of numbers):
 * allowed by the figure contract and shown as compact JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the figure's name
 * @param json the value as compact JSON
 */
public record Structured(String name, String json) implements Figure {
    public Structured {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
