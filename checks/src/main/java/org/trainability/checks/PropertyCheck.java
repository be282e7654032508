package org.trainability.checks;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Property;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * A check that is a jqwik property: a {@code @Property} method for the real statement and a second
 * one — the negative control — that generates known-bad cases and must be falsified.
 *
 * <p>Both run through the JUnit Platform launcher, the same engine an IDE or Maven uses, so a
 * property behaves here exactly as it does as a test. The seed is the one fixed in the
 * {@code @Property(seed = …)} annotation (required: evidence must be reproducible), and the number
 * of generated cases is what jqwik reports having tried. Thread-safe: property runs are serialised
 * (jqwik's engine keeps JVM-wide state), numerical checks still run alongside them.
 */
public final class PropertyCheck implements Check {

    /**
     * jqwik keeps some state per JVM (its statistics store among it) that two properties running
     * at once corrupt, so property checks take turns; numerical checks still run in parallel.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    /**
     * jqwik logs advice (edge cases outnumbering tries, …) through java.util.logging; in the audit
     * that is noise on the user's terminal, so only its warnings are let through. Held here so the
     * configured logger is not collected.
     */
    private static final java.util.logging.Logger JQWIK_LOG = quiet(java.util.logging.Logger.getLogger("net.jqwik"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private final CheckSpec spec;
    private final Class<?> container;
    private final String property;
    private final String negativeControl;

    private PropertyCheck(CheckSpec spec, Class<?> container, String property, String negativeControl) {
        this.spec = spec;
        this.container = container;
        this.property = property;
        this.negativeControl = negativeControl;
    }

    /**
     * @param id              the check's id
     * @param verifies        the entries it is evidence for
     * @param container       the class holding the properties
     * @param property        the property of the statement (or of a supporting fact)
     * @param negativeControl a property over known-bad cases, which must be falsified
     * @param checksStatement true when {@code property} is the very statement of what it verifies
     * @param description     what it checks
     */
    public static PropertyCheck of(String id, List<String> verifies, Class<?> container, String property,
            String negativeControl, boolean checksStatement, String description) {
        var annotation = propertyAnnotation(container, property);
        propertyAnnotation(container, negativeControl);
        if (annotation.seed().isBlank()) {
            throw new IllegalArgumentException(container.getSimpleName() + "." + property
                    + " must fix its seed (@Property(seed = \"…\")) so that its evidence is reproducible");
        }
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("property", container.getName() + "#" + property);
        parameters.put("negativeControl", container.getName() + "#" + negativeControl);
        parameters.put("tries", annotation.tries());
        var spec = new CheckSpec(id, CheckKind.PROPERTY, verifies, Long.parseLong(annotation.seed()), parameters,
                checksStatement, description);
        return new PropertyCheck(spec, container, property, negativeControl);
    }

    private static Property propertyAnnotation(Class<?> container, String name) {
        var method = Arrays.stream(container.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        container.getName() + " has no method " + name));
        var annotation = method.getAnnotation(Property.class);
        if (annotation == null) {
            throw new IllegalArgumentException(container.getName() + "." + name + " is not a @Property");
        }
        return annotation;
    }

    @Override
    public CheckSpec spec() {
        return spec;
    }

    @Override
    public Measurement measure() throws Exception {
        return run(property);
    }

    @Override
    public Measurement negativeControl() throws Exception {
        return run(negativeControl);
    }

    private Measurement run(String methodName) throws Exception {
        Method method = Arrays.stream(container.getDeclaredMethods()).filter(m -> m.getName().equals(methodName))
                .findFirst().orElseThrow();
        // A fresh, empty database per run: no earlier failure may change what is generated.
        var databaseDir = Files.createTempDirectory("jqwik-");
        var database = databaseDir.resolve("database");
        try {
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectMethod(container, method))
                    .configurationParameter("jqwik.database", database.toString())
                    .configurationParameter("jqwik.failures.runfirst", "false")
                    .configurationParameter("jqwik.reporting.onlyfailures", "false")
                    .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                    .build();
            var listener = new Listener();
            synchronized (ONE_AT_A_TIME) {
                LauncherFactory.create().execute(request, listener);
            }
            return listener.measurement(container.getSimpleName() + "." + methodName);
        } finally {
            Files.deleteIfExists(database);
            Files.deleteIfExists(databaseDir);
        }
    }

    /** Collects the outcome and jqwik's report of one property run. */
    private static final class Listener implements TestExecutionListener {
        private static final java.util.regex.Pattern REPORT_LINE =
                java.util.regex.Pattern.compile("^\\s*([\\w#-]+)\\s*=\\s*([^|]*?)\\s*(\\|.*)?$");
        private final AtomicReference<TestExecutionResult> result = new AtomicReference<>();
        private final Map<String, String> report = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            // jqwik publishes one entry per property whose value holds lines "key = value | comment".
            for (var value : entry.getKeyValuePairs().values()) {
                value.lines().forEach(line -> {
                    var m = REPORT_LINE.matcher(line);
                    if (m.matches()) {
                        report.put(m.group(1), m.group(2).strip());
                    }
                });
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult outcome) {
            if (id.isTest()) {
                result.set(outcome);
            }
        }

        Measurement measurement(String name) {
            var outcome = result.get();
            if (outcome == null) {
                throw new IllegalStateException(name + " did not run (is it a jqwik @Property in a public class?)");
            }
            var built = Figures.builder();
            int tries = parse(report.get("tries"));
            int checks = parse(report.get("checks"));
            built.put("tries", tries);
            built.put("checks", checks);
            if (report.containsKey("seed")) {
                built.put("jqwik-seed", report.get("seed"));
            }
            var figures = built.build();
            return switch (outcome.getStatus()) {
                case SUCCESSFUL -> new Measurement(Verdict.PASS, figures,
                        name + " held in " + checks + " of " + tries + " generated cases", checks);
                case FAILED -> new Measurement(Verdict.FAIL, figures, name + " falsified: "
                        + outcome.getThrowable().map(PropertyCheck::firstLines).orElse("no reason given"), checks);
                case ABORTED -> new Measurement(Verdict.UNRESOLVED, figures, name + " aborted: "
                        + outcome.getThrowable().map(PropertyCheck::firstLines).orElse("no reason given"), checks);
            };
        }

        private static int parse(String s) {
            try {
                return s == null ? 0 : Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    private static String firstLines(Throwable t) {
        var text = String.valueOf(t.getMessage()).strip();
        var lines = text.lines().filter(l -> !l.isBlank()).limit(3).toList();
        return String.join(" ", lines);
    }

}
