package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Experiment;

/**
 * {@code new-experiment} in a temporary copy of the repository: the scaffold is written, compiles
 * against the project, is registered, and the audit lists its check straight away.
 */
class NewExperimentTest {

    @TempDir
    Path copy;

    static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @BeforeEach
    void copyTheRepository() throws IOException {
        for (var part : List.of("ledger", "obligations", "checks/src")) {
            var from = REPO.resolve(part);
            try (var walk = Files.walk(from)) {
                for (var p : walk.filter(p -> !p.toString().contains("/target")).toList()) {
                    var to = copy.resolve(REPO.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }

    @Test
    void theScaffoldBuildsAndTheAuditListsItsCheckAtOnce() throws Exception {
        var run = CommandLineRun.of("new-experiment", "exp99", "--verifies", "A6", "R5", "--title",
                "A scaffolded experiment", "--root", copy.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("ledger/experiments/exp99.yaml", "Exp99.java", "Exp99Test.java");

        var ledger = new LedgerLoader().load(copy);
        var record = (Experiment) ledger.get("exp99");
        assertThat(record.verifies()).containsExactly("A6", "R5");
        assertThat(record.title()).isEqualTo("A scaffolded experiment");

        var classes = Files.createDirectories(copy.resolve("build"));
        var sources = copy.resolve("checks/src/main/java/org/trainability/checks/experiments");
        compile(classes, sources.resolve("ExperimentChecks.java"), sources.resolve("Exp99.java"));
        compile(classes, copy.resolve("checks/src/test/java/org/trainability/checks/experiments/Exp99Test.java"));
        assertThat(Files.readString(sources.resolve("Exp99.java"))).as("the one check shape")
                .contains("record Design(", "implements CheckDesign<", "implements Outcome",
                        "static Check check(EngineUnderTest engine)", "NumericalCheck.of(")
                .doesNotContain("LambdaCheck", "FigureShapes", "Map.of(");

        try (var loader = new URLClassLoader(urls(classes), ClassLoader.getPlatformClassLoader())) {
            var registry = loader.loadClass("org.trainability.checks.CheckRegistry").getMethod("standard");
            var scaffolded = new ArrayList<Object>();
            for (var check : (List<?>) registry.invoke(null)) {
                var spec = check.getClass().getMethod("spec").invoke(check);
                if (spec.getClass().getMethod("id").invoke(spec).equals("exp99.main")) {
                    scaffolded.add(check);
                }
            }
            assertThat(scaffolded).as("the new check is registered").hasSize(1);

            Method execute = loader.loadClass("org.trainability.cli.LedgerCommand").getDeclaredMethod("execute",
                    String[].class, PrintWriter.class, PrintWriter.class, List.class);
            execute.setAccessible(true);
            var out = new StringWriter();
            var err = new StringWriter();
            int exit = (int) execute.invoke(null, new String[] {"audit", "--root", copy.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true), scaffolded);
            // Only the new check runs here, so other entries' claims lack their evidence (exit 1);
            // what matters is that the audit ran (not exit 2) and lists the new check.
            assertThat(exit).as(err.toString()).isIn(0, 1);
            assertThat(out.toString()).containsPattern("exp99 +A scaffolded experiment +open +open +open +1 unresolved");
        }
    }

    private static void compile(Path classes, Path... files) {
        var javac = ToolProvider.getSystemJavaCompiler();
        var args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classes + File.pathSeparator + classpath(),
                "-proc:none", "-Xlint:none"));
        for (var f : files) {
            args.add(f.toString());
        }
        var errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static URL[] urls(Path classes) throws IOException {
        var urls = new ArrayList<URL>();
        urls.add(classes.toUri().toURL());
        for (var entry : classpath().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
