package org.trainability.ledger.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The loader meets generated malformed documents with a clean error every time: a
 * {@link LedgerInputException} naming the file (and, where it can, the line and field) — never
 * another exception, never a silent success on a document that is certainly broken.
 */
class LedgerLoaderProperties {

    static final String FILE = "ledger/assumptions/A6.yaml";
    static final String VALID = MiniLedger.read(FILE);
    static final List<String> REQUIRED = List.of("id", "kind", "title", "reported", "claimed", "statement", "measuredAs");

    /** A way to break the valid document, with the field the error must name. */
    record Breakage(String description, String text, String field) {
    }

    @Provide
    Arbitrary<Breakage> breakages() {
        var removeRequired = Arbitraries.of(REQUIRED).map(f -> new Breakage("remove " + f, removeField(f), f));
        var badTag = Arbitraries.of("claimed", "reported").flatMap(field -> Arbitraries.strings().alpha()
                .ofMinLength(1).ofMaxLength(12)
                .filter(w -> org.trainability.ledger.model.Tag.parse(w).isEmpty())
                .map(w -> new Breakage("tag " + field + "=" + w, replaceValue(field, w), field)));
        var unknownField = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .filter(w -> !List.of("id", "kind", "title", "statement", "reported", "claimed", "uses", "assumes",
                        "gatedon", "history", "notes", "supersededby", "withdrawnbecause", "belowreportedbecause",
                        "measuredas").contains(w))
                .map(w -> new Breakage("unknown field " + w + "X", VALID + w + "X: 1\n", w + "X"));
        var wrongType = Arbitraries.of("title", "claimed", "measuredAs")
                .map(f -> new Breakage("list for " + f, replaceValue(f, "[a, b]"), f));
        var listAsText = Arbitraries.of("uses", "assumes", "gatedOn")
                .map(f -> new Breakage(f + " as a mapping", VALID + f + ": {a: 1}\n", f));
        var duplicateKey = Arbitraries.of(REQUIRED.subList(0, 5))
                .map(f -> new Breakage("duplicate " + f, VALID + f + ": again\n", ""));
        var unclosed = Arbitraries.of("[", "{", "\"", "'")
                .map(open -> new Breakage("unclosed " + open, VALID + "notes: " + open + "unfinished\n", ""));
        return Arbitraries.oneOf(removeRequired, badTag, unknownField, wrongType, listAsText, duplicateKey, unclosed);
    }

    @Property(seed = "20261127", tries = 400)
    @StatisticsReport(onFailureOnly = true)
    void aCertainlyBrokenDocumentGetsACleanErrorNamingFileAndField(@ForAll("breakages") Breakage b) {
        var kind = b.description().split(" ")[0];
        Statistics.label("breakage").collect(kind);
        Statistics.label("breakage").coverage(c -> {
            for (var k : List.of("remove", "tag", "unknown", "list", "duplicate", "unclosed")) {
                c.check(k).count(n -> n >= 10);
            }
        });
        var problems = problemsOf(b.text());
        assertThat(problems).as("%s must be refused", b.description()).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
        if (!b.field().isEmpty()) {
            assertThat(problems).as(b.description()).anySatisfy(p -> assertThat(p.field()).isEqualTo(b.field()));
        }
        assertThat(problems).as("%s: a line or a field", b.description())
                .allSatisfy(p -> assertThat(p.line() > 0 || !p.field().isEmpty()).isTrue());
    }

    @Property(seed = "20261127", tries = 400)
    @StatisticsReport(onFailureOnly = true)
    void anyTextEitherLoadsOrGetsACleanError(@ForAll("mangled") String text) {
        var problems = problemsOf(text);
        Statistics.label("outcome").collect(problems.isEmpty() ? "loads" : "refused");
        Statistics.label("outcome").coverage(c -> {
            c.check("loads").count(n -> n > 0);
            c.check("refused").count(n -> n > 100);
        });
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).startsWith(FILE));
    }

    @Provide
    Arbitrary<String> mangled() {
        var truncated = Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n));
        var junk = Arbitraries.strings().ofMaxLength(200);
        var spliced = Arbitraries.integers().between(0, VALID.length())
                .flatMap(at -> Arbitraries.strings().withChars(":-[]{}#&*!|>'\"%@` \n\t").ofMaxLength(6)
                        .map(s -> VALID.substring(0, at) + s + VALID.substring(at)));
        var shuffledLines = Arbitraries.longs().map(seed -> {
            var lines = new ArrayList<>(Arrays.asList(VALID.split("\n")));
            java.util.Collections.shuffle(lines, new java.util.Random(seed));
            return String.join("\n", lines);
        });
        return Arbitraries.oneOf(truncated, junk, spliced, shuffledLines);
    }

    @Property(seed = "20261127", tries = 50)
    void droppingAnyLineOfTheValidDocumentNeverThrowsAnythingElse(@ForAll @IntRange(min = 0, max = 9) int line) {
        var lines = new ArrayList<>(Arrays.asList(VALID.split("\n")));
        lines.remove(Math.min(line, lines.size() - 1));
        problemsOf(String.join("\n", lines));
    }

    private static List<LedgerInputException.Problem> problemsOf(String text) {
        try {
            new LedgerLoader().parseEntry(text, FILE);
            return List.of();
        } catch (LedgerInputException e) {
            return e.problems();
        } catch (RuntimeException e) {
            return fail("the loader threw %s instead of a clean error on:%n%s", e, text);
        }
    }

    private static String removeField(String field) {
        var out = new StringBuilder();
        boolean skipping = false;
        for (var line : VALID.split("\n", -1)) {
            if (line.startsWith(field + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && line.startsWith("  ")) {
                continue;
            }
            skipping = false;
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String replaceValue(String field, String value) {
        return removeField(field) + field + ": " + value + "\n";
    }
}
