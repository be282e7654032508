package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.checks.Check;
import org.trainability.checks.FakeCheck;
import org.trainability.ledger.gate.CheckKind;

/** The audit's evidence: kept, re-gated without running, refused when tampered with, recorded as a chain. */
class AuditEvidenceTest {

    @TempDir
    Path root;

    final List<Check> checks = List.of(
            FakeCheck.of("A2.numerical", CheckKind.NUMERICAL, true, false, "A2"),
            FakeCheck.of("A2.property", CheckKind.PROPERTY, true, false, "A2"));

    @BeforeEach
    void writeLedger() throws IOException {
        Files.createDirectories(root.resolve("ledger/assumptions"));
        Files.writeString(root.resolve("ledger/assumptions/A2.yaml"), """
                id: A2
                kind: assumption
                title: Reversible kernel
                reported: solid
                claimed: solid
                statement: Detailed balance holds.
                measuredAs: residual
                """);
    }

    private CommandLineRun run(List<? extends Check> with, String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.add("--root");
        all.add(root.toString());
        return CommandLineRun.with(with, all.toArray(String[]::new));
    }

    @Test
    void keptEvidenceRegatesToTheSameVerdictsWithoutRunningAnything() throws IOException {
        var ev = root.resolve("ev");
        var json = root.resolve("a.json");
        var first = run(checks, "audit", "--evidence-out", ev.toString(), "--json", json.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("evidence: 2 records in");
        assertThat(Files.list(ev)).hasSize(2);

        var again = run(List.of(), "audit", "--from-evidence", ev.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("A2").containsPattern("A2 .* solid +solid +solid +2 pass");
    }

    @Test
    void editingOneFigureInACopyOfTheEvidenceIsRefusedNamingTheFile() throws IOException {
        var ev = root.resolve("ev");
        run(checks, "audit", "--evidence-out", ev.toString());
        var file = ev.resolve("A2.numerical.json");
        Files.writeString(file, Files.readString(file).replace("\"ratio\" : 1.01", "\"ratio\" : 9.99"));
        var refused = run(List.of(), "audit", "--from-evidence", ev.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("refused: ").contains("A2.numerical.json: digest mismatch");
    }

    @Test
    void evidenceAboutAStatementThatChangedIsLeftOut() throws IOException {
        var ev = root.resolve("ev");
        run(checks, "audit", "--evidence-out", ev.toString());
        var a2 = root.resolve("ledger/assumptions/A2.yaml");
        Files.writeString(a2, Files.readString(a2).replace("Detailed balance holds.", "Something else."));
        var stale = run(List.of(), "audit", "--from-evidence", ev.toString());
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).contains("left out A2.numerical: the statement of A2 changed");
    }

    @Test
    void recordedAuditsFormAChain() throws IOException {
        assertThat(run(checks, "audit", "--record").out()).contains("recorded snapshot 1 in evidence/audits/0001.json");
        assertThat(run(checks, "audit", "--record").out()).contains("recorded snapshot 2 in evidence/audits/0002.json");
        var chain = org.trainability.ledger.audit.AuditSnapshots.read(root.resolve("evidence/audits"));
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1).previousDigest()).isEqualTo(chain.get(0).digest());

        var first = root.resolve("evidence/audits/0001.json");
        Files.writeString(first, Files.readString(first).replace("\"supported\" : \"solid\"", "\"supported\" : \"open\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> org.trainability.ledger.audit.AuditSnapshots.read(root.resolve("evidence/audits")))
                .hasMessageContaining("0001.json: snapshot digest mismatch");
    }

    @Test
    void aFailingCheckDemotesAndTheAuditFails() {
        var failing = List.of(FakeCheck.of("A2.numerical", CheckKind.NUMERICAL, false, false, "A2"),
                FakeCheck.of("A2.property", CheckKind.PROPERTY, true, false, "A2"));
        var run = run(failing, "audit");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("A2: claimed solid, supported only open").contains("check A2.numerical failed");
    }
}
