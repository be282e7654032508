package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit runs checks on several threads in its own JVM. Property checks that collect jqwik
 * statistics failed there ("Cannot find store", "Cannot find an Arbitrary", an {@code @IntRange}
 * ignored) until {@link org.trainability.checks.PropertyCheck} ran one jqwik execution at a time:
 * jqwik's engine state is JVM-wide. Shown in a child JVM, as the audit runs (inside surefire's own
 * JUnit Platform a nested launcher on a pool thread is a different setting, not the audit's).
 */
class PropertyChecksInParallelTest {

    @Test
    void propertyChecksWithStatisticsSupportWhenTheAuditRunsThemTogether() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var root = Path.of("..").toAbsolutePath().normalize().toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParallelPropertyAudit.class.getName(), root).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
