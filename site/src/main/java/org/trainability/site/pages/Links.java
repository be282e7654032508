package org.trainability.site.pages;

import java.util.List;

/**
 * Links from one page to the others, written relative to that page so the site works from
 * {@code file://}. An id the ledger does not have is written as plain text, never as a dead link.
 *
 * <p>Immutable and thread-safe.
 */
final class Links {

    private final SiteModel model;
    private final String toRoot;

    Links(SiteModel model, String toRoot) {
        this.model = model;
        this.toRoot = toRoot;
    }

    String home() {
        return toRoot + SitePaths.HOME;
    }

    String graph() {
        return toRoot + SitePaths.GRAPH;
    }

    String entryHref(String id) {
        return toRoot + SitePaths.entryPage(id);
    }

    /** A link to an entry's page labelled with its id. */
    String entry(String id) {
        return model.ledger().contains(id) ? AsciiDoc.link(entryHref(id), AsciiDoc.text(id)) : AsciiDoc.text(id);
    }

    /** Links to several entries, or a dash. */
    String entries(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids.stream().map(this::entry).toList());
    }

    /** A link to a check's section on the page that shows it (or its id as text when no page does). */
    String check(String checkId, String labelAdoc) {
        var check = model.audit().check(checkId);
        if (check.isEmpty()) {
            return labelAdoc;
        }
        return model.homeOf(check.get())
                .map(home -> AsciiDoc.link(entryHref(home) + "#" + CheckBlocks.anchor(checkId), labelAdoc))
                .orElse(labelAdoc);
    }

    /** A link to one figure of a check, on the page that shows the check. */
    String figure(String checkId, String figure, String labelAdoc) {
        var check = model.audit().check(checkId);
        if (check.isEmpty()) {
            return labelAdoc;
        }
        return model.homeOf(check.get())
                .map(home -> AsciiDoc.link(entryHref(home) + "#" + CheckBlocks.figureAnchor(checkId, figure),
                        labelAdoc))
                .orElse(labelAdoc);
    }

    /** The navigation line at the top of every page. */
    String navigation() {
        return "[.site-nav]\n" + AsciiDoc.link(home(), "Home") + " · " + AsciiDoc.link(graph(), "Dependency graph")
                + "\n";
    }
}
