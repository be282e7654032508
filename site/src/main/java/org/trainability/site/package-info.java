/**
 * The evidence site: the live ledger rendered as static HTML that opens from {@code file://}.
 *
 * <p>{@link org.trainability.site.SiteGenerator} reads the ledger (through the ledger module), the
 * audit JSON and the recorded snapshots, builds every page as AsciiDoc ({@code pages}), draws plots
 * ({@code figures}) and the dependency graph ({@code graph}), converts the pages with one AsciidoctorJ
 * instance and bundles what they load ({@code render}). The site reads the ledger and the evidence
 * only: it depends on nothing in the engine, the checks or the command line (an ArchUnit test keeps
 * it so).
 */
package org.trainability.site;
