package org.trainability.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.EntryKind;
import org.trainability.ledger.model.HistoricalClaim;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;
import org.trainability.site.evidence.EntryEvidence;
import org.trainability.site.evidence.EvidenceChanges;

/**
 * The home page: the theorem's two tiers with live tags, why nothing reaches {@code validated},
 * the last audit, counts by tag, what changed since the last recorded snapshot, and a table of every
 * entry grouped by kind. Stateless.
 */
final class HomePage {

    private HomePage() {
    }

    static Page build(SiteModel model) {
        var links = new Links(model, "");
        var doc = new AsciiDoc("The trainability ledger", "");
        doc.line(links.navigation());
        doc.paragraph("[.lead]\n" + Prose.INTRO);
        mismatches(doc, model);
        theorem(doc, model, links);
        validated(doc, model, links);
        lastAudit(doc, model);
        changes(doc, model, links);
        everyEntry(doc, model, links);
        return new Page(SitePaths.HOME, "The trainability ledger", doc.toString());
    }

    private static void mismatches(AsciiDoc doc, SiteModel model) {
        var mismatches = model.auditMismatches();
        if (!mismatches.isEmpty()) {
            var sb = new StringBuilder("The audit this site was built from does not match the ledger; run `mvn verify`"
                    + " to audit the current ledger.\n\n");
            mismatches.forEach(m -> sb.append("* ").append(AsciiDoc.text(m)).append('\n'));
            doc.admonition("WARNING", "audit-mismatch", sb.toString());
        }
    }

    private static void theorem(AsciiDoc doc, SiteModel model, Links links) {
        doc.section(1, "The theorem, as it stands now");
        var tiers = model.ledger().entries().stream().filter(TheoremTier.class::isInstance).map(TheoremTier.class::cast)
                .sorted(java.util.Comparator.comparing(TheoremTier::tier)).toList();
        if (tiers.isEmpty()) {
            doc.paragraph("_The ledger holds no theorem tier yet._");
        }
        for (var t : tiers) {
            var tierName = t.tier() == TheoremTier.Tier.CONDITIONAL ? "Conditional tier" : "Operational tier";
            doc.section(2, tierName + ": " + links.entry(t.id()) + " — " + t.title());
            doc.paragraph(tagLine(t, model.evidence(t.id())));
            doc.block(t.header().statement(), "statement");
            var context = new ArrayList<String>();
            if (!t.uses().isEmpty()) {
                context.add("Uses " + links.entries(t.uses()) + ".");
            }
            if (!t.assumes().isEmpty()) {
                context.add("Assumes " + links.entries(t.assumes()) + " (hypotheses: they do not cap it).");
            }
            if (!t.gatedOn().isEmpty()) {
                context.add("Gated on " + links.entries(t.gatedOn()) + ".");
            }
            if (!context.isEmpty()) {
                doc.paragraph(String.join(" ", context));
            }
        }
        var historical = model.ledger().entries().stream().filter(HistoricalClaim.class::isInstance).toList();
        if (!historical.isEmpty()) {
            var sb = new StringBuilder("Replaced along the way: ");
            var parts = new ArrayList<String>();
            for (var h : historical) {
                parts.add(links.entry(h.id()) + " (" + h.title() + ", " + AsciiDoc.badge(h.claimed())
                        + h.header().supersededBy().map(s -> " by " + links.entry(s)).orElse("") + ")");
            }
            doc.paragraph(sb.append(String.join("; ", parts)).append('.').toString());
        }
    }

    /** "Research page X · claimed Y · supported Z", with the mismatch marked. */
    static String tagLine(Entry e, Optional<EntryEvidence> evidence) {
        var line = "Research page " + AsciiDoc.badge(e.reported()) + " · claimed " + AsciiDoc.badge(e.claimed())
                + " · supported " + evidence.map(ev -> AsciiDoc.badge(ev.supported())).orElse("_not audited_");
        if (evidence.isPresent() && evidence.get().isViolation()) {
            line += " " + AsciiDoc.label("mismatch", "claim above evidence");
        }
        return line;
    }

    private static void validated(AsciiDoc doc, SiteModel model, Links links) {
        boolean any = model.outlook().stream().anyMatch(o -> o.shortfalls().isEmpty());
        doc.section(1, any ? "Validated claims" : "Why nothing reaches validated");
        doc.paragraph(Prose.VALIDATED);
        if (model.outlook().isEmpty()) {
            doc.paragraph("_The ledger holds no operational claim yet, so there is nothing that could be validated._");
            return;
        }
        for (var o : model.outlook()) {
            var sb = new StringBuilder();
            sb.append(links.entry(o.entryId())).append(" is supported at ").append(AsciiDoc.badge(o.supported()));
            if (!o.gatedOn().isEmpty()) {
                sb.append(", gated on ").append(links.entries(o.gatedOn()));
            }
            if (o.shortfalls().isEmpty()) {
                sb.append(". The gate finds nothing missing: it is *validated*.");
                doc.paragraph(sb.toString());
                continue;
            }
            sb.append(". What the gate says `validated` still lacks:\n\n");
            o.shortfalls().forEach(s -> sb.append("* ").append(AsciiDoc.text(s)).append('\n'));
            doc.paragraph(sb.toString());
        }
    }

