package org.trainability.ledger.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object — the project's one reader of JSON-shaped
 * documents (the audit JSON, evidence records, figures, the ledger's YAML). Every problem is a
 * {@link JsonShapeException} naming the document and the field path; absent optional fields have
 * accessors of their own, so that a document may gain fields without breaking its readers.
 *
 * <p>A view of one object; immutable and thread-safe as long as the node is not changed.
 */
public final class JsonFields {

    private final String source;
    private final String path;
    private final JsonNode node;

    private JsonFields(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /**
     * The top-level object of a document.
     *
     * @param source the document's name, for messages
     * @throws JsonShapeException when {@code node} is not an object
     */
    public static JsonFields root(String source, JsonNode node) {
        return at(source, "", node);
    }

    /** An object found at {@code path} of {@code source}. */
    public static JsonFields at(String source, String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new JsonShapeException(source, path.isEmpty() ? "(top level)" : path, "must be an object (a mapping)"
                    + (node == null ? "" : ", not " + describe(node)));
        }
        return new JsonFields(source, path, node);
    }

    /** The document's name. */
    public String source() {
        return source;
    }

    /** The path of {@code field} in this object. */
    public String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A problem with {@code field}, to throw. */
    public JsonShapeException problem(String field, String what) {
        return new JsonShapeException(source, where(field), what);
    }

    /** True when the field is present and not null. */
    public boolean has(String field) {
        var v = node.get(field);
        return v != null && !v.isNull();
    }

    /** The field's node as it is, or null when absent. */
    public JsonNode raw(String field) {
        return node.get(field);
    }

    /** The field's node; it must be present. */
    public JsonNode required(String field) {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            throw problem(field, "missing (required)");
        }
        return v;
    }

    public String text(String field) {
        var v = required(field);
        if (!v.isValueNode()) {
            throw problem(field, "must be text, not " + describe(v));
        }
        return v.asText();
    }

    public Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    public long integer(String field) {
        var v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw problem(field, v == null ? "missing (required)" : "must be a whole number, not " + describe(v));
        }
        return v.asLong();
    }

    public long integerOr(String field, long fallback) {
        return has(field) ? integer(field) : fallback;
    }

    public boolean bool(String field) {
        var v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw problem(field, v == null ? "missing (required)" : "must be true or false, not " + describe(v));
        }
        return v.asBoolean();
    }

    public boolean boolOr(String field, boolean fallback) {
        return has(field) ? bool(field) : fallback;
    }

    /** A list field's items; absent or null means an empty list. */
    public JsonNode list(String field) {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw problem(field, "must be a list, not " + describe(v));
        }
        return v;
    }

    /** A list field that must be present. */
    public JsonNode requiredList(String field) {
        if (!has(field)) {
            throw problem(field, "missing (required)");
        }
        return list(field);
    }

    /** A list of text items; absent means empty. */
    public List<String> texts(String field) {
        var out = new ArrayList<String>();
        var v = list(field);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode() || v.get(i).isNull()) {
                throw problem(field + "[" + i + "]", "must be text, not " + describe(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** The objects of a list field; absent means empty. */
    public List<JsonFields> objects(String field) {
        var out = new ArrayList<JsonFields>();
        var v = list(field);
        for (int i = 0; i < v.size(); i++) {
            out.add(at(source, where(field) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /** An object field; it must be present. */
    public JsonFields object(String field) {
        var v = node.get(field);
        if (v == null || !v.isObject()) {
            throw problem(field, v == null ? "missing (required)" : "must be an object (a mapping), not " + describe(v));
        }
        return new JsonFields(source, where(field), v);
    }

    /** A label parsed by {@code parse}, such as a tag or a verdict; {@code expected} lists the valid ones. */
    public <T> T label(String field, Function<String, Optional<T>> parse, String expected) {
        var text = text(field);
        return parse.apply(text).orElseThrow(() -> problem(field, "unknown value '" + text + "'; expected one of "
                + expected));
    }

    /** Every field name of this object, in document order. */
    public List<String> names() {
        var out = new ArrayList<String>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Refuses any field not in {@code known}, naming the first one found. */
    public void rejectUnknown(Set<String> known) {
        for (var name : names()) {
            if (!known.contains(name)) {
                throw problem(name, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    /** "a list", "a number", … for messages. */
    private static String describe(JsonNode v) {
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object (a mapping)";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "a text";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        return v.isNumber() ? "a number" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
