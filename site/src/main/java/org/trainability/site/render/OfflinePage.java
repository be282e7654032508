package org.trainability.site.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

/**
 * Makes a converted page work offline. Asciidoctor's HTML loads three things from the network:
 * MathJax from a CDN for STEM, and (through an {@code @import} in its embedded default stylesheet,
 * which {@code :webfonts!:} does not remove) Google's web fonts. This postprocessor replaces the
 * MathJax scripts with the KaTeX bundled in the site ({@code assets/katex/}, typesetting the same
 * {@code \( \)} and {@code \[ \]} delimiters in the browser), drops the font import (the pages fall
 * back to local fonts), and links the site's stylesheet. The path back to the site root comes from
 * the page's {@code site-root} attribute.
 *
 * <p>It then refuses, with an {@link IllegalStateException}, any page that would still load a
 * script, stylesheet, font or image from the network: if Asciidoctor's output changes, the build
 * says so instead of shipping a page that needs the network. Stateless.
 */
public final class OfflinePage extends Postprocessor {

    private static final Pattern MATHJAX = Pattern.compile(
            "<script type=\"text/x-mathjax-config\">.*?</script>\\s*<script src=\"[^\"]*[Mm]ath[Jj]ax[^\"]*\"></script>",
            Pattern.DOTALL);
    private static final Pattern REMOTE_IMPORT = Pattern.compile("@import\\s+(?:url\\()?[\"']?(?:https?:)?//[^;]*;");
    private static final Pattern REMOTE_LOAD = Pattern.compile(
            "<(?:script|link|img|iframe|source|embed)\\b[^>]*\\s(?:src|href)=[\"']?(?:https?:)?//[^>]*>"
                    + "|url\\(\\s*[\"']?(?:https?:)?//[^)]*\\)|@import\\s+[\"'](?:https?:)?//[^;]*;",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String process(Document document, String output) {
        var root = String.valueOf(document.getAttribute("site-root", ""));
        var page = REMOTE_IMPORT.matcher(output).replaceAll("");
        page = page.replaceFirst("</head>", Matcher.quoteReplacement(
                "<link rel=\"stylesheet\" href=\"" + root + SiteAssets.SITE_CSS + "\">\n</head>"));
        if (document.hasAttribute("stem")) {
            var m = MATHJAX.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no MathJax block to replace in the converted page; Asciidoctor's STEM"
                        + " output has changed and OfflinePage must follow it");
            }
            page = m.replaceFirst(Matcher.quoteReplacement(katex(root)));
        }
        var remote = REMOTE_LOAD.matcher(page);
        if (remote.find()) {
            throw new IllegalStateException("the converted page would still load from the network: " + remote.group());
        }
        return page;
    }

    static String katex(String root) {
        var dir = root + SiteAssets.KATEX_DIR;
        return "<link rel=\"stylesheet\" href=\"" + dir + "/katex.min.css\">\n"
                + "<script defer src=\"" + dir + "/katex.min.js\"></script>\n"
                + "<script defer src=\"" + dir + "/contrib/auto-render.min.js\"></script>\n"
                + "<script>\n"
                + "document.addEventListener(\"DOMContentLoaded\", function () {\n"
                + "  renderMathInElement(document.body, {\n"
                + "    delimiters: [{left: \"\\\\[\", right: \"\\\\]\", display: true},"
                + " {left: \"\\\\(\", right: \"\\\\)\", display: false}],\n"
                + "    ignoredClasses: [\"nostem\", \"nolatexmath\"],\n"
                + "    throwOnError: false\n"
                + "  });\n"
                + "});\n"
                + "</script>";
    }
}
