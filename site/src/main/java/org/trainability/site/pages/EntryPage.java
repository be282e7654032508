package org.trainability.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trainability.ledger.model.Assumption;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.Finding;
import org.trainability.ledger.model.HistoricalClaim;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Risk;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;
import org.trainability.site.evidence.EntryEvidence;
import org.trainability.site.figures.FigureText;

/**
 * The page of one entry: its statement, its three tags (research page, claimed, supported — a
 * claim above its evidence in red with the gate's reasons and the chain of {@code uses} that
 * caused it), its links, what its kind adds (an obligation's proof document, a risk's state and
 * mitigation, an experiment's question, grid and the research page's figures beside ours), every
 * check that verifies it with figures and plots, and the history of its tag. Stateless.
 */
final class EntryPage {

    private EntryPage() {
    }

    static Page build(SiteModel model, Entry e) {
        var path = SitePaths.entryPage(e.id());
        var links = new Links(model, "../");
        var evidence = model.evidence(e.id());
        var doc = new AsciiDoc(e.id() + " — " + e.title(), "../");
        doc.line(links.navigation());
        doc.paragraph("[.entry-kind]#" + kindName(e) + "#");
        tags(doc, e, evidence, links);
        doc.section(1, "Statement");
        doc.block(e.header().statement(), "statement");
        kindSpecific(doc, model, e, links);
        linkSection(doc, model, e, links);
        checks(doc, e, evidence, links);
        history(doc, e);
        if (!e.header().notes().isBlank()) {
            doc.section(1, "Notes");
            doc.block(e.header().notes(), "notes");
        }
        return new Page(path, e.id() + " — " + e.title(), doc.toString());
    }

    private static String kindName(Entry e) {
        if (e instanceof TheoremTier t) {
            return t.tier() == TheoremTier.Tier.CONDITIONAL ? "Theorem — conditional tier" : "Theorem — operational tier";
        }
        return switch (e.kind()) {
            case HISTORICAL -> "Historical claim";
            case ASSUMPTION -> "Assumption";
            case OBLIGATION -> "Proof obligation";
            case FINDING -> "Finding";
            case RISK -> "Risk";
            case EXPERIMENT -> "Experiment";
            case THEOREM -> "Theorem";
        };
    }

    private static void tags(AsciiDoc doc, Entry e, Optional<EntryEvidence> evidence, Links links) {
        var supported = evidence.map(EntryEvidence::supported);
        var supportedCell = supported.map(AsciiDoc::badge).orElse("_not in this audit_");
        if (supported.isPresent() && supported.get() != e.claimed()) {
            var above = evidence.get().isViolation();
            supportedCell += " " + AsciiDoc.label(above ? "mismatch" : "headroom",
                    above ? "≠ claimed: the claim stands above it" : "≠ claimed: above the claim");
        }
        doc.table("1,1,1", "three-tags", List.of("Research page", "Claimed (ledger)", "Supported (audit)"),
                List.of(List.of(AsciiDoc.badge(e.reported()), AsciiDoc.badge(e.claimed()), supportedCell)));
        if (evidence.isPresent()) {
            var ev = evidence.get();
            if (ev.isViolation()) {
                var text = new StringBuilder("*The claim (" + e.claimed().label() + ") stands above its evidence ("
                        + ev.supported().label() + ").* `mvn verify` fails until the evidence catches up or the claim"
                        + " is lowered. The gate says:\n\n");
                for (var line : gateLines(ev.violations())) {
                    text.append("* ").append(AsciiDoc.text(line)).append('\n');
                }
                if (ev.chain().size() > 1) {
                    var upwards = new ArrayList<>(ev.chain());
                    java.util.Collections.reverse(upwards);
                    text.append("\nChain of lost support (along `uses`, root cause first): ");
                    var linked = new ArrayList<String>();
                    for (var id : upwards) {
                        linked.add(links.entry(id));
                    }
                    text.append(String.join(" → ", linked)).append('\n');
                }
                doc.admonition("CAUTION", "claim-above-evidence", text.toString());
            } else if (ev.supported() != e.claimed() && !e.claimed().isTerminal() && !ev.supported().isTerminal()) {
                doc.admonition("NOTE", "claim-below-evidence", "The evidence supports *" + ev.supported().label()
                        + "*, above the claimed *" + e.claimed().label() + "*: the claim could be raised with "
                        + AsciiDoc.code("./ledger.sh promote " + e.id() + " --to " + ev.supported().label()) + ".");
            }
            ev.belowReportedBecause().ifPresent(r -> doc.admonition("NOTE", "below-reported",
                    "Claimed below the research page's tag because: " + r));
        } else {
            doc.admonition("WARNING", "not-audited", "The audit this site was built from does not know this entry;"
                    + " run `mvn verify` to audit the current ledger.");
        }
        e.header().supersededBy().ifPresent(s -> doc.admonition("NOTE", "superseded",
                "Superseded by " + links.entry(s) + "."));
        e.header().withdrawnBecause().ifPresent(w -> doc.admonition("NOTE", "withdrawn", "Withdrawn: " + w));
    }