    private static void lastAudit(AsciiDoc doc, SiteModel model) {
        var s = model.audit().summary();
        doc.section(1, "The last audit");
        doc.table("1,3", "last-audit", List.of(), List.of(
                List.of("Verdict", s.passed() ? AsciiDoc.label("verdict-pass", "passed")
                        + " every claimed tag is supported"
                        : AsciiDoc.label("verdict-fail", "failed") + " " + s.violations()
                                + (s.violations() == 1 ? " claim stands" : " claims stand") + " above the evidence"),
                List.of("Commit", AsciiDoc.code(s.commit())),
                List.of("Started", AsciiDoc.text(s.startedAt())),
                List.of("Duration", AsciiDoc.text(duration(s.durationMillis()))),
                List.of("Checks", s.checksTotal() + " run: " + AsciiDoc.label("verdict-pass", s.checksPassed() + " passed")
                        + " " + AsciiDoc.label("verdict-fail", s.checksFailed() + " failed") + " "
                        + AsciiDoc.label("verdict-unresolved", s.checksUnresolved() + " unresolved")),
                List.of("Evidence digest", AsciiDoc.code(s.evidenceDigest()))));
        doc.section(2, "Entries by tag");
        var rows = new ArrayList<List<String>>();
        for (var t : Tag.values()) {
            long supported = s.bySupported().getOrDefault(t, 0L);
            long claimed = s.byClaimed().getOrDefault(t, 0L);
            if (supported > 0 || claimed > 0 || !t.isTerminal()) {
                rows.add(List.of(AsciiDoc.badge(t), Long.toString(supported), Long.toString(claimed)));
            }
        }
        doc.table("2,1,1", "by-tag", List.of("Tag", "Supported by the audit", "Claimed in the ledger"), rows);
    }

    static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 120_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }

    private static void changes(AsciiDoc doc, SiteModel model, Links links) {
        doc.section(1, "What changed since the last recorded snapshot");
        if (model.snapshot().isEmpty()) {
            doc.paragraph("_No audit snapshot has been recorded yet (" + AsciiDoc.code("evidence/audits/")
                    + " holds none), so there is nothing to compare this audit with._");
            return;
        }
        var snapshot = model.snapshot().get();
        doc.paragraph("Compared with snapshot " + snapshot.sequence() + " (" + AsciiDoc.code(snapshot.file())
                + ", recorded " + AsciiDoc.text(snapshot.recordedAt()) + ", commit "
                + AsciiDoc.code(snapshot.audit().summary().commit()) + ").");
        var changes = EvidenceChanges.between(snapshot.audit(), model.audit());
        if (changes.isEmpty()) {
            doc.paragraph("Nothing changed: every entry has the claimed and supported tags it had then, and every check"
                    + " the same verdict.");
            return;
        }
        if (!changes.entries().isEmpty()) {
            var rows = new ArrayList<List<String>>();
            for (var c : changes.entries()) {
                rows.add(List.of(links.entry(c.id()), move(c.claimed()), move(c.supported()), verdicts(c.checks(), links)));
            }
            doc.table("1,2,2,4", "changes", List.of("Entry", "Claimed", "Supported", "Checks whose verdict changed"),
                    rows);
        }
        if (!changes.addedEntries().isEmpty()) {
            doc.paragraph("New entries since then: " + links.entries(changes.addedEntries()) + ".");
        }
        if (!changes.removedEntries().isEmpty()) {
            doc.paragraph("Entries gone since then: " + String.join(", ",
                    changes.removedEntries().stream().map(AsciiDoc::text).toList()) + ".");
        }
    }

    private static String move(Optional<EvidenceChanges.TagMove> move) {
        return move.map(m -> AsciiDoc.badge(m.from()) + " → " + AsciiDoc.badge(m.to())).orElse("unchanged");
    }

    private static String verdicts(List<EvidenceChanges.VerdictChange> checks, Links links) {
        if (checks.isEmpty()) {
            return "none";
        }
        var parts = new ArrayList<String>();
        for (var v : checks) {
            var name = links.check(v.checkId(), AsciiDoc.code(v.checkId()));
            var before = v.before().map(CheckBlocks::verdict).orElse("_absent_");
            var after = v.after().map(CheckBlocks::verdict).orElse("_removed_");
            parts.add(name + ": " + before + " → " + after);
        }
        return String.join(" +\n", parts);
    }

    private static void everyEntry(AsciiDoc doc, SiteModel model, Links links) {
        doc.section(1, "Every entry");
        if (model.ledger().entries().isEmpty()) {
            doc.paragraph("_The ledger holds no entries yet._");
            return;
        }
        doc.paragraph("Grouped by kind. \"Supported\" is what this build's evidence allows; a red mark flags a claim"
                + " above it.");
        for (var kind : EntryKind.values()) {
            var entries = model.ledger().entries().stream().filter(e -> e.kind() == kind).toList();
            if (entries.isEmpty()) {
                continue;
            }
            doc.section(2, kindHeading(kind) + " (" + entries.size() + ")");
            var rows = new ArrayList<List<String>>();
            for (var e : entries) {
                var ev = model.evidence(e.id());
                var supported = ev.map(x -> AsciiDoc.badge(x.supported()) + (x.isViolation()
                        ? " " + AsciiDoc.label("mismatch", "≠ claimed")
                        : x.supported() != x.claimed() ? " " + AsciiDoc.label("headroom", "≠ claimed") : ""))
                        .orElse("_not audited_");
                rows.add(List.of(links.entry(e.id()), e.title(), AsciiDoc.badge(e.reported()), AsciiDoc.badge(e.claimed()),
                        supported, ev.map(x -> CheckBlocks.summary(x.checks())).orElse("—")));
            }
            doc.table("2,6,2,2,3,3", "entries", List.of("Id", "Title", "Research page", "Claimed", "Supported", "Checks"),
                    rows);
        }
    }

    private static String kindHeading(EntryKind kind) {
        return switch (kind) {
            case THEOREM -> "Theorem tiers";
            case HISTORICAL -> "Historical claims";
            case ASSUMPTION -> "Assumptions";
            case OBLIGATION -> "Proof obligations";
            case FINDING -> "Findings";
            case RISK -> "Risks";
            case EXPERIMENT -> "Experiments";
        };
    }
}
