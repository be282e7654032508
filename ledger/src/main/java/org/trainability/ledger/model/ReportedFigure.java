package org.trainability.ledger.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure the research page reports for an experiment, kept beside ours and never able to
 * support a tag on its own.
 *
 * @param name   what it measures ("single-gap tracking cells")
 * @param value  the value as the page gives it ("23/48", "≤ 3.5e-17")
 * @param source where the page gives it
 * @param ours   our figure to show beside it, as {@code CHECK-ID#figure-name}; empty when this
 *               project does not measure it (reported only)
 */
public record ReportedFigure(String name, String value, String source, Optional<String> ours) {
    public ReportedFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ours, "ours");
    }
}
