package org.trainability.site.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to one JSON object of an evidence file, with errors that name the file and the
 * field path. Fields the audit contract lists as always present are read with the strict
 * accessors; fields added later (the contract only ever adds) are read as optional.
 *
 * <p>A view of one JSON object; not thread-safe.
 */
final class JsonFields {

    private final String file;
    private final String path;
    private final JsonNode node;

    JsonFields(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static JsonFields root(String file, JsonNode node) throws EvidenceInputException {
        if (node == null || !node.isObject()) {
            throw new EvidenceInputException(file + ": not an audit: expected a JSON object with \"entries\" and"
                    + " \"summary\"; write one with ./ledger.sh audit --json FILE");
        }
        return new JsonFields(file, "", node);
    }

    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    EvidenceInputException problem(String field, String what) {
        return new EvidenceInputException(file + ": field '" + where(field) + "': " + what
                + " (the audit JSON's shape is fixed by AuditJson; regenerate it with ./ledger.sh audit --json FILE)");
    }

    boolean has(String field) {
        var v = node.get(field);
        return v != null && !v.isNull();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    String text(String field) throws EvidenceInputException {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            throw problem(field, "missing");
        }
        if (!v.isValueNode()) {
            throw problem(field, "must be text");
        }
        return v.asText();
    }

    Optional<String> optionalText(String field) throws EvidenceInputException {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    long integer(String field) throws EvidenceInputException {
        var v = node.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw problem(field, v == null ? "missing" : "must be a whole number");
        }
        return v.asLong();
    }

    long integerOr(String field, long fallback) throws EvidenceInputException {
        return has(field) ? integer(field) : fallback;
    }

    boolean bool(String field) throws EvidenceInputException {
        var v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw problem(field, v == null ? "missing" : "must be true or false");
        }
        return v.asBoolean();
    }

    boolean boolOr(String field, boolean fallback) throws EvidenceInputException {
        return has(field) ? bool(field) : fallback;
    }

    /** A list field's items; absent or null means an empty list. */
    private com.fasterxml.jackson.databind.JsonNode list(String field) throws EvidenceInputException {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw problem(field, "must be a list");
        }
        return v;
    }

    /** A list of text items; absent means empty. */
    List<String> texts(String field) throws EvidenceInputException {
        var out = new ArrayList<String>();
        var v = list(field);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode()) {
                throw problem(field + "[" + i + "]", "must be text");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** The objects of a list field; absent means empty. */
    List<JsonFields> objects(String field) throws EvidenceInputException {
        var out = new ArrayList<JsonFields>();
        var v = list(field);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw problem(field + "[" + i + "]", "must be an object");
            }
            out.add(new JsonFields(file, where(field) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    JsonFields object(String field) throws EvidenceInputException {
        var v = node.get(field);
        if (v == null || !v.isObject()) {
            throw problem(field, v == null ? "missing" : "must be an object");
        }
        return new JsonFields(file, where(field), v);
    }

    /** A label parsed by {@code parse}, such as a tag or a verdict; {@code expected} lists the valid ones. */
    <T> T label(String field, Function<String, Optional<T>> parse, String expected) throws EvidenceInputException {
        var text = text(field);
        var parsed = parse.apply(text);
        if (parsed.isEmpty()) {
            throw problem(field, "unknown value '" + text + "'; expected one of " + expected);
        }
        return parsed.get();
    }

    /** Every field name of this object, in file order. */
    List<String> names() {
        var out = new ArrayList<String>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
