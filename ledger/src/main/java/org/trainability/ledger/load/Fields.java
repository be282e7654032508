package org.trainability.ledger.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trainability.ledger.json.JsonFields;
import org.trainability.ledger.json.JsonShapeException;
import org.trainability.ledger.model.Tag;

/**
 * Typed, located access to the fields of one YAML mapping of the ledger. The shape checks are the
 * project's one JSON reader ({@link JsonFields}); what this adds is the ledger's policy: every
 * problem is collected with the file, the line and the field path rather than thrown, so one run
 * reports them all, and texts are stripped and may not be blank.
 */
final class Fields {

    private final YamlDocument doc;
    private final JsonFields json;
    private final List<LedgerInputException.Problem> problems;

    Fields(YamlDocument doc, String file, JsonNode node, String prefix, List<LedgerInputException.Problem> problems) {
        this(doc, JsonFields.at(file, prefix, node), problems);
    }

    private Fields(YamlDocument doc, JsonFields json, List<LedgerInputException.Problem> problems) {
        this.doc = doc;
        this.json = json;
        this.problems = problems;
    }

    String file() {
        return json.source();
    }

    String path(String field) {
        return json.where(field);
    }

    int line(String field) {
        return doc.lineOf(path(field));
    }

    void problem(String field, String what) {
        problems.add(new LedgerInputException.Problem(file(), line(field), path(field), what));
    }

    private void collect(JsonShapeException e) {
        problems.add(new LedgerInputException.Problem(file(), doc.lineOf(e.path()), e.path(), e.problem()));
    }

    /** Reports every field that is not one of {@code known}. */
    void rejectUnknown(Set<String> known) {
        for (var name : json.names()) {
            if (!known.contains(name)) {
                problem(name, "unknown field; expected one of " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    boolean has(String field) {
        return json.has(field);
    }

    String text(String field) {
        try {
            var text = json.text(field);
            if (text.isBlank()) {
                problem(field, "must not be blank");
                return "";
            }
            return text.strip();
        } catch (JsonShapeException e) {
            collect(e);
            return "";
        }
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
        var text = text(field);
        if (text.isEmpty()) {
            return LocalDate.EPOCH;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "not a date in the form YYYY-MM-DD: '" + text + "'");
            return LocalDate.EPOCH;
        }
    }

    /** A list of non-blank text items; absent means empty. */
    List<String> textList(String field) {
        var out = new ArrayList<String>();
        try {
            var items = json.texts(field);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isBlank()) {
                    var itemPath = path(field) + "[" + i + "]";
                    problems.add(new LedgerInputException.Problem(file(), doc.lineOf(itemPath), itemPath,
                            "must be non-blank text"));
                } else {
                    out.add(items.get(i).strip());
                }
            }
        } catch (JsonShapeException e) {
            collect(e);
        }
        return out;
    }

    /** The mappings of a list field, each as located fields; absent means empty. */
    List<Fields> objectList(String field) {
        var out = new ArrayList<Fields>();
        JsonNode items;
        try {
            items = json.list(field);
        } catch (JsonShapeException e) {
            collect(e);
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                out.add(new Fields(doc, JsonFields.at(file(), path(field) + "[" + i + "]", items.get(i)), problems));
            } catch (JsonShapeException e) {
                collect(e);
            }
        }
        return out;
    }

    /** A nested mapping, if present. */
    Optional<Fields> object(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fields(doc, json.object(field), problems));
        } catch (JsonShapeException e) {
            collect(e);
            return Optional.empty();
        }
    }
}
