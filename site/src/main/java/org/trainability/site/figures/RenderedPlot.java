package org.trainability.site.figures;

import java.util.List;
import java.util.Objects;

/**
 * A plot drawn as an inline SVG element, with notes on anything the drawing had to leave out
 * (non-finite values, non-positive values on a log axis), so that nothing is dropped silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param svg   an {@code <svg>} element with a viewBox and no fixed size, so it scales to its box
 * @param notes sentences for the reader, empty when everything was drawn
 */
public record RenderedPlot(String svg, List<String> notes) {
    public RenderedPlot {
        Objects.requireNonNull(svg, "svg");
        notes = List.copyOf(notes);
    }
}
