package org.trainability.site.figures;

import java.util.Objects;

/**
 * A value that claims one of the contract's shapes (a {@code "plot"} or {@code "table"} key) but
 * breaks it. The site shows the reason and the raw value, so the check's author can fix it; it never
 * guesses what was meant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name   the figure's name
 * @param reason what is wrong, naming the field
 * @param json   the value as compact JSON
 */
public record Malformed(String name, String reason, String json) implements Figure {
    public Malformed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(json, "json");
    }
}
