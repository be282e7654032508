package org.trainability.site.pages;

/**
 * Where each page lives in the site, relative to its root: {@code index.html}, {@code graph.html},
 * and {@code entries/<id>.html} for every entry, by an injective file-name encoding that leaves the
 * ledger's ids ({@code O1.c}, {@code T-cond}) as they are. Stateless.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String GRAPH = "graph.html";
    public static final String ENTRIES = "entries";

    private SitePaths() {
    }

    /** The page of an entry, relative to the site root. */
    public static String entryPage(String id) {
        return ENTRIES + "/" + fileName(id) + ".html";
    }

    /** The link from a page in {@code entries/} to another entry's page. */
    public static String siblingEntry(String id) {
        return fileName(id) + ".html";
    }

    /**
     * The injective file-name encoding of an id: letters and digits stay, and so do {@code -} and
     * {@code .} after the first character (a name never starts with a dot or a dash); any other ASCII character becomes {@code _HH}, any other character
     * {@code _uHHHH} (its UTF-16 code unit). The codes are prefix-free, so the encoding can be read
     * back and no two ids share a name.
     */
    public static String fileName(String id) {
        var sb = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || (c == '-' || c == '.') && i > 0;
            if (plain) {
                sb.append(c);
            } else if (c < 0x80) {
                sb.append(String.format(java.util.Locale.ROOT, "_%02X", (int) c));
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "_u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /** An HTML id for an anchor, from any text: the same encoding, prefixed. */
    public static String anchor(String prefix, String... parts) {
        var sb = new StringBuilder(prefix);
        for (var p : parts) {
            sb.append('-').append(fileName(p));
        }
        return sb.toString();
    }
}
