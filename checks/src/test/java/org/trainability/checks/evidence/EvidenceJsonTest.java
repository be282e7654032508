package org.trainability.checks.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.checks.CheckRunnerTest;
import org.trainability.checks.FakeCheck;
import org.trainability.ledger.gate.CheckKind;

class EvidenceJsonTest {

    static EvidenceRecord record() {
        return new org.trainability.checks.CheckRunner(CheckRunnerTest.LEDGER_FOR_EVIDENCE, "abc", 1,
                CheckRunnerTest.CLOCK_FOR_EVIDENCE).runOne(FakeCheck.of("A2.db", CheckKind.NUMERICAL, true, false, "A2"));
    }

    @Test
    void aRecordRoundTripsThroughItsSealedJson() throws Exception {
        var r = record();
        var back = EvidenceJson.read(EvidenceJson.toText(r), "A2.db.json");
        assertThat(back.result()).isEqualTo(r.result());
        assertThat(back.parameters()).isEqualTo(r.parameters());
        assertThat(back.statementFingerprint()).isEqualTo(r.statementFingerprint());
        assertThat(EvidenceJson.toText(back)).isEqualTo(EvidenceJson.toText(r));
    }

    @Test
    void editingOneFigureBreaksTheSealAndTheFileIsNamed(@TempDir Path dir) throws Exception {
        EvidenceStore.write(dir, List.of(record()));
        var file = dir.resolve("A2.db.json");
        var text = Files.readString(file);
        assertThat(text).contains("\"ratio\" : 1.01");
        Files.writeString(file, text.replace("\"ratio\" : 1.01", "\"ratio\" : 1.02"));
        assertThatThrownBy(() -> EvidenceStore.read(dir)).isInstanceOf(EvidenceException.class)
                .hasMessageStartingWith("refused: " + file + ": digest mismatch");
    }

    /** Sealed correctly but carrying a figure no one can draw: refused, naming the file and the field. */
    @Test
    void aResealedRecordWithAMalformedFigureIsRefusedNamingTheField() throws Exception {
        var node = EvidenceJson.unsealed(record());
        ((ObjectNode) node.get("check").get("figures")).putObject("ratio").put("plot", "pie");
        node.put("digest", EvidenceJson.digest(node));
        assertThatThrownBy(() -> EvidenceJson.read(EvidenceJson.PRETTY.writeValueAsString(node), "A2.db.json"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("A2.db.json: field 'check.figures.ratio.plot': unknown plot 'pie'");
    }

    @Test
    void aFileThatIsNotEvidenceIsRefusedByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.json"), "{\"a\": 1}");
        assertThatThrownBy(() -> EvidenceStore.read(dir)).hasMessageContaining("x.json: not an evidence record");
    }
}
