package org.trainability.checks.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.checks.evidence.EvidenceException;

/** The kept calibration file: its seal, its fingerprint and its checkpoint. */
class CalibrationFileTest {

    private static final CaseResult ONE = new CaseResult(0, "ring", "ring N=6 / random-scan", 12.5, List.of("b[0]"),
            List.of(new CaseResult.Rung(256, Double.NaN, false, false, Double.NaN, 3.5),
                    new CaseResult.Rung(25_000, 12.1, true, true, 1.002, 4_100)));
    private static final CaseResult TWO = new CaseResult(1, "glass", "glass N=5 / metropolis", 3.0,
            List.of("J[0,1]", "b[2]"), List.of(new CaseResult.Rung(6_000, 2.9, true, false, 1.02, 390)));

    @Test
    void aSealedFileReadsBackAsWritten() throws Exception {
        var at = Instant.parse("2026-12-05T12:00:00Z");
        var kept = CalibrationFile.read(CalibrationFile.toText("f1", List.of(TWO, ONE), at), "kept.json");
        assertThat(kept.fingerprint()).isEqualTo("f1");
        assertThat(kept.recordedAt()).isEqualTo(at);
        assertThat(kept.results()).containsExactly(ONE, TWO); // corpus order, non-finite numbers kept
    }

    @Test
    void anEditedFileIsRefused() {
        var text = CalibrationFile.toText("f1", List.of(ONE), Instant.EPOCH).replace("\"after\" : true",
                "\"after\" : false");
        assertThatThrownBy(() -> CalibrationFile.read(text, "kept.json")).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("kept.json").hasMessageContaining("digest mismatch");
    }

    @Test
    void theFingerprintNamesTheCorpusAndTheRule() {
        var cases = CalibrationCorpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(CalibrationFile.fingerprint(cases)).isEqualTo(CalibrationFile.fingerprint(CalibrationCorpus.cases()));
        assertThat(CalibrationFile.fingerprint(cases.subList(1, cases.size())))
                .isNotEqualTo(CalibrationFile.fingerprint(cases));
    }

    @Test
    void aCheckpointResumesPastATornLastLine(@TempDir Path dir) throws Exception {
        var file = dir.resolve("kept.json.checkpoint");
        var torn = CalibrationFile.checkpointLine(TWO);
        Files.writeString(file, CalibrationFile.checkpointHeader("f1") + "\n" + CalibrationFile.checkpointLine(ONE)
                + "\n" + torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8);
        assertThat(CalibrationFile.readCheckpoint(file, "f1")).containsExactly(ONE);
        assertThatThrownBy(() -> CalibrationFile.readCheckpoint(file, "f2")).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("another corpus");
        assertThat(CalibrationFile.readCheckpoint(dir.resolve("none"), "f1")).isEmpty();
    }

    @Test
    void clopperPearsonAgreesWithScipy() {
        // scipy.stats.binomtest(k, n).proportion_ci(0.95, 'exact')
        assertThat(CalibrationSummary.clopperPearson(511, 10)[0]).isCloseTo(0.009423236337511798,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CalibrationSummary.clopperPearson(511, 10)[1]).isCloseTo(0.035693775725991854,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CalibrationSummary.clopperPearson(200, 0)[1]).isCloseTo(1 - Math.pow(0.025, 1.0 / 200),
                org.assertj.core.data.Offset.offset(1e-12));
    }
}
