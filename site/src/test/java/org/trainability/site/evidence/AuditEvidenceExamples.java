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
    void theLatestSnapshotIsTheHighestSequence() throws Exception {
        var root = Files.createTempDirectory("root");
        var dir = Files.createDirectories(root.resolve("evidence/audits"));
        for (int seq : new int[] {3, 10, 7}) {
            Files.writeString(dir.resolve("s" + seq + ".json"), "{\"entries\": [], " + SUMMARY
                    + ", \"snapshot\": {\"sequence\": " + seq + ", \"recordedAt\": \"r\", \"digest\": \"d" + seq + "\"}}");
        }
        var latest = SnapshotArchive.latest(root).orElseThrow();
        assertThat(latest.sequence()).isEqualTo(10);
        assertThat(latest.file()).isEqualTo("evidence/audits/s10.json");
        assertThat(latest.previousDigest()).isEmpty();
    }

    @Example
    void twoSnapshotsWithOneSequenceAreRefused() throws Exception {
        var root = Files.createTempDirectory("root");
        var dir = Files.createDirectories(root.resolve("evidence/audits"));
        for (var name : new String[] {"a.json", "b.json"}) {
            Files.writeString(dir.resolve(name), "{\"entries\": [], " + SUMMARY
                    + ", \"snapshot\": {\"sequence\": 1, \"recordedAt\": \"r\", \"digest\": \"d\"}}");
        }
        assertThatThrownBy(() -> SnapshotArchive.read(root)).hasMessageContaining("sequence 1 is also used by");
    }

    @Example
    void noSnapshotFolderMeansNoSnapshot() throws Exception {
        assertThat(SnapshotArchive.latest(Files.createTempDirectory("root"))).isEmpty();
    }
}
