package org.trainability.ledger.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.HistoricalClaim;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Tag;

class LedgerLoaderTest {

    @TempDir
    Path root;

    @BeforeEach
    void copyMiniLedger() {
        MiniLedger.copyTo(root);
    }

    private String messageOfLoading() {
        try {
            new LedgerLoader().load(root);
        } catch (LedgerInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the ledger loaded although it is broken");
    }

    private void replaceIn(String file, String from, String to) {
        var text = MiniLedger.read(file);
        assertThat(text).contains(from);
        MiniLedger.write(root, file, text.replace(from, to));
    }

    @Test
    void loadsEveryKindWithItsLinks() throws Exception {
        var ledger = new LedgerLoader().load(root);
        assertThat(ledger.entries()).extracting(e -> e.id())
                .containsExactly("T-cond", "H-single", "A2", "A6", "O4");
        assertThat(ledger.get("T-cond").uses()).containsExactly("O4");
        assertThat(ledger.get("T-cond").assumes()).containsExactly("A2", "A6");
        assertThat(ledger.usedBy("A2")).containsExactly("O4");
        assertThat(((Obligation) ledger.get("O4")).closesTo()).containsExactly("Levin–Peres 2017, Thm 12.21");
        var h = (HistoricalClaim) ledger.get("H-single");
        assertThat(h.claimed()).isEqualTo(Tag.SUPERSEDED);
        assertThat(h.header().supersededBy()).contains("T-cond");
        assertThat(ledger.entries()).noneMatch(e -> e instanceof Experiment);
    }

    @Test
    void anUnknownTagNamesFileLineAndField() {
        replaceIn("ledger/assumptions/A6.yaml", "claimed: open", "claimed: proven");
        assertThat(messageOfLoading()).isEqualTo("ledger/assumptions/A6.yaml:5: field 'claimed': unknown tag "
                + "'proven'; expected one of open, conjectured, solid, proven-here, validated, superseded, withdrawn");
    }

    @Test
    void aDanglingLinkNamesTheMissingId() {
        replaceIn("ledger/theorem/T-cond.yaml", "assumes: [A2, A6]", "assumes: [A2, A9]");
        assertThat(messageOfLoading()).isEqualTo(
                "ledger/theorem/T-cond.yaml:10: field 'assumes[1]': unknown entry 'A9' (no ledger file has this id)");
    }

    @Test
    void aDuplicateIdNamesBothFiles() {
        MiniLedger.write(root, "ledger/theorem/A6.yaml", """
                id: A6
                kind: theorem
                tier: conditional
                title: A clash
                reported: open
                claimed: open
                statement: x
                """);
        assertThat(messageOfLoading()).contains("field 'id': duplicate id 'A6', already used by")
                .contains("ledger/theorem/A6.yaml").contains("ledger/assumptions/A6.yaml");
    }

    @Test
    void aCycleInUsesIsRefusedWithTheCycle() {
        replaceIn("ledger/assumptions/A2.yaml", "uses: []", "uses: [T-cond]");
        assertThat(messageOfLoading()).contains("cycle in uses/gatedOn: ")
                .containsAnyOf("A2 -> T-cond -> O4 -> A2", "T-cond -> O4 -> A2 -> T-cond", "O4 -> A2 -> T-cond -> O4");
    }

    @Test
    void aMissingFieldIsNamed() {
        replaceIn("ledger/assumptions/A6.yaml", "title: The window is far beyond the autocorrelation time\n", "");
        assertThat(messageOfLoading()).isEqualTo("ledger/assumptions/A6.yaml: field 'title': missing (required)");
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        replaceIn("ledger/assumptions/A6.yaml", "reported: open", "reported: open\nstatuss: open");
        assertThat(messageOfLoading()).startsWith("ledger/assumptions/A6.yaml:5: field 'statuss': unknown field; "
                + "expected one of assumes, belowReportedBecause");
    }

    @Test
    void malformedYamlNamesTheLine() {
        replaceIn("ledger/assumptions/A6.yaml", "reported: open", "reported: [open");
        assertThat(messageOfLoading()).startsWith("ledger/assumptions/A6.yaml:").contains("malformed YAML");
    }

    @Test
    void aDuplicateKeyIsNotSilentlyOverwritten() {
        replaceIn("ledger/assumptions/A6.yaml", "claimed: open", "claimed: open\nclaimed: solid");
        assertThat(messageOfLoading()).startsWith("ledger/assumptions/A6.yaml:6:").contains("Duplicate field 'claimed'");
    }

    @Test
    void aSupersededClaimWithoutSuccessorIsRefused() {
        replaceIn("ledger/theorem/H-single.yaml", "supersededBy: T-cond\n", "");
        assertThat(messageOfLoading()).contains("ledger/theorem/H-single.yaml")
                .contains("field 'supersededBy': missing: a superseded entry must name its successor");
    }

    @Test
    void anEntryInTheWrongFolderIsRefused() {
        MiniLedger.write(root, "ledger/risks/A7.yaml", MiniLedger.read("ledger/assumptions/A6.yaml")
                .replace("id: A6", "id: A7"));
        assertThat(messageOfLoading()).isEqualTo(
                "ledger/risks/A7.yaml:2: field 'kind': a assumption belongs in ledger/assumptions/, not ledger/risks/");
    }

    @Test
    void aFileNamedUnlikeItsIdIsRefused() {
        MiniLedger.write(root, "ledger/assumptions/A7.yaml", MiniLedger.read("ledger/assumptions/A6.yaml"));
        assertThat(messageOfLoading()).contains(
                "ledger/assumptions/A7.yaml:1: field 'id': is 'A6' but the file is named A7.yaml; name it A6.yaml");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        replaceIn("ledger/assumptions/A6.yaml", "claimed: open", "claimed: proven");
        replaceIn("ledger/theorem/T-cond.yaml", "tier: conditional", "tier: sideways");
        assertThatThrownBy(() -> new LedgerLoader().load(root)).isInstanceOf(LedgerInputException.class)
                .satisfies(e -> assertThat(((LedgerInputException) e).problems()).hasSize(2));
    }

    @Test
    void aMissingLedgerFolderSaysWhereToRunFrom(@TempDir Path empty) {
        assertThatThrownBy(() -> new LedgerLoader().load(empty)).isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("no ledger folder here; run from the repository root or pass --root");
    }

    private void writeExperiment() {
        MiniLedger.write(root, "ledger/experiments/exp4.yaml", """
                id: exp4
                kind: experiment
                title: The tau-grows-with-L diagnostic
                reported: open
                claimed: open
                seedName: exp4-reversible-50tau
                statement: tau-hat grows with L.
                question: Does tau-hat grow with L?
                modelFamily: a cold ring
                kernels: [random-scan]
                grid: L = 1,000 ... 32,000
                verifies: [A6]
                """);
    }

    @Test
    void theResearchPagesFiguresAreReadFromTheEvidenceFolder() throws Exception {
        writeExperiment();
        MiniLedger.write(root, "evidence/reported/exp4.yaml", """
                experiment: exp4
                figures:
                  - name: tau over L
                    value: "≈ 0.16"
                    source: research page
                    ours: "exp4.tau-growth#tau-over-L"
                """);
        var exp4 = (Experiment) new LedgerLoader().load(root).get("exp4");
        assertThat(exp4.reportedFigures()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("≈ 0.16");
            assertThat(f.ours()).contains("exp4.tau-growth#tau-over-L");
        });
    }

    @Test
    void reportedFiguresForAnUnknownExperimentOrWithAMissingFieldAreNamed() {
        writeExperiment();
        MiniLedger.write(root, "evidence/reported/exp5.yaml", "experiment: exp5\nfigures: []\n");
        assertThat(messageOfLoading()).isEqualTo(
                "evidence/reported/exp5.yaml:1: field 'experiment': unknown entry 'exp5' (no ledger file has this id)");
        MiniLedger.write(root, "evidence/reported/exp5.yaml", "experiment: exp4\nfigures:\n  - name: x\n    value: y\n");
        assertThat(messageOfLoading()).contains("evidence/reported/exp5.yaml:1: field 'experiment': is 'exp4' but the file"
                + " is named exp5.yaml").contains("field 'figures[0].source': missing (required)");
    }

    @Test
    void figuresInsideAnExperimentRecordArePointedToTheEvidenceFolder() {
        writeExperiment();
        var file = root.resolve("ledger/experiments/exp4.yaml");
        MiniLedger.write(root, "ledger/experiments/exp4.yaml", read(file) + "reportedFigures: []\n");
        assertThat(messageOfLoading()).contains("field 'reportedFigures': the research page's figures are kept as data"
                + " in evidence/reported/exp4.yaml");
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
