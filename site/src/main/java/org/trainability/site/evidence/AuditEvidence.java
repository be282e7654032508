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
import org.trainability.ledger.figure.FigureCodec;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.json.JsonFields;
import org.trainability.ledger.json.JsonShapeException;
import org.trainability.ledger.model.Tag;

/**
 * One audit as {@code ./ledger.sh audit --json FILE} (and {@code mvn verify}) writes it: the
 * entries with their supported tags and checks, and the summary. The shape is fixed by the ledger
 * module's {@code AuditJson}; this class reads it with the ledger's {@link JsonFields}, and each
 * check's figures with the ledger's {@link FigureCodec} — the codec the checks wrote them with. A
 * figure the codec refuses is an {@link EvidenceInputException} naming the file, the check and the
 * field: the site draws every figure or none.
 *
 * <p>Immutable and thread-safe; reading is stateless.
 *
 * @param summary the summary block
 * @param entries the entries, in the audit's order
 */
public record AuditEvidence(AuditSummary summary, List<EntryEvidence> entries) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String REGENERATE = "regenerate it with ./ledger.sh audit --json ";
    private static final String REGENERATE_AUDIT = "regenerate the audit with ./ledger.sh audit --json ";

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
                    + "); " + REGENERATE + file);
        } catch (IOException e) {
            throw new EvidenceInputException(file + ": cannot be read (" + e.getMessage() + "); " + REGENERATE + file);
        }
    }

    /** Reads an audit from its JSON tree; {@code file} names it in messages. */
    public static AuditEvidence parse(JsonNode tree, String file) throws EvidenceInputException {
        return parse(tree, file, true);
    }

    /**
     * Reads a recorded snapshot's audit without its figures. The site compares snapshots by tags and
     * verdicts and draws no figure of theirs; a snapshot is never edited, so one recorded before the
     * figure form last changed must not stop the build.
     */
    static AuditEvidence parseWithoutFigures(JsonNode tree, String file) throws EvidenceInputException {
        return parse(tree, file, false);
    }

    private static AuditEvidence parse(JsonNode tree, String file, boolean withFigures) throws EvidenceInputException {
        if (tree == null || !tree.isObject()) {
            throw new EvidenceInputException(file + ": not an audit: expected a JSON object with \"entries\" and"
                    + " \"summary\"; " + REGENERATE + file);
        }
        try {
            var root = JsonFields.root(file, tree);
            var entries = new ArrayList<EntryEvidence>();
            for (var e : root.objects("entries")) {
                entries.add(entry(e, withFigures));
            }
            return new AuditEvidence(summary(root.object("summary")), entries);
        } catch (JsonShapeException e) {
            throw new EvidenceInputException(e.getMessage() + " (the audit JSON's shape is fixed by AuditJson; "
                    + REGENERATE + file + ")");
        }
    }

    private static EntryEvidence entry(JsonFields e, boolean withFigures) throws EvidenceInputException {
        var checks = new ArrayList<CheckEvidence>();
        for (var c : e.objects("checks")) {
            checks.add(check(c, withFigures));
        }
        return new EntryEvidence(e.text("id"), e.text("kind"), e.text("title"), tag(e, "reported"), tag(e, "claimed"),
                tag(e, "supported"), e.texts("uses"), e.texts("assumes"), e.texts("gatedOn"), e.texts("usedBy"), checks,
                e.texts("violations"), e.texts("shortfalls"), e.texts("chain"), e.optionalText("belowReportedBecause"));
    }

    private static CheckEvidence check(JsonFields c, boolean withFigures) throws EvidenceInputException {
        var id = c.text("id");
        return new CheckEvidence(id, c.label("kind", CheckKind::parse, "property, numerical, at-scale"),
                c.texts("verifies"), c.label("verdict", Verdict::parse, "pass, fail, unresolved"),
                c.label("negativeControl", NegativeControl::parse, "failed-as-expected, passed-unexpectedly, inconclusive, none"),
                withFigures ? figures(c, id) : Figures.none(), c.optionalText("seed").orElse("none"), c.integerOr("cases", 0),
                c.boolOr("checksStatement", false), c.optionalText("detail").orElse(""));
    }

    /** A check's figures, read strictly; a check that reports none may leave the field out. */
    private static Figures figures(JsonFields c, String checkId) throws EvidenceInputException {
        if (!c.has("figures")) {
            return Figures.none();
        }
        try {
            return FigureCodec.readAll(c.source(), c.where("figures"), c.raw("figures"));
        } catch (JsonShapeException e) {
            throw new EvidenceInputException(e.source() + ": check " + checkId + ": figure field '" + e.path() + "': "
                    + e.problem() + " (the site draws every figure docs/figures.md defines and no other: fix the"
                    + " check's figures, then " + REGENERATE_AUDIT + e.source() + ")");
        }
    }

    private static Tag tag(JsonFields f, String field) {
        return f.label(field, Tag::parse, Tag.labels());
    }

    private static AuditSummary summary(JsonFields s) {
        var checks = s.object("checks");
        return new AuditSummary(s.integer("entries"), s.integer("violations"), s.bool("passed"), s.text("commit"),
                s.text("evidenceDigest"), s.text("startedAt"), s.integer("durationMillis"), checks.integer("total"),
                checks.integerOr("pass", 0), checks.integerOr("fail", 0), checks.integerOr("unresolved", 0),
                counts(s, "bySupported"), counts(s, "byClaimed"));
    }

    private static Map<Tag, Long> counts(JsonFields s, String field) {
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
