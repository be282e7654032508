package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger commands on a small ledger of their own (the real one changes as checks land).
 */
class LedgerCommandTest {

    @TempDir
    Path root;

    @BeforeEach
    void writeLedger() throws IOException {
        write("ledger/assumptions/A2.yaml", """
                id: A2
                kind: assumption
                title: Reversible kernel
                reported: solid
                claimed: open
                statement: Detailed balance holds.
                measuredAs: residual
                """);
        write("ledger/assumptions/A6.yaml", """
                id: A6
                kind: assumption
                title: Window beyond tau
                reported: open
                claimed: open
                statement: stem:[K \\gg \\tau].
                measuredAs: K / tau >= 50
                """);
        write("ledger/theorem/T-cond.yaml", """
                id: T-cond
                kind: theorem
                tier: conditional
                title: Conditional factorization
                reported: solid
                claimed: open
                statement: If A6 then Q_op = Q_perp (1 + o(1)).
                uses: [A2]
                assumes: [A6]
                """);
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private CommandLineRun run(String... args) {
        var all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--root";
        all[args.length + 1] = root.toString();
        // The registry's checks verify entries this small ledger does not have: the commands run without checks.
        return CommandLineRun.with(java.util.List.of(), all);
    }

    @Test
    void oneCheckRunsAloneAndSaysHowItCountsAtTheGate() {
        var good = org.trainability.checks.FakeCheck.of("A6.fake", org.trainability.ledger.gate.CheckKind.NUMERICAL,
                true, false, "A6");
        var blind = org.trainability.checks.FakeCheck.of("A2.blind", org.trainability.ledger.gate.CheckKind.NUMERICAL,
                true, true, "A2");
        var checks = java.util.List.of(good, blind);
        var supports = CommandLineRun.with(checks, "check", "A6.fake", "--root", root.toString());
        assertThat(supports.exit()).as(supports.err()).isZero();
        assertThat(supports.out()).contains("A6.fake [numerical] verifies A6").contains("verdict:          pass")
                .contains("supports what it verifies");
        var discredited = CommandLineRun.with(checks, "check", "A2.blind", "--root", root.toString());
        assertThat(discredited.exit()).isEqualTo(1);
        assertThat(discredited.out()).contains("discredited");
        var unknown = CommandLineRun.with(checks, "check", "A9.none", "--root", root.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown check 'A9.none'").contains("A6.fake, A2.blind");
    }

    @Test
    void anAuditReportsEachFinishedCheckOnStderrWhenAsked() {
        var checks = java.util.List.of(
                org.trainability.checks.FakeCheck.of("A6.fake", org.trainability.ledger.gate.CheckKind.NUMERICAL, true,
                        false, "A6"),
                org.trainability.checks.FakeCheck.of("A2.fake", org.trainability.ledger.gate.CheckKind.NUMERICAL, true,
                        false, "A2"));
        var run = CommandLineRun.with(checks, "audit", "--progress", "--threads", "1", "--root", root.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("[1/2] A6.fake pass").contains("[2/2] A2.fake pass").contains("s elapsed");
        assertThat(run.out()).doesNotContain("[1/2]");
        // Not a terminal and not asked: quiet, as in a CI log.
        var quiet = CommandLineRun.with(checks, "audit", "--threads", "1", "--root", root.toString());
        assertThat(quiet.err()).doesNotContain("[1/2]");
    }

    @Test
    void anAuditOfUnsupportedButHonestClaimsPasses() {
        var run = run("audit");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("id", "reported", "claimed", "supported", "checks")
                .contains("A6", "Window beyond tau").contains("audit passed");
    }

    @Test
    void aClaimAboveItsEvidenceFailsTheAuditNamingTheEntryAndWhy() throws IOException {
        var a6 = root.resolve("ledger/assumptions/A6.yaml");
        Files.writeString(a6, Files.readString(a6).replace("claimed: open", "claimed: proven-here"));
        var run = run("audit");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("audit FAILED: 1 claim(s) stand above their evidence")
                .contains("A6: claimed proven-here, supported only open")
                .contains("no numerical check is linked to it");
    }

    @Test
    void theJsonAuditKeepsTheContractedFieldNames() throws IOException {
        var json = root.resolve("out/audit.json");
        assertThat(run("audit", "--json", json.toString()).exit()).isZero();
        var tree = JsonMapper.builder().build().readTree(json.toFile());
        var first = tree.get("entries").get(0);
        for (var field : new String[] {"id", "kind", "title", "reported", "claimed", "supported", "uses", "assumes",
                "gatedOn", "checks", "violations"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(tree.get("summary").get("entries").asInt()).isEqualTo(3);
        assertThat(tree.get("summary").get("passed").asBoolean()).isTrue();
    }

    @Test
    void malformedInputIsOneClearMessageAndExitTwo() throws IOException {
        write("ledger/assumptions/A6.yaml", "id: A6\nkind: assumption\nstatus: [open\n");
        var run = run("audit");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("ledger/assumptions/A6.yaml:").contains("malformed YAML")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aDanglingLinkNamesTheMissingId() throws IOException {
        var t = root.resolve("ledger/theorem/T-cond.yaml");
        Files.writeString(t, Files.readString(t).replace("uses: [A2]", "uses: [A3]"));
        var run = run("status");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(
                "ledger/theorem/T-cond.yaml:8: field 'uses[0]': unknown entry 'A3' (no ledger file has this id)");
    }

    @Test
    void promotionBeyondTheEvidenceIsRefusedAndWritesNothing() throws IOException {
        var before = Files.readString(root.resolve("ledger/assumptions/A2.yaml"));
        var run = run("promote", "A2", "--to", "solid");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("refused: A2 is supported only at open; solid needs:")
                .contains("no numerical check is linked to it").contains("no property-based check is linked to it");
        assertThat(Files.readString(root.resolve("ledger/assumptions/A2.yaml"))).isEqualTo(before);
    }

    @Test
    void loweringAClaimIsRecordedWithTheAuditThatAllowedIt() throws IOException {
        var a2 = root.resolve("ledger/assumptions/A2.yaml");
        Files.writeString(a2, Files.readString(a2).replace("claimed: open", "claimed: solid"));
        assertThat(run("promote", "A2", "--to", "open", "--dry-run").out()).startsWith("would change");
        assertThat(Files.readString(a2)).contains("claimed: solid");

        var run = run("promote", "A2", "--to", "open", "--reason", "no checks yet");
        assertThat(run.exit()).isZero();
        var text = Files.readString(a2);
        assertThat(text).contains("claimed: open").contains("from: solid").contains("to: open")
                .contains("reason: \"no checks yet\"").contains("evidence: ");
        assertThat(run("audit").exit()).isZero();
    }

    @Test
    void showPrintsOneEntryWithItsLinks() {
        var run = run("show", "T-cond");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("T-cond — Conditional factorization").contains("uses:      A2")
                .contains("assumes:   A6");
        assertThat(run("show", "A2").out()).contains("used by:   T-cond");
    }

    @Test
    void anUnknownIdOrTagIsBadInput() {
        assertThat(run("show", "A9").exit()).isEqualTo(2);
        assertThat(run("show", "A9").err()).contains("unknown entry 'A9'");
        assertThat(run("promote", "A2", "--to", "proven").err()).contains("unknown tag 'proven'");
    }
}
