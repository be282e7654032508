/**
 * Check figures as {@code docs/figures.md} defines them (scalars, tables, {@code xy},
 * {@code spectrum} and {@code heatmap} plots), read from JSON and drawn as inline SVG with JFreeChart
 * on JFreeSVG.
 */
package org.trainability.site.figures;
