package org.trainability.ledger.audit;

import java.util.ArrayList;
import java.util.List;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Support;
import org.trainability.ledger.model.Entry;

/**
 * The audit as a plain-text table: id, title, reported, claimed, supported, checks. A {@code !}
 * marks a claim above its support.
 */
public final class StatusTable {

    private static final int TITLE_WIDTH = 46;

    private StatusTable() {
    }

    public static String render(AuditReport report) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"", "id", "title", "reported", "claimed", "supported", "checks"});
        for (var e : report.ledger().entries()) {
            var s = report.support(e.id());
            rows.add(new String[] {s.isViolation() ? "!" : " ", e.id(), shorten(e.title()), e.reported().label(),
                    e.claimed().label(), s.supported().label(), checks(s)});
        }
        var widths = new int[rows.get(0).length];
        java.util.Arrays.fill(widths, 1);
        for (var r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        var sb = new StringBuilder();
        for (var r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i]));
                if (i < r.length - 1) {
                    line.append(i == 0 ? "" : "  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** "3 pass", "2 pass, 1 fail", or "none". */
    static String checks(Support s) {
        if (s.checks().isEmpty()) {
            return "none";
        }
        var parts = new ArrayList<String>();
        count(s.checks(), CheckResult.Standing.SUPPORTS, "pass", parts);
        count(s.checks(), CheckResult.Standing.FAILED, "fail", parts);
        count(s.checks(), CheckResult.Standing.DISCREDITED, "control passed", parts);
        count(s.checks(), CheckResult.Standing.UNCONTROLLED, "no control", parts);
        count(s.checks(), CheckResult.Standing.CONTROL_INCONCLUSIVE, "control inconclusive", parts);
        count(s.checks(), CheckResult.Standing.UNRESOLVED, "unresolved", parts);
        return String.join(", ", parts);
    }

    private static void count(List<CheckResult> checks, CheckResult.Standing standing, String word, List<String> parts) {
        long n = checks.stream().filter(c -> c.standing() == standing).count();
        if (n > 0) {
            parts.add(n + " " + word);
        }
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }

    /** One entry with its links, for {@code ledger show}. */
    public static String show(AuditReport report, Entry e) {
        var s = report.support(e.id());
        var sb = new StringBuilder();
        sb.append(e.id()).append(" — ").append(e.title()).append('\n');
        sb.append("kind:      ").append(e.kind()).append('\n');
        sb.append("reported:  ").append(e.reported()).append('\n');
        sb.append("claimed:   ").append(e.claimed()).append('\n');
        sb.append("supported: ").append(s.supported()).append(s.isViolation() ? "   (claim above support!)" : "")
                .append('\n');
        line(sb, "uses", e.uses());
        line(sb, "used by", report.ledger().usedBy(e.id()));
        line(sb, "assumes", e.assumes());
        line(sb, "gated on", e.gatedOn());
        e.header().supersededBy().ifPresent(x -> sb.append("superseded by: ").append(x).append('\n'));
        e.header().withdrawnBecause().ifPresent(x -> sb.append("withdrawn because: ").append(x).append('\n'));
        e.header().belowReportedBecause().ifPresent(x -> sb.append("below the research page because: ")
                .append(x).append('\n'));
        sb.append("\nstatement:\n").append(indent(e.header().statement())).append('\n');
        sb.append("\nchecks:").append(s.checks().isEmpty() ? " none linked\n" : "\n");
        for (var c : s.checks()) {
            sb.append("  ").append(c.id()).append(" [").append(c.kind()).append("] ").append(c.verdict())
                    .append(", negative control ").append(c.negativeControl()).append(" — ").append(c.detail())
                    .append('\n');
        }
        if (!e.header().history().isEmpty()) {
            sb.append("\nhistory:\n");
            for (var h : e.header().history()) {
                sb.append("  ").append(h.date()).append(": ").append(h.from()).append(" -> ").append(h.to())
                        .append(" — ").append(h.reason())
                        .append(h.audit().map(a -> " (commit " + a.commit() + ", evidence " + a.evidenceDigest()
                                .substring(0, Math.min(12, a.evidenceDigest().length())) + ")").orElse(""))
                        .append('\n');
            }
        }
        if (s.isViolation()) {
            sb.append('\n');
            s.explain().forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<String> ids) {
        sb.append(String.format("%-10s ", label + ":")).append(ids.isEmpty() ? "—" : String.join(", ", ids))
                .append('\n');
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