    /**
     * The gate's explanation without what the page already shows: its first line repeats the two
     * tags and its "chain:" line is drawn with links below.
     */
    static List<String> gateLines(List<String> violations) {
        var out = new ArrayList<String>();
        for (int i = 1; i < violations.size(); i++) {
            var line = violations.get(i).strip();
            if (line.startsWith("chain:")) {
                continue;
            }
            out.add(line.startsWith("- ") ? line.substring(2) : line);
        }
        return out;
    }

    private static void kindSpecific(AsciiDoc doc, SiteModel model, Entry e, Links links) {
        {
            model.outlook().stream().filter(o -> o.entryId().equals(e.id())).findFirst().ifPresent(o -> {
                doc.section(1, "What validated still needs");
                doc.paragraph(Prose.VALIDATED);
                if (o.shortfalls().isEmpty()) {
                    doc.paragraph("The gate finds nothing missing: this claim is *validated*.");
                } else {
                    var sb = new StringBuilder("The gate, applied to this audit's check results, lists:\n\n");
                    o.shortfalls().forEach(s -> sb.append("* ").append(AsciiDoc.text(s)).append('\n'));
                    doc.paragraph(sb.toString());
                }
            });
        }
        if (e instanceof HistoricalClaim h && !h.reasons().isEmpty()) {
            doc.section(1, "Why it was replaced");
            var sb = new StringBuilder();
            h.reasons().forEach(r -> sb.append(". ").append(AsciiDoc.oneLine(r)).append('\n'));
            doc.paragraph(sb.toString());
        }
        if (e instanceof Assumption a) {
            doc.section(1, "Measured on a model as");
            doc.block(a.measuredAs(), "measured-as");
        }
        if (e instanceof Finding f) {
            doc.section(1, "Measured as");
            doc.block(f.measuredAs(), "measured-as");
        }
        if (e instanceof Risk r) {
            doc.section(1, "Risk");
            doc.table("1,4", "risk", List.of(), List.of(List.of("Threat", r.threat()),
                    List.of("State", "[.risk-state]#" + r.state() + "#"), List.of("Mitigation", r.mitigation())));
        }
        if (e instanceof Obligation o) {
            ObligationSection.write(doc, model, o, links);
        }
        if (e instanceof Experiment x) {
            experiment(doc, model, x, links);
        }
    }

    private static void experiment(AsciiDoc doc, SiteModel model, Experiment x, Links links) {
        doc.section(1, "The experiment");
        doc.table("1,4", "experiment", List.of(), List.of(
                List.of("Research page name", AsciiDoc.code(x.seedName())),
                List.of("Question", x.question()),
                List.of("Model family", x.modelFamily()),
                List.of("Kernels", x.kernels().isEmpty() ? "—"
                        : String.join(", ", x.kernels().stream().map(AsciiDoc::code).toList())),
                List.of("Grid", x.grid()),
                List.of("Verifies", links.entries(x.verifies()))));
        doc.section(1, "The research page's figures beside ours");
        if (x.reportedFigures().isEmpty()) {
            doc.paragraph("_The research page reports no figures for this experiment._");
            return;
        }
        doc.paragraph("Reported figures are shown with their source and never support a tag on their own;"
                + " ours are measured by this build's checks.");
        var rows = new ArrayList<List<String>>();
        for (var r : x.reportedFigures()) {
            rows.add(List.of(r.name(), "*" + r.value() + "*", r.source(), ours(model, r.ours(), links)));
        }
        doc.table("3,2,3,3", "reported-beside-ours", List.of("Figure", "Research page", "Source", "Ours (this build)"),
                rows);
    }

