/**
 * Turning pages into an offline site: AsciidoctorJ conversion, the postprocessor that swaps the
 * CDN-loaded MathJax for bundled KaTeX, the bundled assets, and putting the site in place at once.
 */
package org.trainability.site.render;
