package org.trainability.ledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.trainability.ledger.figure.FigureCodec;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Shortfall;
import org.trainability.ledger.gate.Support;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.store.AtomicFiles;

/**
 * The audit as JSON, the form other tools read:
 * {@code {"entries":[{"id","kind","title","reported","claimed","supported","uses","assumes",
 * "gatedOn","checks":[{"id","kind","verdict","negativeControl","figures",…}],"violations",…}],
 * "summary":{…}}}. Field names are a contract; add, never rename.
 */
public final class AuditJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditJson() {
    }

    public static ObjectNode toJson(AuditReport report) {
        var root = MAPPER.createObjectNode();
        var entries = root.putArray("entries");
        for (var e : report.ledger().entries()) {
            entries.add(entryNode(e, report.support(e.id()), report.ledger().usedBy(e.id())));
        }
        var summary = root.putObject("summary");
        summary.put("entries", report.supports().size());
        summary.put("violations", report.violations().size());
        summary.put("passed", report.passes());
        summary.put("commit", report.commit());
        summary.put("evidenceDigest", report.evidenceDigest());
        summary.put("startedAt", report.startedAt().toString());
        summary.put("durationMillis", report.duration().toMillis());
        var checks = summary.putObject("checks");
        checks.put("total", report.results().size());
        report.countByVerdict().forEach((v, n) -> checks.put(v.label(), n));
        var supported = summary.putObject("bySupported");
        report.countBySupported().forEach((t, n) -> supported.put(t.label(), n));
        var claimed = summary.putObject("byClaimed");
        report.countByClaimed().forEach((t, n) -> claimed.put(t.label(), n));
        return root;
    }

    public static String toText(AuditReport report) {
        try {
            return MAPPER.writeValueAsString(toJson(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("audit must serialise to JSON", e);
        }
    }

    public static void write(AuditReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, toText(report));
    }

    private static ObjectNode entryNode(Entry e, Support s, List<String> usedBy) {
        var n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("kind", e.kind().label());
        n.put("title", e.title());
        n.put("reported", e.reported().label());
        n.put("claimed", e.claimed().label());
        n.put("supported", s.supported().label());
        strings(n.putArray("uses"), e.uses());
        strings(n.putArray("assumes"), e.assumes());
        strings(n.putArray("gatedOn"), e.gatedOn());
        strings(n.putArray("usedBy"), usedBy);
        var checks = n.putArray("checks");
        s.checks().forEach(c -> checks.add(checkNode(c)));
        strings(n.putArray("violations"), s.explain());
        strings(n.putArray("shortfalls"), s.shortfalls().stream().map(Shortfall::what).toList());
        strings(n.putArray("chain"), s.chain());
        e.header().belowReportedBecause().ifPresent(r -> n.put("belowReportedBecause", r));
        n.put("belowReported", !e.claimed().isTerminal() && !e.reported().isTerminal()
                && !e.claimed().isAtLeast(e.reported()) || e.reported().isTerminal() && e.claimed() != e.reported());
        return n;
    }

    /** One check result as JSON; also the canonical form {@link EvidenceDigest} hashes. */
    public static ObjectNode checkNode(CheckResult c) {
        var n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("kind", c.kind().label());
        strings(n.putArray("verifies"), c.verifies());
        n.put("verdict", c.verdict().label());
        n.put("negativeControl", c.negativeControl().label());
        n.set("figures", FigureCodec.writeAll(c.figures()));
        n.put("seed", c.seed());
        n.put("cases", c.cases());
        n.put("checksStatement", c.checksStatement());
        n.put("detail", c.detail());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
