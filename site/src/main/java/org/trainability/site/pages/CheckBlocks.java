package org.trainability.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.site.evidence.CheckEvidence;
import org.trainability.site.figures.Figure;
import org.trainability.site.figures.Malformed;
import org.trainability.site.figures.PlotRenderer;
import org.trainability.site.figures.PlotText;
import org.trainability.site.figures.Scalar;
import org.trainability.site.figures.SpectrumPlot;
import org.trainability.site.figures.Structured;
import org.trainability.site.figures.Table;
import org.trainability.site.figures.XyPlot;
import org.trainability.site.figures.HeatmapPlot;

/**
 * Writes one check on an entry's page: verdict, negative-control outcome, standing at the gate,
 * seed, cases, the command that reproduces it, and every figure (scalars in one table, tables as
 * tables, plots as inline SVG). Stateless.
 */
final class CheckBlocks {

    /** The command that reruns every check, when a check names no command of its own. */
    static final String DEFAULT_REPRODUCE = "./ledger.sh audit";

    private CheckBlocks() {
    }

    /** The HTML id of a check's section. */
    static String anchor(String checkId) {
        return SitePaths.anchor("check", checkId);
    }

    /** The HTML id of one figure of a check. */
    static String figureAnchor(String checkId, String figure) {
        return SitePaths.anchor("fig", checkId, figure);
    }

    static void write(AsciiDoc doc, CheckEvidence c, String entryId, Links links) {
        doc.section(2, "Check " + AsciiDoc.code(c.id()), anchor(c.id()));
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Verdict", verdict(c.verdict())));
        rows.add(List.of("Negative control", negativeControl(c.negativeControl())));
        rows.add(List.of("At the gate", standing(c.standing())));
        rows.add(List.of("Kind", c.kind().label() + (c.cases() > 0 ? ", " + c.cases() + " generated cases" : "")
                + (c.checksStatement() ? ", tests the statement itself" : "")));
        rows.add(List.of("Seed", AsciiDoc.code(c.seed())));
        var others = c.verifies().stream().filter(v -> !v.equals(entryId)).toList();
        if (!others.isEmpty()) {
            rows.add(List.of("Also verifies", links.entries(others)));
        }
        if (!c.detail().isEmpty()) {
            rows.add(List.of("Detail", AsciiDoc.text(c.detail())));
        }
        rows.add(List.of("Reproduce", AsciiDoc.code(c.reproduce().orElse(DEFAULT_REPRODUCE))));
        doc.table("1,4", "check-facts", List.of(), rows);
        writeFigures(doc, c);
    }

    private static void writeFigures(AsciiDoc doc, CheckEvidence c) {
        var figures = c.shownFigures();
        if (figures.isEmpty()) {
            doc.paragraph("_This check reports no figures._");
            return;
        }
        var scalars = figures.stream().filter(f -> f instanceof Scalar || f instanceof Structured).toList();
        if (!scalars.isEmpty()) {
            var rows = new ArrayList<List<String>>();
            for (var f : scalars) {
                var value = f instanceof Scalar s ? AsciiDoc.text(s.text()) : AsciiDoc.code(((Structured) f).json());
                rows.add(List.of("[[" + figureAnchor(c.id(), f.name()) + "]]" + AsciiDoc.code(f.name()), value));
            }
            doc.table("2,3", "figures", List.of("Figure", "Value"), rows);
        }
        // Plots first: where there is a picture, people would rather look than read.
        for (var f : figures) {
            if (f.isPlot()) {
                plot(doc, c, f);
            }
        }
        for (var f : figures) {
            if (f instanceof Table t) {
                table(doc, c, t);
            } else if (f instanceof Malformed m) {
                doc.line("[[" + figureAnchor(c.id(), m.name()) + "]]");
                doc.admonition("WARNING", "malformed-figure", "Figure " + AsciiDoc.code(m.name())
                        + " does not follow docs/figures.md: " + AsciiDoc.text(m.reason()) + ". Its value: "
                        + AsciiDoc.code(m.json()));
            }
        }
    }

