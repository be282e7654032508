package org.trainability.ledger.figure;

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

    /** A title and a caption. */
    public static PlotText of(String title, String caption) {
        return new PlotText(Optional.of(title), Optional.of(caption));
    }

    /** A title alone. */
    public static PlotText titled(String title) {
        return new PlotText(Optional.of(title), Optional.empty());
    }

    /** Neither. */
    public static PlotText none() {
        return new PlotText(Optional.empty(), Optional.empty());
    }
}
