package org.trainability.checks.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trainability.checks.evidence.EvidenceException;
import org.trainability.checks.evidence.EvidenceJson;
import org.trainability.engine.estimate.IntegratedAutocorrelationTime;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.ledger.audit.EvidenceDigest;
import org.trainability.ledger.json.JsonFields;
import org.trainability.ledger.json.JsonShapeException;

/**
 * The calibration's results as a file: sealed JSON (a SHA-256 digest over a canonical form of
 * everything else, as evidence records are sealed) that names the <em>fingerprint</em> of what was
 * measured — the corpus's case names, the run design and the rule's thresholds. A kept file whose
 * digest does not match was edited; one whose fingerprint differs from this build's is stale.
 *
 * <p>The checkpoint of a run in progress is a text file: a first line with the fingerprint, then one
 * finished case per line, appended as cases finish. A torn last line (a run killed mid-write) is
 * ignored on resuming. A number that does not exist (τ̂ where no window was found, R̂ of chains too
 * short for it) is written as {@code null}; every other number is a JSON number.
 * Stateless; thread-safe.
 */
public final class CalibrationFile {

    public static final String FORMAT = "trainability-calibration/1";

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).enable(SerializationFeature.INDENT_OUTPUT).build();

    private CalibrationFile() {
    }

    /**
     * What the results were measured against, and all a kept file must agree with to be current.
     *
     * @param cases the corpus
     */
    public static String fingerprint(List<CalibrationCorpus.Case> cases) {
        var text = new StringBuilder(FORMAT).append('\n');
        text.append("rule: L >= ").append(ResolutionRule.MIN_LENGTH_IN_TAUS).append(" tau, growth slope <= ")
                .append(ResolutionRule.MAX_GROWTH_SLOPE).append(", R-hat <= ").append(ResolutionRule.MAX_RHAT)
                .append(", bulk ESS >= ").append(ResolutionRule.MIN_BULK_ESS).append(", c = ")
                .append(IntegratedAutocorrelationTime.DEFAULT_C).append('\n');
        text.append("design: chains ").append(CaseRun.CHAINS).append(", multiples ")
                .append(Arrays.toString(CaseRun.MULTIPLES)).append(", lengths ").append(CaseRun.MIN_LENGTH)
                .append(" .. ").append(CaseRun.MAX_LENGTH).append(", probes ").append(CaseRun.SLOWEST).append(" + ")
                .append(CaseRun.SPREAD).append(", overdispersed, no burn-in, tolerance ")
                .append(CaseResult.TOLERANCE).append('\n');
        for (var c : cases) {
            text.append(c.index()).append(' ').append(c.name()).append('\n');
        }
        return EvidenceDigest.sha256(text.toString());
    }

    /**
     * The results, sealed, as the text of a kept file.
     *
     * @param fingerprint what they were measured against
     * @param results     every case's result (written in corpus order)
     * @param recordedAt  when the run finished
     */
    public static String toText(String fingerprint, List<CaseResult> results, Instant recordedAt) {
        var node = CANONICAL.createObjectNode();
        node.put("format", FORMAT);
        node.put("fingerprint", fingerprint);
        node.put("recordedAt", recordedAt.toString());
        var array = node.putArray("cases");
        results.stream().sorted(Comparator.comparingInt(CaseResult::index)).forEach(r -> array.add(caseNode(r)));
        node.put("digest", EvidenceJson.digest(node));
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calibration results must serialise to JSON", e);
        }
    }

    /**
     * The results of a kept file, refused when it is not one or was edited after it was sealed.
     *
     * @param fingerprint what they were measured against
     * @param recordedAt  when
     * @param results     every case's result, in corpus order
     */
    public record Kept(String fingerprint, Instant recordedAt, List<CaseResult> results) {
        public Kept {
            results = List.copyOf(results);
        }
    }

    /**
     * Reads a kept file.
     *
     * @param text   its text
     * @param source its name, for messages
     * @throws EvidenceException when it is not a calibration file, its seal is broken, or a field is malformed
     */
    public static Kept read(String text, String source) throws EvidenceException {
        JsonNode node;
        try {
            node = CANONICAL.readTree(text);
        } catch (JsonProcessingException e) {
            throw new EvidenceException(source + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject() || !FORMAT.equals(node.path("format").asText())) {
            throw new EvidenceException(source + ": not a calibration file (expected \"format\": \"" + FORMAT + "\")");
        }
        var claimed = node.path("digest").asText("");
        if (!claimed.equals(EvidenceJson.digest(node))) {
            throw new EvidenceException(source + ": digest mismatch — the calibration was changed after it was sealed;"
                    + " measure it again with ./ledger.sh calibrate");
        }
        try {
            var root = JsonFields.root(source, node);
            var results = new ArrayList<CaseResult>();
            for (var c : root.objects("cases")) {
                results.add(caseResult(c));
            }
            return new Kept(root.text("fingerprint"), Instant.parse(root.text("recordedAt")), results);
        } catch (JsonShapeException | java.time.format.DateTimeParseException e) {
            throw new EvidenceException(source + ": sealed but malformed calibration file (" + e.getMessage() + ")");
        }
    }

    /** The first line of a checkpoint. */
    public static String checkpointHeader(String fingerprint) {
        return "{\"format\":\"" + FORMAT + "-checkpoint\",\"fingerprint\":\"" + fingerprint + "\"}";
    }

    /** One finished case as a checkpoint line (no line break). */
    public static String checkpointLine(CaseResult r) {
        try {
            return CANONICAL.writeValueAsString(caseNode(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The finished cases of a checkpoint; empty when the file does not exist.
     *
     * @param file        the checkpoint
     * @param fingerprint what this run measures; a checkpoint of anything else is refused
     * @throws EvidenceException when the checkpoint belongs to another corpus, design or rule
     */
    public static List<CaseResult> readCheckpoint(Path file, String fingerprint) throws IOException, EvidenceException {
        if (!Files.exists(file)) {
            return List.of();
        }
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return List.of();
        }
        if (!lines.get(0).equals(checkpointHeader(fingerprint))) {
            throw new EvidenceException(file + ": a checkpoint of another corpus, design or rule (its first line"
                    + " names another fingerprint); delete it to start afresh");
        }
        var out = new ArrayList<CaseResult>();
        for (int k = 1; k < lines.size(); k++) {
            try {
                out.add(caseResult(JsonFields.root(file + ":" + (k + 1), CANONICAL.readTree(lines.get(k)))));
            } catch (JsonProcessingException | JsonShapeException | NullPointerException e) {
                if (k < lines.size() - 1) {
                    throw new EvidenceException(file + ":" + (k + 1) + ": not a finished case (" + e.getMessage() + ")");
                }
                // The last line was torn by a kill: that case runs again.
            }
        }
        return out;
    }

    private static ObjectNode caseNode(CaseResult r) {
        var node = CANONICAL.createObjectNode();
        node.put("index", r.index());
        node.put("family", r.family());
        node.put("name", r.name());
        put(node, "tauMax", r.tauMax());
        var probes = node.putArray("probes");
        r.probes().forEach(probes::add);
        var rungs = node.putArray("rungs");
        for (var g : r.rungs()) {
            var rung = rungs.addObject();
            rung.put("length", g.length());
            put(rung, "tauHatMax", g.tauHatMax());
            rung.put("before", g.before());
            rung.put("after", g.after());
            put(rung, "rhatMax", g.rhatMax());
            put(rung, "essBulkMin", g.essBulkMin());
        }
        return node;
    }

    /** A finite number as a number; NaN (no such number) as null; an infinity is a bug upstream. */
    private static void put(ObjectNode node, String field, double v) {
        if (Double.isNaN(v)) {
            node.putNull(field);
        } else if (Double.isInfinite(v)) {
            throw new IllegalStateException(field + " is " + v + ": a calibration number must be finite or absent");
        } else {
            node.put(field, v);
        }
    }

    /** A number, or NaN for null. */
    private static double real(JsonFields node, String field) {
        var raw = node.raw(field);
        if (raw == null) {
            throw node.problem(field, "missing (required; null where there is no number)");
        }
        if (raw.isNull()) {
            return Double.NaN;
        }
        if (!raw.isNumber()) {
            throw node.problem(field, "must be a number or null");
        }
        return raw.asDouble();
    }

    private static CaseResult caseResult(JsonFields c) {
        var rungs = new ArrayList<CaseResult.Rung>();
        for (var g : c.objects("rungs")) {
            rungs.add(new CaseResult.Rung((int) g.integer("length"), real(g, "tauHatMax"), g.bool("before"),
                    g.bool("after"), real(g, "rhatMax"), real(g, "essBulkMin")));
        }
        return new CaseResult((int) c.integer("index"), c.text("family"), c.text("name"), real(c, "tauMax"),
                c.texts("probes"), rungs);
    }
}
