package org.trainability.site.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;

/** Reading audits and snapshots; bad ones get one message naming the file and the field. */
class AuditEvidenceExamples {

    private static final String SUMMARY = "\"summary\": {\"entries\": 0, \"violations\": 0, \"passed\": true,"
            + " \"commit\": \"abc\", \"evidenceDigest\": \"d\", \"startedAt\": \"2026-11-26T10:00:00Z\","
            + " \"durationMillis\": 12, \"checks\": {\"total\": 0}, \"bySupported\": {\"open\": 2}}";

    private static Path write(String name, String text) throws Exception {
        var dir = Files.createTempDirectory("audit");
        var file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Example
    void aSummaryWithoutCountsForSomeVerdictsReadsThemAsZero() throws Exception {
        var audit = AuditEvidence.read(write("a.json", "{\"entries\": [], " + SUMMARY + "}"));
        assertThat(audit.summary().checksPassed()).isZero();
        assertThat(audit.summary().bySupported()).containsEntry(org.trainability.ledger.model.Tag.OPEN, 2L);
    }

    @Example
    void notJsonSaysWhereAndHowToRegenerate() throws Exception {
        var file = write("a.json", "{\"entries\": [");
        assertThatThrownBy(() -> AuditEvidence.read(file)).isInstanceOf(EvidenceInputException.class)
                .hasMessageContaining("not readable as JSON").hasMessageContaining("./ledger.sh audit --json");
    }

    @Example
    void anUnknownVerdictNamesItsField() throws Exception {
        var file = write("a.json", "{\"entries\": [{\"id\": \"A2\", \"kind\": \"assumption\", \"title\": \"t\","
                + " \"reported\": \"open\", \"claimed\": \"open\", \"supported\": \"open\", \"checks\": [{\"id\": \"c\","
                + " \"kind\": \"numerical\", \"verdict\": \"maybe\", \"negativeControl\": \"none\"}]}], " + SUMMARY + "}");
        assertThatThrownBy(() -> AuditEvidence.read(file)).hasMessageContaining("entries[0].checks[0].verdict")
                .hasMessageContaining("unknown value 'maybe'; expected one of pass, fail, unresolved");
    }

    @Example
    void aFigureTheCodecRefusesNamesTheCheckAndTheField() throws Exception {
        var file = write("a.json", "{\"entries\": [{\"id\": \"A2\", \"kind\": \"assumption\", \"title\": \"t\","
                + " \"reported\": \"open\", \"claimed\": \"open\", \"supported\": \"open\", \"checks\": [{\"id\": \"c\","
                + " \"kind\": \"numerical\", \"verdict\": \"pass\", \"negativeControl\": \"none\", \"figures\":"
                + " {\"cells\": {\"single\": 22, \"multi\": 46}}}]}], " + SUMMARY + "}");
        assertThatThrownBy(() -> AuditEvidence.read(file)).isInstanceOf(EvidenceInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("check c")
                .hasMessageContaining("entries[0].checks[0].figures.cells")
                .hasMessageContaining("a table (\"table\") or a plot (\"plot\")")
                .hasMessageContaining("./ledger.sh audit --json " + file);
    }

    @Example
    void aCheckWithoutFiguresHasNone() throws Exception {
        var file = write("a.json", "{\"entries\": [{\"id\": \"A2\", \"kind\": \"assumption\", \"title\": \"t\","
                + " \"reported\": \"open\", \"claimed\": \"open\", \"supported\": \"open\", \"checks\": [{\"id\": \"c\","
                + " \"kind\": \"numerical\", \"verdict\": \"pass\", \"negativeControl\": \"none\"}]}], " + SUMMARY + "}");
        var check = AuditEvidence.read(file).check("c").orElseThrow();
        assertThat(check.figures().isEmpty()).isTrue();
        assertThat(check.reproduce()).isEmpty();
    }

    private static org.trainability.ledger.audit.AuditReport emptyAudit(String commit) {
        return org.trainability.ledger.audit.Audit.of(org.trainability.ledger.model.Ledger.of(java.util.List.of()),
                java.util.List.of(), path -> null, commit, java.time.Instant.EPOCH, java.time.Duration.ZERO);
    }

    @Example
    void theLatestSnapshotIsTheLastOfTheChain() throws Exception {
        var root = Files.createTempDirectory("root");
        var dir = root.resolve("evidence/audits");
        for (var commit : new String[] {"c1", "c2", "c3"}) {
            org.trainability.ledger.audit.AuditSnapshots.record(dir, emptyAudit(commit),
                    java.time.Instant.parse("2026-11-2" + commit.charAt(1) + "T00:00:00Z"));
        }
        var latest = SnapshotArchive.latest(root).orElseThrow();
        assertThat(latest.sequence()).isEqualTo(3);
        assertThat(latest.file()).isEqualTo("evidence/audits/0003.json");
        assertThat(latest.recordedAt()).isEqualTo("2026-11-23T00:00:00Z");
        assertThat(latest.audit().summary().commit()).isEqualTo("c3");
        assertThat(latest.previousDigest()).isPresent();
    }

    @Example
    void anEditedSnapshotIsRefused() throws Exception {
        var root = Files.createTempDirectory("root");
        var dir = root.resolve("evidence/audits");
        org.trainability.ledger.audit.AuditSnapshots.record(dir, emptyAudit("c1"), java.time.Instant.EPOCH);
        var file = dir.resolve("0001.json");
        Files.writeString(file, Files.readString(file).replace("\"c1\"", "\"c9\""));
        assertThatThrownBy(() -> SnapshotArchive.latest(root)).isInstanceOf(EvidenceInputException.class)
                .hasMessageContaining("cannot be trusted").hasMessageContaining("0001.json");
    }

    @Example
    void noSnapshotFolderMeansNoSnapshot() throws Exception {
        assertThat(SnapshotArchive.latest(Files.createTempDirectory("root"))).isEmpty();
    }
}
