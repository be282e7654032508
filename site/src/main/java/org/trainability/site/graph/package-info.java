/**
 * The dependency graph: {@code uses} links and experiment→verified-entry links, laid out by the
 * Eclipse Layout Kernel's layered algorithm and written as one static SVG.
 */
package org.trainability.site.graph;
