package org.trainability.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.Ledger;
import org.trainability.site.evidence.AuditEvidence;
import org.trainability.site.figures.FigureText;
import org.trainability.site.pages.SitePaths;

/**
 * The site generated from the fixture (a ledger of every kind, an audit built by the real gate, two
 * recorded snapshots), read back as HTML with jsoup. The site stays in {@code target/fixture-site/}
 * to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSiteTest {

    static final Path WORK = Path.of("target", "fixture-site");

    private Path site;
    private SiteGenerator.Result result;
    private Ledger ledger;
    private AuditEvidence audit;
    private SiteInspection inspection;

    @BeforeAll
    void generate() throws Exception {
        var root = FixtureSite.copyFixture(WORK.resolve("root"));
        var auditFile = WORK.resolve("audit.json");
        FixtureSite.writeEvidence(root, auditFile);
        site = WORK.resolve("site").toAbsolutePath();
        result = SiteGenerator.generate(root, auditFile, site, SharedRenderer.get());
        ledger = new LedgerLoader().load(root);
        audit = AuditEvidence.read(auditFile);
        inspection = new SiteInspection(site);
    }

    @Test
    void asciidoctorReportsNoProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.pages()).isEqualTo(ledger.entries().size() + 2);
    }

    @Test
    void everyEntryHasAPage() {
        assertThat(ledger.entries()).hasSizeGreaterThanOrEqualTo(16);
        for (Entry e : ledger.entries()) {
            var page = inspection.page(SitePaths.entryPage(e.id()));
            assertThat(page.selectFirst("h1").text()).as(e.id()).startsWith(e.id() + " — ");
        }
        assertThat(inspection.pages()).hasSize(ledger.entries().size() + 2);
    }

    @Test
    void everyInternalLinkResolves() throws Exception {
        assertThat(inspection.brokenLinks()).isEmpty();
        // And there are links to check: every entry page is linked from the home page.
        var home = inspection.page("index.html");
        for (Entry e : ledger.entries()) {
            assertThat(home.select("a[href=" + SitePaths.entryPage(e.id()) + "]")).as(e.id()).isNotEmpty();
        }
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() throws Exception {
        assertThat(inspection.networkLoads()).isEmpty();
        for (var p : inspection.pages()) {
            var doc = inspection.page(site.relativize(p).toString());
            assertThat(doc.select("script[src]").eachAttr("src")).as(p.toString())
                    .allMatch(src -> src.contains("assets/katex/"));
            assertThat(doc.html()).as(p.toString()).doesNotContain("MathJax").doesNotContain("fonts.googleapis");
        }
    }

    @Test
    void theGraphHasANodePerEntryAndAnEdgePerLink() {
        var graph = inspection.page("graph.html");
        assertThat(graph.body().hasClass("graph-page")).isTrue();
        var nodes = graph.select("svg.dependency-graph g.node");
        var ids = new HashSet<String>(nodes.eachAttr("data-entry"));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(ledger.entries().stream().map(Entry::id).toList());
        assertThat(nodes).hasSize(ledger.entries().size());
        for (Element node : nodes) {
            var id = node.attr("data-entry");
            assertThat(node.parent().tagName()).isEqualTo("a");
            assertThat(node.parent().attr("href")).isEqualTo(SitePaths.entryPage(id));
            var evidence = audit.entry(id).orElseThrow();
            assertThat(node.attr("data-supported")).as(id).isEqualTo(evidence.supported().label());
            assertThat(node.hasAttr("data-violation")).as(id).isEqualTo(evidence.isViolation());
        }
        long uses = ledger.entries().stream().mapToLong(e -> e.uses().size()).sum();
        long verifies = ledger.entries().stream().filter(Experiment.class::isInstance)
                .mapToLong(e -> ((Experiment) e).verifies().size()).sum();
        assertThat(graph.select("polyline.edge-uses")).hasSize((int) uses);
        assertThat(graph.select("polyline.edge-verifies")).hasSize((int) verifies);
    }

    @Test
    void mathIsLeftForTheBundledKatex() throws Exception {
        var page = inspection.page(SitePaths.entryPage("T-cond"));
        assertThat(page.select("div.stemblock").text()).contains("\\[").contains("Q_{op}");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("../assets/katex/katex.min.css");
        assertThat(Files.exists(site.resolve("assets/katex/katex.min.js"))).isTrue();
        assertThat(Files.exists(site.resolve("assets/katex/fonts/KaTeX_Main-Regular.woff2"))).isTrue();
    }

    @Test
    void aClaimAboveItsEvidenceIsMarkedWithTheChainThatCausedIt() {
        var violating = audit.entries().stream().filter(e -> e.isViolation()).toList();
        assertThat(violating).extracting(e -> e.id()).contains("O5", "T-cond", "T-op");
        for (var e : audit.entries()) {
            var page = inspection.page(SitePaths.entryPage(e.id()));
            assertThat(page.select(".claim-above-evidence")).as(e.id()).hasSize(e.isViolation() ? 1 : 0);
        }
        var tcond = inspection.page(SitePaths.entryPage("T-cond")).selectFirst(".claim-above-evidence");
        assertThat(tcond.select("a").eachAttr("href")).contains("../entries/O5.html", "../entries/T-cond.html");
        assertThat(tcond.text()).contains("O5.restriction failed");
        var headroom = inspection.page(SitePaths.entryPage("A6"));
        assertThat(headroom.select(".claim-below-evidence").text()).contains("./ledger.sh promote A6 --to conjectured");
    }

    @Test
    void everyLinkedCheckIsShownWithItsVerdictControlSeedAndCommand() {
        for (var e : audit.entries()) {
            var page = inspection.page(SitePaths.entryPage(e.id()));
            for (var c : e.checks()) {
                var section = page.getElementById("check-" + SitePaths.fileName(c.id()));
                assertThat(section).as(e.id() + " shows " + c.id()).isNotNull();
                var facts = section.parent().selectFirst("table.check-facts").text();
                assertThat(facts).contains(c.verdict().label()).contains(c.seed())
                        .contains(c.reproduce().orElse("./ledger.sh check " + c.id()).replaceAll("\\s+", " "));
            }
        }
        var o1c = inspection.page(SitePaths.entryPage("O1.c")).text();
        assertThat(o1c).contains("./ledger.sh audit # O1.c.lumping, seed 0x01c");
    }

    @Test
    void plotsAreInlineSvg() {
        var exp1 = inspection.page(SitePaths.entryPage("exp1"));
        var scatter = exp1.getElementById("svg-fig-exp1.grid-qperp-vs-qop");
        assertThat(scatter).isNotNull();
        assertThat(scatter.tagName()).isEqualTo("svg");
        assertThat(scatter.attr("viewBox")).isNotEmpty();
        assertThat(exp1.select(".plot-note").text()).contains("2 values of Q_single (single gap) not drawn");
        var heatMap = inspection.page(SitePaths.entryPage("exp7")).getElementById("svg-fig-exp7.sweet-spot-grid");
        assertThat(heatMap).isNotNull();
        // Γ = 0.2 · 3 is 0.6000000000000001 in the audit; the axis shows it as people write it.
        assertThat(heatMap.select("text").eachText()).contains("0.6", "1.4").noneMatch(t -> t.contains("00000"));
        assertThat(inspection.page(SitePaths.entryPage("O4")).getElementById("svg-fig-A2.spectra-independent-spins"))
                .isNotNull();
        assertThat(inspection.page(SitePaths.entryPage("exp4")).getElementById("svg-fig-exp4.tau-vs-L-tau-vs-L"))
                .isNotNull();
    }

    @Test
    void anImageIsDrawnInGreyWithItsTitleAndCaption() {
        var r1 = inspection.page(SitePaths.entryPage("R1"));
        var image = r1.getElementById("svg-fig-R1.tracking-layer-input");
        assertThat(image).isNotNull();
        assertThat(image.tagName()).isEqualTo("svg");
        assertThat(image.hasClass("grey-image")).isTrue();
        assertThat(image.attr("viewBox")).isEqualTo("0 0 28 28");
        var rects = image.select("rect");
        assertThat(rects.size()).isBetween(28, 28 * 28);
        long covered = rects.stream().mapToLong(r -> Long.parseLong(r.attr("width"))).sum();
        assertThat(covered).isEqualTo(28 * 28);
        var fills = rects.eachAttr("fill");
        assertThat(fills).contains("#000000").allMatch(fill -> fill.matches("#([0-9a-f]{2})\\1\\1"));
        // The ring's crest, exp(−(r − 9)²/8) near 1, is nearly white.
        assertThat(fills.stream().mapToInt(fill -> Integer.parseInt(fill.substring(1, 3), 16)).max().orElse(0))
                .isGreaterThan(240);
        var block = image.closest(".plot");
        assertThat(block.select(".title").text()).isEqualTo("The layer's input");
        assertThat(block.text()).contains("A ring of radius 9 pixels.").contains("28 × 28 pixels");
        assertThat(r1.select("table.figures").text()).contains("cells-tracked").contains("[22, 46]");
    }

    @Test
    void obligationsShowTheirProofDocument() {
        var o1c = inspection.page(SitePaths.entryPage("O1.c"));
        assertThat(o1c.text()).contains("Strong lumpability").contains("Kemeny & Snell, Finite Markov Chains");
        assertThat(o1c.select(".fact-yes")).hasSize(3);
        var o5 = inspection.page(SitePaths.entryPage("O5"));
        assertThat(o5.select(".proof-missing").text()).contains("obligations/O5.adoc does not exist");
    }

    @Test
    void experimentsShowTheResearchPageFiguresBesideOurs() {
        var exp1 = inspection.page(SitePaths.entryPage("exp1"));
        var rows = exp1.select("table.reported-beside-ours tbody tr");
        assertThat(rows).hasSize(4);
        var ours = FigureText.inline(audit.check("exp1.grid").orElseThrow().figure("cells-tracked-multi-mode")
                .orElseThrow()).orElseThrow();
        assertThat(rows.get(0).text()).contains("45/48").contains(ours);
        assertThat(rows.get(0).select("a").attr("href"))
                .isEqualTo("../entries/exp1.html#fig-exp1.grid-cells-tracked-multi-mode");
        assertThat(rows.get(3).text()).contains("reported only");
        assertThat(exp1.select("table.experiment").text()).contains("48 cells").contains("random-scan");
    }

    @Test
    void risksShowStateAndMitigation() {
        var r5 = inspection.page(SitePaths.entryPage("R5")).select("table.risk").text();
        assertThat(r5).contains("binding").contains("Detect τ ∝ L");
    }

    @Test
    void tagHistoryIsShownWithTheAuditThatAllowedEachChange() {
        var rows = inspection.page(SitePaths.entryPage("O1.c")).select("table.history tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).text()).contains("2026-11-20").contains("3f2a9c1").contains("9d1f3c0b7a55");
        assertThat(rows.get(0).text()).contains("before this project kept audits");
    }

    @Test
    void homeShowsTiersCountsTheLastAuditAndEveryEntryByKind() {
        var home = inspection.page("index.html");
        assertThat(home.text()).contains("Conditional tier").contains("Operational tier");
        var lastAudit = home.selectFirst("table.last-audit").text();
        var s = audit.summary();
        assertThat(lastAudit).contains(s.commit()).contains(s.startedAt()).contains("4.2 s")
                .contains(s.checksPassed() + " passed").contains(s.checksFailed() + " failed")
                .contains(s.checksUnresolved() + " unresolved");
        var byTag = home.selectFirst("table.by-tag").select("tbody tr");
        for (var row : byTag) {
            var tag = org.trainability.ledger.model.Tag.parse(row.child(0).text()).orElseThrow();
            assertThat(row.child(1).text()).isEqualTo(Long.toString(s.bySupported().getOrDefault(tag, 0L)));
        }
        var entryRows = home.select("table.entries tbody tr");
        assertThat(entryRows).hasSize(ledger.entries().size());
        assertThat(home.select("h3").eachText()).contains("Theorem tiers (2)", "Assumptions (3)", "Experiments (3)");
    }

    @Test
    void homeSaysWhyNothingIsValidated() {
        var home = inspection.page("index.html");
        assertThat(home.select("h2").eachText()).contains("Why nothing reaches validated");
        assertThat(home.text()).contains("gated on A6, which is supported at conjectured with no RESOLVED at-scale evidence");
    }

    @Test
    void homeShowsWhatChangedSinceTheLastSnapshot() {
        var home = inspection.page("index.html");
        assertThat(home.text()).contains("Compared with snapshot 2");
        var changes = home.selectFirst("table.changes").select("tbody tr");
        var o5 = changes.stream().filter(r -> r.child(0).text().equals("O5")).findFirst().orElseThrow();
        assertThat(o5.child(2).text()).isEqualTo("conjectured → open");
        assertThat(o5.child(3).text()).isEqualTo("O5.restriction: pass → fail");
        var o1c = changes.stream().filter(r -> r.child(0).text().equals("O1.c")).findFirst().orElseThrow();
        assertThat(o1c.child(1).text()).isEqualTo("solid → proven-here");
        var exp4 = changes.stream().filter(r -> r.child(0).text().equals("exp4")).findFirst().orElseThrow();
        assertThat(exp4.child(3).text()).isEqualTo("exp4.tau-vs-L: absent → unresolved");
    }
}
