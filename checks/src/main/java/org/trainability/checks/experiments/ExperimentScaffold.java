package org.trainability.checks.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.store.AtomicFiles;

/**
 * Writes the files of a new experiment: its ledger record, its check class (with a negative-control
 * slot), a test that the negative control fails, and the line that registers the check. The new
 * check measures nothing yet: it reports {@code unresolved}, so the audit lists it at once and it
 * supports nothing until the researcher writes the measurement.
 *
 * <p>Refuses an id that is taken or malformed, and links to entries the ledger does not have;
 * writes nothing in that case. Each file is written atomically.
 */
public final class ExperimentScaffold {

    static final String MARKER = "// ./ledger.sh new-experiment registers new experiments' checks above this line.";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String PACKAGE_DIR = "checks/src/main/java/org/trainability/checks/experiments";
    private static final String TEST_DIR = "checks/src/test/java/org/trainability/checks/experiments";

    private ExperimentScaffold() {
    }

    /** The files a scaffold wrote, relative to the repository root. */
    public record Written(List<String> files, String checkId, String className) {
    }

    /**
     * @param root     the repository root
     * @param ledger   the ledger as it stands (for id and link checks)
     * @param id       the new experiment's id, lower-case ({@code exp17}, {@code exp17-tempering})
     * @param verifies the entries the experiment's check will bear on
     * @param title    a short title
     */
    public static Written create(Path root, Ledger ledger, String id, List<String> verifies, String title)
            throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("experiment id '" + id
                    + "' must be lower-case letters and digits, optionally joined by '-' (like exp17)");
        }
        if (ledger.contains(id)) {
            throw new IllegalArgumentException("there is already an entry " + id);
        }
        if (verifies.isEmpty()) {
            throw new IllegalArgumentException("say which entries the experiment verifies (--verifies A6 R5 …)");
        }
        for (var v : verifies) {
            if (!ledger.contains(v)) {
                throw new IllegalArgumentException("unknown entry '" + v + "' in --verifies (no ledger file has this id)");
            }
        }
        var className = className(id);
        var record = root.resolve("ledger/experiments/" + id + ".yaml");
        var checkFile = root.resolve(PACKAGE_DIR + "/" + className + ".java");
        var testFile = root.resolve(TEST_DIR + "/" + className + "Test.java");
        var registry = root.resolve(PACKAGE_DIR + "/ExperimentChecks.java");
        for (var p : List.of(record, checkFile, testFile)) {
            if (Files.exists(p)) {
                throw new IllegalArgumentException(root.relativize(p) + " already exists");
            }
        }
        var registryText = Files.readString(registry, StandardCharsets.UTF_8);
        if (!registryText.contains(MARKER)) {
            throw new IllegalStateException(root.relativize(registry) + " has lost its marker line: " + MARKER);
        }
        var checkId = id + ".main";
        var all = new ArrayList<String>();
        all.add(id);
        verifies.stream().filter(v -> !v.equals(id)).forEach(all::add);

        AtomicFiles.writeString(record, record(id, title, verifies));
        AtomicFiles.writeString(checkFile, checkClass(className, checkId, all, seed(id)));
        AtomicFiles.writeString(testFile, testClass(className));
        var indent = registryText.substring(registryText.lastIndexOf('\n', registryText.indexOf(MARKER)) + 1,
                registryText.indexOf(MARKER));
        AtomicFiles.writeString(registry, registryText.replace(MARKER,
                "checks.add(" + className + ".create(engine));\n" + indent + MARKER));
        return new Written(List.of(root.relativize(record).toString(), root.relativize(checkFile).toString(),
                root.relativize(testFile).toString(), root.relativize(registry).toString()), checkId, className);
    }

    /** {@code exp17-tempering} → {@code Exp17TemperingCheck}. */
    static String className(String id) {
        var sb = new StringBuilder();
        for (var part : id.split("-")) {
            sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return sb.append("Check").toString();
    }

    /** A fixed seed derived from the id, so two experiments do not share streams by accident. */
    static long seed(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return h & 0x7fffffffffffL;
    }

    private static String record(String id, String title, List<String> verifies) {
        return """
                id: %s
                kind: experiment
                title: %s
                reported: open
                status: open
                seedName: %s
                statement: |
                  What %s shows, in one or two sentences (AsciiDoc; math as stem:[...]).
                question: |
                  The question %s answers.
                modelFamily: The models it runs on.
                kernels: [random-scan]
                grid: The parameter grid, in words.
                verifies: [%s]
                notes: |
                  Scaffolded by ./ledger.sh new-experiment. Its check (%s.main) reports unresolved
                  until its measurement is written, so it supports nothing yet.
                """.formatted(id, quote(title), id, id, id, String.join(", ", verifies), id);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String checkClass(String className, String checkId, List<String> verifies, long seed) {
        var ids = String.join(", ", verifies.stream().map(v -> "\"" + v + "\"").toList());
        return """
                package org.trainability.checks.experiments;

                import java.util.List;
                import java.util.Map;
                import org.trainability.checks.Check;
                import org.trainability.checks.CheckSpec;
                import org.trainability.checks.EngineUnderTest;
                import org.trainability.checks.Measurement;
                import org.trainability.checks.NumericalCheck;
                import org.trainability.ledger.gate.CheckKind;
                import org.trainability.ledger.gate.Verdict;

                /**
                 * The check of %1$s. Fill in {@link #measure} (the experiment itself) and
                 * {@link #negativeControl} (the same measurement on an input it must reject). Until then
                 * both report unresolved, and the check supports nothing.
                 */
                final class %2$s {

                    static final long SEED = 0x%3$sL;

                    private %2$s() {
                    }

                    static Check create(EngineUnderTest engine) {
                        var spec = new CheckSpec("%1$s", CheckKind.NUMERICAL, List.of(%4$s), SEED, Map.of(),
                                false, "What this check measures, and what would make it fail.");
                        return new NumericalCheck(spec, () -> measure(engine), () -> negativeControl(engine));
                    }

                    /** The measurement on the models the experiment is about. */
                    static Measurement measure(EngineUnderTest engine) {
                        // Build models, run engine.kernel(...) / engine.sampler(...), compare, and return
                        // Measurement.of(passed, figures, "the deciding numbers").
                        return new Measurement(Verdict.UNRESOLVED, Map.of(), "not measured yet", 0);
                    }

                    /** The same measurement on a known-bad input: it must not pass. */
                    static Measurement negativeControl(EngineUnderTest engine) {
                        return new Measurement(Verdict.UNRESOLVED, Map.of(), "no negative control yet", 0);
                    }
                }
                """.formatted(checkId, className, Long.toHexString(seed), ids);
    }

    private static String testClass(String className) {
        return """
                package org.trainability.checks.experiments;

                import static org.assertj.core.api.Assertions.assertThat;

                import org.junit.jupiter.api.Test;
                import org.trainability.checks.EngineUnderTest;
                import org.trainability.ledger.gate.Verdict;

                class %1$sTest {

                    @Test
                    void theNegativeControlDoesNotPass() {
                        assertThat(%1$s.negativeControl(EngineUnderTest.real()).verdict()).isNotEqualTo(Verdict.PASS);
                    }
                }
                """.formatted(className);
    }
}
