package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} with its usage and exit status 0, whatever it requires otherwise. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"audit", "status", "show", "promote", "analyze", "sample", "tau", "new-experiment"})
    void everyCommandHasHelp(String command) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = LedgerCommand.execute(new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Usage: ledger " + command);
        assertThat(err.toString()).doesNotContain("Missing required option");
    }
}
