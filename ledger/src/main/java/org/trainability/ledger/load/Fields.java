package org.trainability.ledger.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trainability.ledger.model.Tag;

/**
 * Typed, located access to the fields of one YAML mapping. Every problem is collected with the
 * file, the line and the field path rather than thrown, so one run reports them all.
 */
final class Fields {

    private final YamlDocument doc;
    private final String file;
    private final JsonNode node;
    private final String prefix;
    private final List<LedgerInputException.Problem> problems;

    Fields(YamlDocument doc, String file, JsonNode node, String prefix, List<LedgerInputException.Problem> problems) {
        this.doc = doc;
        this.file = file;
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    int line(String field) {
        return doc.lineOf(path(field));
    }

    void problem(String field, String what) {
        problems.add(new LedgerInputException.Problem(file, line(field), path(field), what));
    }

    /** Reports every field that is not one of {@code known}. */
    void rejectUnknown(Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problem(name, "unknown field; expected one of " + String.join(", ", known.stream().sorted().toList()));
            }
        });
    }

    boolean has(String field) {
        var v = node.get(field);
        return v != null && !v.isNull();
    }

    String text(String field) {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            problem(field, "missing (required)");
            return "";
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problem(field, v.isValueNode() ? "must not be blank" : "must be text, not a " + describe(v));
            return "";
        }
        return v.asText().strip();
    }

    Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    String textOrEmpty(String field) {
        return optionalText(field).orElse("");
    }

    Tag tag(String field) {
        var label = text(field);
        if (label.isEmpty()) {
            return Tag.OPEN;
        }
        return Tag.parse(label).orElseGet(() -> {
            problem(field, "unknown tag '" + label + "'; expected one of " + Tag.labels());
            return Tag.OPEN;
        });
    }

    LocalDate date(String field) {
        var v = node.get(field);
        var text = text(field);
        if (text.isEmpty()) {
            return LocalDate.EPOCH;
        }
        try {
            return LocalDate.parse(v.asText().strip());
        } catch (DateTimeParseException e) {
            problem(field, "not a date in the form YYYY-MM-DD: '" + text + "'");
            return LocalDate.EPOCH;
        }
    }

    /** A list of text items; absent means empty. */
    List<String> textList(String field) {
        var out = new ArrayList<String>();
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problem(field, "must be a list, not a " + describe(v));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            var item = v.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problems.add(new LedgerInputException.Problem(file, doc.lineOf(path(field) + "[" + i + "]"),
                        path(field) + "[" + i + "]", "must be non-blank text"));
            } else {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    /** The mappings of a list field, each as located fields; absent means empty. */
    List<Fields> objectList(String field) {
        var out = new ArrayList<Fields>();
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problem(field, "must be a list, not a " + describe(v));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            var item = v.get(i);
            var itemPath = path(field) + "[" + i + "]";
            if (!item.isObject()) {
                problems.add(new LedgerInputException.Problem(file, doc.lineOf(itemPath), itemPath,
                        "must be a mapping, not a " + describe(item)));
            } else {
                out.add(new Fields(doc, file, item, itemPath, problems));
            }
        }
        return out;
    }

    /** A nested mapping, if present. */
    Optional<Fields> object(String field) {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            problem(field, "must be a mapping, not a " + describe(v));
            return Optional.empty();
        }
        return Optional.of(new Fields(doc, file, v, path(field), problems));
    }

    private static String describe(JsonNode v) {
        if (v.isArray()) {
            return "list";
        }
        if (v.isObject()) {
            return "mapping";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
