package org.trainability.ledger.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML document together with the line on which each field starts, so that errors can
 * name the line. Paths look like {@code status}, {@code history[1].to}.
 */
record YamlDocument(JsonNode root, Map<String, Integer> lines) {

    // Duplicate keys are an error, not a silent "last one wins".
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Parses {@code text}; a syntax error becomes a problem naming the line. */
    static YamlDocument parse(String text, String file) throws LedgerInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new LedgerInputException(new LedgerInputException.Problem(file,
                    loc == null ? 0 : loc.getLineNr(), "", "malformed YAML: " + e.getOriginalMessage()));
        }
        return new YamlDocument(root, indexLines(text));
    }

    int lineOf(String path) {
        var line = lines.get(path);
        if (line != null) {
            return line;
        }
        // Fall back to the nearest enclosing field that we do know.
        var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut > 0 ? lineOf(path.substring(0, cut)) : 0;
    }

    private static Map<String, Integer> indexLines(String text) {
        var lines = new HashMap<String, Integer>();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                switch (t) {
                    case FIELD_NAME -> {
                        pendingField = p.currentName();
                        lines.putIfAbsent(path(stack, pendingField), line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        var here = stack.isEmpty() ? "" : childPath(stack, pendingField, line, lines);
                        stack.push(new Frame(here, t == JsonToken.START_ARRAY));
                        pendingField = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        pendingField = null;
                    }
                    default -> {
                        if (!stack.isEmpty()) {
                            childPath(stack, pendingField, line, lines);
                        }
                        pendingField = null;
                    }
                }
            }
        } catch (IOException e) {
            // The tree parse above succeeded, so this cannot happen; without lines we still report fields.
        }
        return lines;
    }

    /** The path of the value now starting inside the top frame, recording its line for array items. */
    private static String childPath(Deque<Frame> stack, String field, int line, Map<String, Integer> lines) {
        var top = stack.peek();
        if (top.array) {
            var path = top.path + "[" + top.next++ + "]";
            lines.putIfAbsent(path, line);
            return path;
        }
        return path(stack, field);
    }

    private static String path(Deque<Frame> stack, String field) {
        var top = stack.peek();
        if (top == null || top.path.isEmpty()) {
            return field;
        }
        return top.path + "." + field;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int next;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
