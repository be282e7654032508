package org.trainability.site.pages;

import java.util.List;
import java.util.Locale;
import org.trainability.ledger.model.Tag;
import org.trainability.site.style.TagPalette;

/**
 * Builds AsciiDoc source text. Two kinds of text go in: AsciiDoc the project wrote (statements,
 * notes, titles — they may hold {@code stem:[...]} maths), inserted as it is; and text that tools
 * produced (check details, figure values), which {@link #text} wraps in a passthrough that escapes
 * HTML and applies no AsciiDoc formatting, so that a stray {@code *} or {@code {x}} shows as typed.
 * Not thread-safe.
 */
final class AsciiDoc {

    private final StringBuilder sb = new StringBuilder();

    /** A document header with the attributes every page shares. */
    AsciiDoc(String title, String siteRoot) {
        this(title, siteRoot, "");
    }

    /** The same, with a role on the page's body (for page-specific styles). */
    AsciiDoc(String title, String siteRoot, String docRole) {
        sb.append("= ").append(oneLine(title)).append('\n');
        sb.append(":stem: latexmath\n");
        sb.append(":webfonts!:\n");
        sb.append(":nofooter:\n");
        sb.append(":reproducible:\n");
        sb.append(":sectanchors:\n");
        sb.append(":table-caption!:\n");
        sb.append(":figure-caption!:\n");
        sb.append(":example-caption!:\n");
        sb.append(":site-root: ").append(siteRoot).append('\n');
        if (!docRole.isEmpty()) {
            sb.append(":role: ").append(docRole).append('\n');
        }
        sb.append('\n');
    }

    AsciiDoc line(String text) {
        sb.append(text).append('\n');
        return this;
    }

    AsciiDoc blank() {
        sb.append('\n');
        return this;
    }

    AsciiDoc paragraph(String text) {
        sb.append(text).append("\n\n");
        return this;
    }

    AsciiDoc section(int level, String title) {
        sb.append("=".repeat(level + 1)).append(' ').append(oneLine(title)).append("\n\n");
        return this;
    }

    AsciiDoc section(int level, String title, String id) {
        sb.append("[[").append(id).append("]]\n");
        return section(level, title);
    }

    /** A block of the project's own AsciiDoc (a statement, notes), kept apart from what follows. */
    AsciiDoc block(String adoc, String role) {
        sb.append("[.").append(role).append("]\n--\n").append(adoc.strip()).append("\n--\n\n");
        return this;
    }

    /** Raw HTML (an inline SVG), passed through untouched. */
    AsciiDoc html(String html) {
        sb.append("++++\n").append(html.strip()).append("\n++++\n\n");
        return this;
    }

    /**
     * A table. Cells are AsciiDoc (use {@link #text} for tool output); pipes are escaped here.
     *
     * @param cols the cols attribute ("1,3,1")
     * @param role a CSS role, or empty
     */
    AsciiDoc table(String cols, String role, List<String> header, List<List<String>> rows) {
        sb.append("[cols=\"").append(cols).append("\"").append(header.isEmpty() ? "" : ",options=\"header\"")
                .append(role.isEmpty() ? "" : ",role=\"" + role + "\"").append("]\n|===\n");
        if (!header.isEmpty()) {
            for (var h : header) {
                sb.append("| ").append(cell(h)).append(' ');
            }
            sb.append("\n\n");
        }
        for (var row : rows) {
            for (var c : row) {
                sb.append("| ").append(cell(c)).append('\n');
            }
            sb.append('\n');
        }
        sb.append("|===\n\n");
        return this;
    }

    /** An admonition block (NOTE, WARNING, CAUTION, IMPORTANT, TIP) with a role. */
    AsciiDoc admonition(String type, String role, String adoc) {
        sb.append("[").append(type).append(role.isEmpty() ? "" : ",role=" + role).append("]\n====\n")
                .append(adoc.strip()).append("\n====\n\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /**
     * Tool-produced text, shown as typed: HTML-escaped, no AsciiDoc formatting, no attribute
     * references. Line breaks become spaces.
     */
    static String text(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        var flat = raw.replace("\r", " ").replace("\n", " ");
        if (flat.endsWith("\\")) {
            // A trailing backslash would escape the passthrough's closing bracket.
            flat = flat + " ";
        }
        return "pass:c[" + flat.replace("]", "\\]") + "]";
    }

    /** Tool-produced text in monospace. */
    static String code(String raw) {
        return "[.code]#" + text(raw) + "#";
    }

    /**
     * A link to a page or anchor of the site. The label is AsciiDoc; passthroughs and maths in it are
     * safe (Asciidoctor extracts them before it reads the link), bare square brackets are not.
     */
    static String link(String target, String labelAdoc) {
        return "link:" + target + "[" + labelAdoc + "]";
    }

    /** A tag badge. */
    static String badge(Tag tag) {
        return "[.tag." + TagPalette.cssClass(tag) + "]#" + tag.label() + "#";
    }

    /** A small coloured label with one of the site's roles (verdicts, standings). */
    static String label(String role, String textAdoc) {
        return "[.label." + role + "]#" + textAdoc + "#";
    }

    /** AsciiDoc for a table cell: escapes the cell separator. */
    static String cell(String adoc) {
        return adoc.replace("|", "\\|");
    }

    static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ").strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
