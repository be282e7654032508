package org.trainability.site.figures;

import java.util.Objects;
import java.util.Optional;

/**
 * The texts every plot may carry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title   shown above the plot
 * @param caption shown below it
 */
public record PlotText(Optional<String> title, Optional<String> caption) {
    public PlotText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
    }

    public static PlotText none() {
        return new PlotText(Optional.empty(), Optional.empty());
    }
}
