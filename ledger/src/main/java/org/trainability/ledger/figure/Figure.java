package org.trainability.ledger.figure;

/**
 * One figure a check reports, by shape: a {@link Scalar} (number, whole number, text, flag), a
 * {@link Table}, a list of {@link Values}, or a plot ({@link XyPlot}, {@link SpectrumPlot},
 * {@link HeatMap}, {@link Image}). The checks build them, {@link FigureCodec} writes and reads them,
 * and the site draws every one; there is no figure the site cannot draw (docs/figures.md).
 *
 * <p>Every implementation is an immutable value. Thread-safe.
 */
public sealed interface Figure permits Scalar, Table, Values, XyPlot, SpectrumPlot, HeatMap, Image {

    /** True for the plots, which the site draws as pictures. */
    default boolean isPlot() {
        return this instanceof XyPlot || this instanceof SpectrumPlot || this instanceof HeatMap || this instanceof Image;
    }
}