    /** Our figure for a reported one: its value, or where to look, or why there is none. */
    private static String ours(SiteModel model, Optional<String> ours, Links links) {
        if (ours.isEmpty()) {
            return "_reported only: this project does not measure it_";
        }
        var ref = ours.get();
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return "_malformed reference " + AsciiDoc.code(ref) + " (expected CHECK-ID#figure)_";
        }
        var checkId = ref.substring(0, hash);
        var figureName = ref.substring(hash + 1);
        var check = model.audit().check(checkId);
        if (check.isEmpty()) {
            return "_not measured in this audit: no check " + AsciiDoc.code(checkId) + "_";
        }
        var figure = check.get().figure(figureName);
        if (figure.isEmpty()) {
            return "_check " + links.check(checkId, AsciiDoc.code(checkId)) + " has no figure "
                    + AsciiDoc.code(figureName) + "_";
        }
        var verdict = CheckBlocks.verdict(check.get().verdict());
        var inline = FigureText.inline(figure.get());
        if (inline.isPresent()) {
            return "*" + AsciiDoc.text(inline.get()) + "* " + verdict + " +\n"
                    + links.figure(checkId, figureName, AsciiDoc.code(ref));
        }
        return links.figure(checkId, figureName, (figure.get().isPlot() ? "plot " : "table ") + AsciiDoc.code(ref))
                + " " + verdict;
    }

    private static void linkSection(AsciiDoc doc, SiteModel model, Entry e, Links links) {
        doc.section(1, "Links");
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Uses", links.entries(e.uses())
                + " [.link-note]#(its support is capped by these)#"));
        rows.add(List.of("Used by", links.entries(model.ledger().usedBy(e.id()))));
        if (!e.assumes().isEmpty()) {
            rows.add(List.of("Assumes", links.entries(e.assumes())
                    + " [.link-note]#(hypotheses of the statement: shown beside it, never capping it)#"));
        }
        if (!e.gatedOn().isEmpty()) {
            rows.add(List.of("Gated on", links.entries(e.gatedOn())
                    + " [.link-note]#(must be solid on RESOLVED at-scale evidence before this can be validated)#"));
        }
        var experiments = model.verifiedBy(e.id()).stream().map(Entry::id).toList();
        if (!experiments.isEmpty()) {
            rows.add(List.of("Verified by experiments", links.entries(experiments)));
        }
        var assumedBy = model.ledger().entries().stream().filter(o -> o.assumes().contains(e.id())).map(Entry::id)
                .toList();
        if (!assumedBy.isEmpty()) {
            rows.add(List.of("Assumed by", links.entries(assumedBy)));
        }
        var gating = model.ledger().entries().stream().filter(o -> o.gatedOn().contains(e.id())).map(Entry::id)
                .toList();
        if (!gating.isEmpty()) {
            rows.add(List.of("Gates", links.entries(gating)));
        }
        doc.table("1,4", "links", List.of(), rows);
    }

    private static void checks(AsciiDoc doc, Entry e, Optional<EntryEvidence> evidence, Links links) {
        doc.section(1, "Checks");
        var checks = evidence.map(EntryEvidence::checks).orElse(List.of());
        if (checks.isEmpty()) {
            doc.paragraph("No check of this build verifies " + AsciiDoc.text(e.id())
                    + ", so the evidence supports it at " + AsciiDoc.badge(Tag.OPEN) + " only (or at its terminal tag).");
            return;
        }
        doc.paragraph(checks.size() + (checks.size() == 1 ? " check verifies" : " checks verify") + " this entry: "
                + CheckBlocks.summary(checks) + ".");
        for (var c : checks) {
            CheckBlocks.write(doc, c, e.id(), links);
        }
    }

    private static void history(AsciiDoc doc, Entry e) {
        doc.section(1, "Tag history");
        var history = e.header().history();
        if (history.isEmpty()) {
            doc.paragraph("No change of the claimed tag is recorded: it has been " + AsciiDoc.badge(e.claimed())
                    + " since the entry was written.");
            return;
        }
        var rows = new ArrayList<List<String>>();
        for (var h : history) {
            var audit = h.audit().map(a -> "commit " + AsciiDoc.code(a.commit()) + ", evidence "
                    + AsciiDoc.code(a.evidenceDigest().substring(0, Math.min(12, a.evidenceDigest().length()))))
                    .orElse("_before this project kept audits_");
            rows.add(List.of(h.date().toString(), AsciiDoc.badge(h.from()) + " → " + AsciiDoc.badge(h.to()),
                    h.reason(), audit));
        }
        doc.table("2,3,6,4", "history", List.of("Date", "Change", "Reason", "Allowed by audit"), rows);
    }
}
