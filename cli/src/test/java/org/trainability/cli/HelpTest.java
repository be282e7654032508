package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} with its usage and exit status 0, whatever it requires otherwise. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"audit", "status", "show", "promote", "analyze", "sample", "tau", "calibrate", "check",
            "new-experiment"})
    void everyCommandHasHelp(String command) {
        var out = new StringWriter();
        var err = new StringWriter();
        // picocli warns on System.err (a '%' its formatter cannot read cuts a description short).
        var systemErr = System.err;
        var warnings = new java.io.ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            status = LedgerCommand.execute(new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(status).as(err.toString()).isZero();
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(out.toString()).contains("Usage: ./ledger.sh " + command);
        assertThat(err.toString()).doesNotContain("Missing required option");
    }
}
