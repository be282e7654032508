package org.trainability.site.figures;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A number, a text or a boolean.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name   the figure's name
 * @param text   the value as the site shows it (numbers formatted by {@link NumberText})
 * @param number the value when it is a number (including the non-finite strings), else empty
 */
public record Scalar(String name, String text, OptionalDouble number) implements Figure {
    public Scalar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
    }
}
