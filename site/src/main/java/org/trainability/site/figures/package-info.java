/**
 * Drawing the ledger's figures ({@code org.trainability.ledger.figure}, read by its
 * {@code FigureCodec}): plots as inline SVG — {@code xy}, {@code spectrum} and {@code heatmap} with
 * JFreeChart on JFreeSVG, {@code image} as grey squares — and scalars and lists as text. The site has
 * no figure model of its own: a figure the codec refuses stops the build before anything is drawn.
 */
package org.trainability.site.figures;
