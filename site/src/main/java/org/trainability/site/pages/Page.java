package org.trainability.site.pages;

import java.util.Objects;

/**
 * One page of the site as AsciiDoc, before conversion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path     where its HTML goes, relative to the site root ({@code entries/O4.html})
 * @param title    its title
 * @param asciidoc its AsciiDoc source
 */
public record Page(String path, String title, String asciidoc) {
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asciidoc, "asciidoc");
    }

    /** The relative path from this page back to the site root ("" or "../"). */
    public String toRoot() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
