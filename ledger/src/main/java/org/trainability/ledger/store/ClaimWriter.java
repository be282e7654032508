package org.trainability.ledger.store;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.trainability.ledger.load.LedgerInputException;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.TagChange;

/**
 * Changes the claimed tag in an entry's YAML file the way a person would: the top-level
 * {@code claimed:} line is rewritten and one item is appended to {@code history:}; every other
 * line, comment and blank line stays as it was. The edited text is parsed again before it is
 * written (atomically), so a change that would leave the file unreadable is never written.
 */
public final class ClaimWriter {

    private static final Pattern STATUS = Pattern.compile("^claimed:.*$");
    private static final Pattern HISTORY = Pattern.compile("^history:\\s*(\\[\\s*\\])?\\s*(#.*)?$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][\\w.-]*\\s*:");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimWriter() {
    }

    /**
     * The file's text with the claim changed to {@code change.to()} and {@code change} recorded.
     *
     * @param text the file's current text. Not modified.
     * @param file the file's name relative to the repository root, for messages and for checking
     *             the result
     */
    public static String edit(String text, String file, TagChange change) throws LedgerInputException {
        var lines = new ArrayList<>(Arrays.asList(text.split("\\R", -1)));
        int claimedLine = -1;
        int historyLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (STATUS.matcher(lines.get(i)).matches()) {
                claimedLine = i;
            } else if (lines.get(i).startsWith("history:")) {
                historyLine = i;
            }
        }
        if (claimedLine < 0) {
            throw new LedgerInputException(new LedgerInputException.Problem(file, 0, "claimed",
                    "missing top-level 'claimed:' line to rewrite"));
        }
        lines.set(claimedLine, "claimed: " + change.to().label());
        if (historyLine < 0) {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.add("history:");
            lines.addAll(item(change, "  "));
            lines.add("");
        } else if (HISTORY.matcher(lines.get(historyLine)).matches() && lines.get(historyLine).contains("[")) {
            lines.set(historyLine, "history:");
            lines.addAll(historyLine + 1, item(change, "  "));
        } else {
            int end = historyLine + 1;
            String indent = null;
            while (end < lines.size() && !TOP_LEVEL_KEY.matcher(lines.get(end)).find()) {
                var l = lines.get(end);
                if (indent == null && l.stripLeading().startsWith("- ")) {
                    indent = l.substring(0, l.indexOf('-'));
                }
                end++;
            }
            while (end > historyLine + 1 && lines.get(end - 1).isBlank()) {
                end--;
            }
            lines.addAll(end, item(change, indent == null ? "  " : indent));
        }
        var edited = String.join("\n", lines);
        var check = new LedgerLoader().parseEntry(edited, file);
        if (check.claimed() != change.to()) {
            throw new IllegalStateException("edit of " + file + " did not take: the claimed tag is " + check.claimed());
        }
        return edited;
    }

    /** Edits the entry's file under {@code root} in place, atomically. */
    public static Entry apply(Path root, String file, TagChange change) throws IOException, LedgerInputException {
        var path = root.resolve(file);
        var edited = edit(Files.readString(path, StandardCharsets.UTF_8), file, change);
        var entry = new LedgerLoader().parseEntry(edited, file);
        AtomicFiles.writeString(path, edited);
        return entry;
    }

    private static List<String> item(TagChange c, String indent) {
        var out = new ArrayList<String>();
        out.add(indent + "- date: " + c.date());
        var inner = indent + "  ";
        out.add(inner + "from: " + c.from().label());
        out.add(inner + "to: " + c.to().label());
        out.add(inner + "reason: " + quote(c.reason()));
        c.audit().ifPresent(a -> {
            out.add(inner + "audit:");
            out.add(inner + "  commit: " + quote(a.commit()));
            out.add(inner + "  evidence: " + quote(a.evidenceDigest()));
        });
        return out;
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
