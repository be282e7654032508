package org.trainability.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.trainability.site.SharedRenderer;

/**
 * Text that tools produced reaches the page exactly as typed, whatever AsciiDoc or HTML it looks
 * like, in paragraphs and in table cells; and without the escaping it would not (the control).
 */
class AsciiDocTextTest {

    private static final List<String> NASTY = List.of(
            "*bold* _italic_ `mono` #mark#", "a | b || c", "{attribute} and {set:x:y}", "<script>alert(1)</script>",
            "[brackets] and ]", "ends in a backslash \\", "stem:[x^2] latexmath:[y]", "++plus++ and +++three+++",
            "link:http://example.org[x] https://example.org", "<<xref>> and [[anchor]]", "& &amp; &lt;",
            "pass:[raw] pass:c[x]", "line\nbreak", "-- and ---- and ....", "τ̂ ∝ L, Q⊥ ≈ Q_op");

    @Test
    void toolTextIsShownAsTyped() {
        var doc = new AsciiDoc("escaping", "");
        var rows = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < NASTY.size(); i++) {
            doc.paragraph("[.case-" + i + "]\n" + AsciiDoc.text(NASTY.get(i)));
            rows.add(List.of(Integer.toString(i), AsciiDoc.text(NASTY.get(i))));
        }
        doc.table("1,4", "cases", List.of("n", "text"), rows);
        var html = Jsoup.parse(SharedRenderer.get().render(new Page("p.html", "p", doc.toString()), Path.of(".")));
        var cells = html.select("table.cases tbody tr");
        assertThat(cells).hasSize(NASTY.size());
        for (int i = 0; i < NASTY.size(); i++) {
            var expected = NASTY.get(i).replace("\n", " ").strip();
            assertThat(html.selectFirst(".case-" + i).text()).as("paragraph %d", i).isEqualTo(expected);
            assertThat(cells.get(i).child(1).text()).as("cell %d", i).isEqualTo(expected);
        }
        assertThat(html.select("script:not([src])").eachAttr("src")).isEmpty();
        assertThat(html.html()).doesNotContain("<script>alert");
    }

    @Test
    void withoutEscapingTheSameTextWouldBeFormatted() {
        var doc = new AsciiDoc("control", "");
        doc.paragraph("[.raw]\n" + NASTY.get(0));
        var html = Jsoup.parse(SharedRenderer.get().render(new Page("p.html", "p", doc.toString()), Path.of(".")));
        assertThat(html.selectFirst(".raw").text()).isNotEqualTo(NASTY.get(0));
    }
}
