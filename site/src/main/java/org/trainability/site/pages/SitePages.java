package org.trainability.site.pages;

import java.util.HashMap;
import java.util.List;
import org.trainability.site.graph.GraphLayout;

/**
 * All pages of the site as AsciiDoc: home, the dependency graph, and one page per entry.
 * Not thread-safe (it uses one {@link GraphLayout}).
 */
public final class SitePages {

    private final GraphLayout layout = new GraphLayout();

    /**
     * @param model what the site shows. Not modified.
     * @return the pages, home first
     * @throws IllegalStateException if two entry ids would share a page (the file-name encoding is
     *                               injective, so this is a programming error)
     */
    public List<Page> build(SiteModel model) {
        var pages = GraphPage.all(model, layout);
        var seen = new HashMap<String, String>();
        for (var p : pages) {
            var clash = seen.putIfAbsent(p.path(), p.title());
            if (clash != null) {
                throw new IllegalStateException("two pages at " + p.path() + ": " + clash + " and " + p.title());
            }
        }
        return pages;
    }
}
