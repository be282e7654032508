/**
 * The site's pages as AsciiDoc, generated from the ledger and the evidence: home, the dependency
 * graph, and one page per entry. Nothing here is typed by hand except prose about the project
 * ({@code Prose}).
 */
package org.trainability.site.pages;
