package org.trainability.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trainability.site.SharedRenderer;
import org.trainability.site.pages.Page;

/** What Asciidoctor would load from the network is replaced or refused. */
class OfflinePageTest {

    private static String render(String body) {
        var adoc = "= T\n:stem: latexmath\n:webfonts!:\n:site-root: ../\n\n" + body + "\n";
        return SharedRenderer.get().render(new Page("entries/t.html", "T", adoc), Path.of("."));
    }

    @Test
    void mathJaxAndTheFontImportGiveWayToBundledKatex() {
        var html = render("stem:[x^2]");
        assertThat(html).doesNotContain("MathJax").doesNotContain("fonts.googleapis").doesNotContain("@import")
                .contains("<script defer src=\"../assets/katex/katex.min.js\"></script>")
                .contains("href=\"../assets/site.css\"").contains("\\(x^2\\)");
    }

    @Test
    void aPageThatWouldStillLoadFromTheNetworkIsRefused() {
        assertThatThrownBy(() -> render("image::https://example.org/plot.png[]"))
                .isInstanceOf(PageRenderException.class).hasMessageStartingWith("entries/t.html: ")
                .hasMessageContaining("https://example.org/plot.png").hasMessageContaining("link them relatively");
    }
}
