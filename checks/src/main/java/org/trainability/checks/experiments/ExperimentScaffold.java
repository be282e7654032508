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
 * Writes the files of a new experiment: its ledger record, its check class in the one check shape
 * (docs/style.md, habit 12: a {@code Design} record implementing {@link org.trainability.checks.CheckDesign}
 * with its real input and its negative control as two instances, an outcome record whose
 * {@code present()} applies the verdict rule and lays out typed figures, and
 * {@code static Check check(EngineUnderTest)} through {@link org.trainability.checks.NumericalCheck#of}),
 * a test that the negative control does not pass, and the line that registers the check. The new
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
                "checks.add(" + className + ".check(engine));\n" + indent + MARKER));
        return new Written(List.of(root.relativize(record).toString(), root.relativize(checkFile).toString(),
                root.relativize(testFile).toString(), root.relativize(registry).toString()), checkId, className);
    }

    /**
     * {@code exp17-tempering} → {@code Exp17Tempering}: a check class has no {@code Check} suffix
     * (once it measures something, the researcher may rename it after what it checks).
     */
    static String className(String id) {
        var sb = new StringBuilder();
        for (var part : id.split("-")) {
            sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return sb.toString();
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
                claimed: open
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

                import java.util.LinkedHashMap;
                import java.util.List;
                import java.util.Map;
                import org.trainability.checks.Check;
                import org.trainability.checks.CheckDesign;
                import org.trainability.checks.EngineUnderTest;
                import org.trainability.checks.Measurement;
                import org.trainability.checks.NumericalCheck;
                import org.trainability.checks.Outcome;
                import org.trainability.ledger.figure.Figures;
                import org.trainability.ledger.gate.CheckKind;
                import org.trainability.ledger.gate.Verdict;

                /**
                 * The check of %5$s. Say here, once, what it measures, its verdict rule and its negative
                 * control (docs/new-experiment.md). Until {@link Design#measure} measures something, both
                 * runs report unresolved and the check supports nothing.
                 *
                 * <p>Deterministic given the seed; thread-safe.
                 */
                final class %2$s {

                    static final String ID = "%1$s";
                    static final long SEED = 0x%3$sL;
                    /** The largest error the real input may show. */
                    static final double TOLERANCE = 1e-9;

                    private %2$s() {
                    }

                    /**
                     * One run, stated once: the models, sizes and thresholds it uses. The real input and the
                     * negative control are two instances of this record.
                     *
                     * @param wrongInput whether the run uses the known-bad input of the negative control
                     */
                    record Design(boolean wrongInput) implements CheckDesign<Findings> {

                        /** The input the experiment is about. */
                        static final Design REAL = new Design(false);
                        /** A known-bad input: the check must not pass on it. */
                        static final Design CONTROL = new Design(true);

                        @Override
                        public Map<String, Object> parameters() {
                            var parameters = new LinkedHashMap<String, Object>();
                            parameters.put("tolerance", TOLERANCE);
                            return parameters;
                        }

                        @Override
                        public String description() {
                            return "What this check measures, and what would make it fail.";
                        }

                        /** Computes only: build kernels and samplers through {@code engine}, random streams from {@code seed}. */
                        @Override
                        public Findings measure(EngineUnderTest engine, long seed) {
                            return new Findings(Double.NaN);
                        }
                    }

                    /**
                     * What one run found; {@link #present()} applies the verdict rule and lays out the figures.
                     *
                     * @param error the deciding number; NaN until the measurement is written
                     */
                    record Findings(double error) implements Outcome {

                        @Override
                        public Measurement present() {
                            if (Double.isNaN(error)) {
                                return new Measurement(Verdict.UNRESOLVED, Figures.none(), "not measured yet", 0);
                            }
                            var figures = Figures.builder()
                                    .put("error", error)
                                    .put("tolerance", TOLERANCE)
                                    .build();
                            return Measurement.of(error <= TOLERANCE, figures,
                                    String.format("error %%.2e (tolerance %%.0e)", error, TOLERANCE));
                        }
                    }

                    /** The %5$s check: {@link Design#REAL}, with {@link Design#CONTROL} as its negative control. */
                    static Check check(EngineUnderTest engine) {
                        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of(%4$s), SEED, false, engine,
                                Design.REAL, Design.CONTROL);
                    }
                }
                """.formatted(checkId, className, Long.toHexString(seed), ids, verifies.get(0));
    }

    private static String testClass(String className) {
        return """
                package org.trainability.checks.experiments;

                import static org.assertj.core.api.Assertions.assertThat;

                import org.junit.jupiter.api.Test;
                import org.trainability.checks.EngineUnderTest;
                import org.trainability.checks.Measurement;
                import org.trainability.checks.experiments.%1$s.Design;
                import org.trainability.ledger.gate.Verdict;

                /** %1$s: the negative control does not pass; the registered check runs the design. */
                class %1$sTest {

                    private static Measurement run(Design design) {
                        return design.measure(EngineUnderTest.real(), %1$s.SEED).present();
                    }

                    @Test
                    void theNegativeControlDoesNotPass() {
                        var m = run(Design.CONTROL);
                        assertThat(m.verdict()).as(m.detail()).isNotEqualTo(Verdict.PASS);
                    }

                    @Test
                    void theRegisteredCheckIsTheRealDesign() {
                        var check = ExperimentChecks.all(EngineUnderTest.real()).stream()
                                .filter(c -> c.spec().id().equals(%1$s.ID)).findFirst().orElseThrow();
                        assertThat(check.spec().parameters()).isEqualTo(Design.REAL.parameters());
                    }
                }
                """.formatted(className);
    }
}
