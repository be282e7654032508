package org.trainability.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Negative controls for the inspections {@link GeneratedSiteTest} relies on: on a site that breaks
 * the rules they must say so, or their silence on the real site would prove nothing.
 */
class SiteInspectionTest {

    @Test
    void networkLoadsAreFound() {
        var doc = Jsoup.parse("""
                <html><head>
                <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans">
                <script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.9/MathJax.js"></script>
                <style>@import "https://example.org/a.css"; body { background: url(http://example.org/b.png); }</style>
                </head><body>
                <img src="//example.org/c.png">
                <svg><image href="https://example.org/d.png"/></svg>
                <div style="background: url('https://example.org/e.png')"></div>
                <a href="https://example.org/">a plain link is not a load</a>
                <script src="assets/katex/katex.min.js"></script>
                </body></html>""");
        var loads = SiteInspection.networkLoads("bad.html", doc);
        assertThat(loads).hasSize(7);
        assertThat(String.join("\n", loads)).contains("fonts.googleapis").contains("MathJax.js").contains("a.css")
                .contains("b.png").contains("c.png").contains("d.png").contains("e.png").doesNotContain("katex");
    }

    @Test
    void brokenLinksAndMissingAnchorsAreFound(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("entries"));
        Files.writeString(site.resolve("index.html"), """
                <html><body><h2 id="here">x</h2>
                <a href="#here">fine</a> <a href="#nowhere">missing anchor</a>
                <a href="entries/A.html#sec">fine</a> <a href="entries/B.html">missing page</a>
                <a href="entries/A.html#gone">missing anchor on another page</a>
                <link rel="stylesheet" href="assets/site.css">
                <svg><a href="../outside.html"><text>leaves the site</text></a></svg>
                </body></html>""");
        Files.writeString(site.resolve("entries/A.html"), "<html><body><div id=\"sec\"></div></body></html>");
        var broken = new SiteInspection(site).brokenLinks();
        assertThat(broken).hasSize(5);
        assertThat(String.join("\n", broken)).contains("#nowhere").contains("entries/B.html")
                .contains("entries/A.html#gone").contains("assets/site.css").contains("leaves the site");
    }
}
