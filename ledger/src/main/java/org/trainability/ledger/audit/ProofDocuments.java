package org.trainability.ledger.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Obligation;

/**
 * Reads the facts the gate needs from the proof documents in {@code obligations/} (AsciiDoc).
 *
 * <p>The conventions, also written in {@code obligations/README.adoc}: a section titled
 * {@code == Proof} holding numbered steps (ordered-list items, {@code . Step} or {@code 1. Step}, or
 * {@code === Step} headings); a section {@code == Literature} holding at least one list item; and
 * the attribute {@code :proof-status: complete} once the proof is written in full.
 */
public final class ProofDocuments {

    private static final Pattern SECTION = Pattern.compile("^==\\s+(.+?)\\s*$");
    private static final Pattern STEP = Pattern.compile("^(\\.\\s+\\S|\\d+\\.\\s+\\S|===\\s+\\S)");
    private static final Pattern ITEM = Pattern.compile("^(\\*+|-|\\.+|\\d+\\.)\\s+\\S");

    private ProofDocuments() {
    }

    /** Facts for every proof document the ledger's obligations name, by path. */
    public static Function<String, ProofFacts> read(Path root, Ledger ledger) throws IOException {
        var facts = new HashMap<String, ProofFacts>();
        for (var e : ledger.entries()) {
            if (e instanceof Obligation o && !facts.containsKey(o.proof())) {
                var file = root.resolve(o.proof());
                facts.put(o.proof(), Files.isRegularFile(file)
                        ? parse(o.proof(), Files.readString(file, StandardCharsets.UTF_8))
                        : ProofFacts.missing(o.proof()));
            }
        }
        Map<String, ProofFacts> frozen = Map.copyOf(facts);
        return path -> frozen.getOrDefault(path, ProofFacts.missing(path));
    }

    /** The facts of one document's text. */
    public static ProofFacts parse(String path, String text) {
        boolean steps = false;
        boolean literature = false;
        boolean complete = false;
        String section = "";
        for (var raw : text.split("\\R")) {
            var line = raw.strip();
            if (line.matches(":proof-status:\\s*complete\\s*")) {
                complete = true;
            }
            var m = SECTION.matcher(line);
            if (m.matches()) {
                section = m.group(1).toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            if (section.equals("proof") && STEP.matcher(line).find()) {
                steps = true;
            }
            if (section.equals("literature") && ITEM.matcher(line).find()) {
                literature = true;
            }
        }
        return new ProofFacts(path, true, steps, literature, complete);
    }
}
