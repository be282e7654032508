package org.trainability.site.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Tag;
import org.trainability.site.figures.FigureReader;

/**
 * One audit as {@code ./ledger.sh audit --json FILE} (and {@code mvn verify}) writes it: the
 * entries with their supported tags and checks, and the summary. The shape is fixed by the ledger
 * module's {@code AuditJson}; this class reads it as JSON and depends on nothing that produced it.
 *
 * <p>Immutable and thread-safe; reading is stateless.
 *
 * @param summary the summary block
 * @param entries the entries, in the audit's order
 */
public record AuditEvidence(AuditSummary summary, List<EntryEvidence> entries) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public AuditEvidence {
        java.util.Objects.requireNonNull(summary, "summary");
        entries = List.copyOf(entries);
    }

    /** The audit entry with this id, if the audit has it. */
    public Optional<EntryEvidence> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every check of the audit once, in order of first appearance. */
    public List<CheckEvidence> checks() {
        var byId = new LinkedHashMap<String, CheckEvidence>();
        for (var e : entries) {
            for (var c : e.checks()) {
                byId.putIfAbsent(c.id(), c);
            }
        }
        return List.copyOf(byId.values());
    }

    /** The check with this id, if the audit has it. */
    public Optional<CheckEvidence> check(String id) {
        return checks().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Reads an audit file.
     *
     * @throws EvidenceInputException when the file is missing, is not JSON, or breaks the shape
     */
    public static AuditEvidence read(Path file) throws EvidenceInputException {
        return parse(readTree(file), file.toString());
    }

    static JsonNode readTree(Path file) throws EvidenceInputException {
        if (!Files.isRegularFile(file)) {
            throw new EvidenceInputException("no audit at " + file + ": run `mvn verify` or `./ledger.sh audit --json "
                    + file + "` first, or pass --audit FILE");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EvidenceInputException(file + ": not readable as JSON (" + e.getOriginalMessage()
                    + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "); regenerate it with ./ledger.sh audit --json " + file);
        } catch (IOException e) {
            throw new EvidenceInputException(file + ": cannot be read (" + e.getMessage()
                    + "); regenerate it with ./ledger.sh audit --json " + file);
        }
    }

    /** Reads an audit from its JSON tree; {@code file} names it in messages. */
    public static AuditEvidence parse(JsonNode tree, String file) throws EvidenceInputException {
        var root = JsonFields.root(file, tree);
        var entries = new ArrayList<EntryEvidence>();
        for (var e : root.objects("entries")) {
            entries.add(entry(e));
        }
        return new AuditEvidence(summary(root.object("summary")), entries);
    }

    private static EntryEvidence entry(JsonFields e) throws EvidenceInputException {
        var checks = new ArrayList<CheckEvidence>();
        for (var c : e.objects("checks")) {
            checks.add(check(c));
        }
        return new EntryEvidence(e.text("id"), e.text("kind"), e.text("title"), tag(e, "reported"), tag(e, "claimed"),
                tag(e, "supported"), e.texts("uses"), e.texts("assumes"), e.texts("gatedOn"), e.texts("usedBy"), checks,
                e.texts("violations"), e.texts("shortfalls"), e.texts("chain"), e.optionalText("belowReportedBecause"));
    }

    private static CheckEvidence check(JsonFields c) throws EvidenceInputException {
        return new CheckEvidence(c.text("id"), c.label("kind", CheckKind::parse, "property, numerical, at-scale"),
                c.texts("verifies"), c.label("verdict", Verdict::parse, "pass, fail, unresolved"),
                c.label("negativeControl", NegativeControl::parse, "failed-as-expected, passed-unexpectedly, none"),
                FigureReader.read(c.raw("figures")), c.optionalText("seed").orElse("none"), c.integerOr("cases", 0),
                c.boolOr("checksStatement", false), c.optionalText("detail").orElse(""));
    }

    private static Tag tag(JsonFields f, String field) throws EvidenceInputException {
        return f.label(field, Tag::parse, Tag.labels());
    }

    private static AuditSummary summary(JsonFields s) throws EvidenceInputException {
        var checks = s.object("checks");
        return new AuditSummary(s.integer("entries"), s.integer("violations"), s.bool("passed"), s.text("commit"),
                s.text("evidenceDigest"), s.text("startedAt"), s.integer("durationMillis"), checks.integer("total"),
                checks.integerOr("pass", 0), checks.integerOr("fail", 0), checks.integerOr("unresolved", 0),
                counts(s, "bySupported"), counts(s, "byClaimed"));
    }

    private static Map<Tag, Long> counts(JsonFields s, String field) throws EvidenceInputException {
        var out = new EnumMap<Tag, Long>(Tag.class);
        if (!s.has(field)) {
            return out;
        }
        var counts = s.object(field);
        for (var name : counts.names()) {
            var tag = Tag.parse(name).orElseThrow(() -> counts.problem(name, "unknown tag; expected one of " + Tag.labels()));
            out.put(tag, counts.integer(name));
        }
        return out;
    }
}
