package org.trainability.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.figure.Figure;
import org.trainability.ledger.figure.HeatMap;
import org.trainability.ledger.figure.Image;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.SpectrumPlot;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.site.evidence.CheckEvidence;
import org.trainability.site.figures.FigureText;
import org.trainability.site.figures.PlotRenderer;

/**
 * Writes one check on an entry's page: verdict, negative-control outcome, standing at the gate,
 * seed, cases, the command that reproduces it, and every figure (scalars and lists of values in one
 * table, tables as tables, plots and images as inline SVG). Stateless.
 */
final class CheckBlocks {

    /** The command that reruns one check and its control, when a check names no command of its own. */
    static String defaultReproduce(String checkId) {
        return "./ledger.sh check " + checkId;
    }

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
        rows.add(List.of("Reproduce", AsciiDoc.code(c.reproduce().orElse(defaultReproduce(c.id())))));
        doc.table("1,4", "check-facts", List.of(), rows);
        writeFigures(doc, c);
    }

    private static void writeFigures(AsciiDoc doc, CheckEvidence c) {
        var figures = c.shownFigures();
        if (figures.isEmpty()) {
            doc.paragraph("_This check reports no figures._");
            return;
        }
        var rows = new ArrayList<List<String>>();
        figures.forEach((name, f) -> FigureText.inline(f).ifPresent(text -> rows.add(List.of(
                "[[" + figureAnchor(c.id(), name) + "]]" + AsciiDoc.code(name), AsciiDoc.text(text)))));
        if (!rows.isEmpty()) {
            doc.table("2,3", "figures", List.of("Figure", "Value"), rows);
        }
        // Plots first: where there is a picture, people would rather look than read.
        figures.forEach((name, f) -> {
            if (f.isPlot()) {
                plot(doc, c, name, f);
            }
        });
        figures.forEach((name, f) -> {
            if (f instanceof Table t) {
                table(doc, c, name, t);
            }
        });
    }

    private static void table(AsciiDoc doc, CheckEvidence c, String name, Table t) {
        doc.line("[[" + figureAnchor(c.id(), name) + "]]");
        doc.line(".Table " + AsciiDoc.code(name));
        var cols = String.join(",", java.util.Collections.nCopies(Math.max(1, t.columns().size()), "1"));
        var header = t.columns().stream().map(AsciiDoc::text).toList();
        var rows = t.rows().stream().map(r -> r.stream().map(cell -> AsciiDoc.text(FigureText.of(cell))).toList())
                .toList();
        doc.table(cols, "figure-table", header, rows);
    }

    private static void plot(AsciiDoc doc, CheckEvidence c, String name, Figure f) {
        var id = figureAnchor(c.id(), name);
        var text = plotText(f);
        var rendered = PlotRenderer.render(f, "svg-" + id);
        doc.line("[[" + id + "]]");
        doc.line("." + text.title().map(AsciiDoc::text).orElse(AsciiDoc.code(name)));
        doc.line("[.plot]");
        doc.line("====");
        doc.html("<div class=\"plot-svg\">" + rendered.svg() + "</div>");
        var caption = new StringBuilder();
        text.caption().ifPresent(cap -> caption.append(AsciiDoc.text(cap)).append(' '));
        if (f instanceof SpectrumPlot s) {
            caption.append(s.markedCount()).append(" of ").append(s.lambdas().length)
                    .append(" eigenvalues in stem:[C^*(O)] (squares). ");
        }
        if (f instanceof Image i) {
            caption.append(i.width()).append(" × ").append(i.height())
                    .append(" pixels, grey levels from 0 (black) to 1 (white). ");
        }
        caption.append("Figure ").append(AsciiDoc.code(name)).append(" of check ").append(AsciiDoc.code(c.id()))
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
        if (f instanceof HeatMap h) {
            return h.text();
        }
        return ((Image) f).text();
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
            case INCONCLUSIVE -> AsciiDoc.label("control-none", "inconclusive")
                    + " — the known-bad input gave an unresolved verdict or an error: it rejected nothing";
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
            case CONTROL_INCONCLUSIVE -> AsciiDoc.label("standing-none", "supports nothing")
                    + " — its negative control was inconclusive";
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
        count(checks, CheckResult.Standing.CONTROL_INCONCLUSIVE, "control inconclusive", "verdict-unresolved", parts);
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
