package org.trainability.site.figures;

/**
 * One named figure of a check result, typed by the shapes {@code docs/figures.md} defines:
 * scalars, tables, and the plots {@code xy}, {@code spectrum} and {@code heatmap}. Other
 * JSON-shaped values are kept as {@link Structured}; a value that claims a shape but breaks it is a
 * {@link Malformed} figure, which the site shows with the reason instead of guessing.
 *
 * <p>Every implementation is an immutable value. Thread-safe.
 */
public sealed interface Figure permits Scalar, Table, XyPlot, SpectrumPlot, HeatmapPlot, Structured, Malformed {

    /** The figure's name (kebab-case, stable: reported figures refer to it). */
    String name();

    /** True for the three plot kinds, which the site draws as SVG. */
    default boolean isPlot() {
        return this instanceof XyPlot || this instanceof SpectrumPlot || this instanceof HeatmapPlot;
    }
}