    private static void table(AsciiDoc doc, CheckEvidence c, Table t) {
        doc.line("[[" + figureAnchor(c.id(), t.name()) + "]]");
        doc.line(".Table " + AsciiDoc.code(t.name()));
        var cols = String.join(",", java.util.Collections.nCopies(Math.max(1, t.columns().size()), "1"));
        var header = t.columns().stream().map(AsciiDoc::text).toList();
        var rows = t.rows().stream().map(r -> r.stream().map(AsciiDoc::text).toList()).toList();
        doc.table(cols, "figure-table", header, rows);
    }

    private static void plot(AsciiDoc doc, CheckEvidence c, Figure f) {
        var id = figureAnchor(c.id(), f.name());
        var text = plotText(f);
        var rendered = PlotRenderer.render(f, "svg-" + id);
        doc.line("[[" + id + "]]");
        doc.line("." + text.title().map(AsciiDoc::text).orElse(AsciiDoc.code(f.name())));
        doc.line("[.plot]");
        doc.line("====");
        doc.html("<div class=\"plot-svg\">" + rendered.svg() + "</div>");
        var caption = new StringBuilder();
        text.caption().ifPresent(cap -> caption.append(AsciiDoc.text(cap)).append(' '));
        if (f instanceof SpectrumPlot s) {
            caption.append(s.markedCount()).append(" of ").append(s.lambdas().length)
                    .append(" eigenvalues in stem:[C^*(O)] (squares). ");
        }
        caption.append("Figure ").append(AsciiDoc.code(f.name())).append(" of check ").append(AsciiDoc.code(c.id()))
                .append('.');
        doc.paragraph(caption.toString());
        for (var note : rendered.notes()) {
            doc.paragraph("[.plot-note]#" + AsciiDoc.text(note) + "#");
        }
        doc.line("====");
        doc.blank();
    }

    private static PlotText plotText(Figure f) {
        if (f instanceof XyPlot x) {
            return x.text();
        }
        if (f instanceof SpectrumPlot s) {
            return s.text();
        }
        return ((HeatmapPlot) f).text();
    }

    static String verdict(Verdict v) {
        return AsciiDoc.label("verdict-" + v.label(), v.label());
    }

    static String negativeControl(NegativeControl n) {
        return switch (n) {
            case FAILED_AS_EXPECTED -> AsciiDoc.label("control-ok", "failed as expected")
                    + " — the check rejects the known-bad input, so its passes mean something";
            case PASSED_UNEXPECTEDLY -> AsciiDoc.label("control-bad", "passed unexpectedly")
                    + " — the check accepted known-bad input, so it cannot tell good from bad";
            case NONE -> AsciiDoc.label("control-none", "none") + " — without a negative control a pass supports nothing";
        };
    }

    static String standing(CheckResult.Standing s) {
        return switch (s) {
            case SUPPORTS -> AsciiDoc.label("standing-supports", "supports") + " what it verifies";
            case FAILED -> AsciiDoc.label("standing-failed", "failed") + " — demotes what it verifies";
            case DISCREDITED -> AsciiDoc.label("standing-failed", "discredited")
                    + " — counts as a failure, since its negative control passed";
            case UNCONTROLLED -> AsciiDoc.label("standing-none", "supports nothing") + " — no negative control";
            case UNRESOLVED -> AsciiDoc.label("standing-unresolved", "unresolved")
                    + " — an unresolved estimate supports nothing and demotes nothing";
        };
    }

    /** "2 pass, 1 fail" in the words of the status table, or "none". */
    static String summary(List<CheckEvidence> checks) {
        if (checks.isEmpty()) {
            return "none";
        }
        var parts = new ArrayList<String>();
        count(checks, CheckResult.Standing.SUPPORTS, "pass", "verdict-pass", parts);
        count(checks, CheckResult.Standing.FAILED, "fail", "verdict-fail", parts);
        count(checks, CheckResult.Standing.DISCREDITED, "control passed", "verdict-fail", parts);
        count(checks, CheckResult.Standing.UNCONTROLLED, "no control", "verdict-unresolved", parts);
        count(checks, CheckResult.Standing.UNRESOLVED, "unresolved", "verdict-unresolved", parts);
        return String.join(", ", parts);
    }

    private static void count(List<CheckEvidence> checks, CheckResult.Standing standing, String word, String role,
            List<String> parts) {
        long n = checks.stream().filter(c -> c.standing() == standing).count();
        if (n > 0) {
            parts.add(AsciiDoc.label(role, n + " " + word));
        }
    }
}
