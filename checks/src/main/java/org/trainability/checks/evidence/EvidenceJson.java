package org.trainability.checks.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.audit.EvidenceDigest;
import org.trainability.ledger.figure.FigureCodec;
import org.trainability.ledger.json.JsonFields;
import org.trainability.ledger.json.JsonShapeException;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;

/**
 * Evidence records as JSON, each sealed by a SHA-256 digest over a canonical form of everything
 * else in it (keys sorted, no whitespace). Editing any figure breaks the seal.
 */
public final class EvidenceJson {

    public static final String FORMAT = "trainability-evidence/1";

    static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private EvidenceJson() {
    }

    /** The record as sealed JSON text. */
    public static String toText(EvidenceRecord r) {
        var node = unsealed(r);
        node.put("digest", digest(node));
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence must serialise to JSON", e);
        }
    }

    static ObjectNode unsealed(EvidenceRecord r) {
        var node = CANONICAL.createObjectNode();
        node.put("format", FORMAT);
        node.set("check", AuditJson.checkNode(r.result()));
        node.put("description", r.description());
        node.set("parameters", CANONICAL.valueToTree(r.parameters()));
        node.put("negativeControlDetail", r.negativeControlDetail());
        node.set("negativeControlFigures", FigureCodec.writeAll(r.negativeControlFigures()));
        node.put("durationMillis", r.durationMillis());
        node.put("commit", r.commit());
        node.put("statementFingerprint", r.statementFingerprint());
        node.put("recordedAt", r.recordedAt().toString());
        return node;
    }

    /** SHA-256 of the canonical form of {@code node} without its {@code digest} field. */
    public static String digest(JsonNode node) {
        var copy = node.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("digest");
        }
        try {
            return EvidenceDigest.sha256(CANONICAL.writeValueAsBytes(copy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one record, refusing it when its digest does not match its content.
     *
     * @param text the file's text
     * @param file its name, for messages
     */
    public static EvidenceRecord read(String text, String file) throws EvidenceException {
        JsonNode node;
        try {
            node = CANONICAL.readTree(text);
        } catch (JsonProcessingException e) {
            throw new EvidenceException(file + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject() || !FORMAT.equals(node.path("format").asText())) {
            throw new EvidenceException(file + ": not an evidence record (expected \"format\": \"" + FORMAT + "\")");
        }
        var claimed = node.path("digest").asText("");
        var actual = digest(node);
        if (!claimed.equals(actual)) {
            throw new EvidenceException(file + ": digest mismatch — the record was changed after it was sealed"
                    + " (recorded " + abbreviate(claimed) + ", content hashes to " + abbreviate(actual) + ")");
        }
        try {
            var r = JsonFields.root(file, node);
            var c = r.object("check");
            var result = new CheckResult(c.text("id"),
                    c.label("kind", CheckKind::parse, "property, numerical, at-scale"),
                    c.texts("verifies"),
                    c.label("verdict", Verdict::parse, "pass, fail, unresolved"),
                    FigureCodec.readAll(file, c.where("figures"), c.required("figures")),
                    c.text("seed"),
                    c.label("negativeControl", NegativeControl::parse, "failed-as-expected, passed-unexpectedly, inconclusive, none"),
                    (int) c.integer("cases"),
                    c.bool("checksStatement"),
                    c.text("detail"));
            return new EvidenceRecord(result, r.text("description"), toMap(r.object("parameters")),
                    r.text("negativeControlDetail"),
                    FigureCodec.readAll(file, "negativeControlFigures", r.required("negativeControlFigures")),
                    r.integer("durationMillis"), r.text("commit"), r.text("statementFingerprint"),
                    Instant.parse(r.text("recordedAt")));
        } catch (JsonShapeException e) {
            throw new EvidenceException(e.getMessage() + " (a sealed record of another shape: re-record it with"
                    + " ./ledger.sh audit --evidence-out DIR)");
        } catch (RuntimeException e) {
            throw new EvidenceException(file + ": sealed but malformed evidence record (" + e + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(JsonFields object) {
        var copy = CANONICAL.createObjectNode();
        object.names().forEach(name -> copy.set(name, object.raw(name)));
        return CANONICAL.convertValue(copy, Map.class);
    }

    private static String abbreviate(String digest) {
        return digest.length() > 16 ? digest.substring(0, 16) + "…" : digest;
    }
}
