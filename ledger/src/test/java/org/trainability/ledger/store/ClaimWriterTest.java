package org.trainability.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.ledger.load.LedgerInputException;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.AuditReference;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TagChange;

class ClaimWriterTest {

    static final String FILE = "ledger/assumptions/A6.yaml";
    static final String BASE = """
            # A6 — the regime gate (a comment that must survive)
            id: A6
            kind: assumption
            title: Window beyond tau
            reported: open
            claimed: open
            statement: |
              stem:[K \\gg \\tau].
            measuredAs: K / tau >= 50
            """;

    static final TagChange CHANGE = new TagChange(LocalDate.of(2026, 11, 27), Tag.OPEN, Tag.CONJECTURED,
            "the A6 check passed: \"RESOLVED\"", Optional.of(new AuditReference("abc123", "f00d")));

    @Test
    void rewritesTheStatusLineAndAppendsAHistoryBlockKeepingEverythingElse() throws Exception {
        var edited = ClaimWriter.edit(BASE, FILE, CHANGE);
        assertThat(edited).contains("# A6 — the regime gate (a comment that must survive)")
                .contains("claimed: conjectured\n").doesNotContain("claimed: open")
                .contains("statement: |\n  stem:[K \\gg \\tau].\n");
        var entry = new LedgerLoader().parseEntry(edited, FILE);
        assertThat(entry.claimed()).isEqualTo(Tag.CONJECTURED);
        assertThat(entry.header().history()).containsExactly(CHANGE);
    }

    @Test
    void replacesAnEmptyHistoryList() throws Exception {
        var edited = ClaimWriter.edit(BASE.replace("measuredAs:", "history: []\nmeasuredAs:"), FILE, CHANGE);
        assertThat(new LedgerLoader().parseEntry(edited, FILE).header().history()).containsExactly(CHANGE);
    }

    @Test
    void appendsToAnExistingHistoryInItsOwnIndentation() throws Exception {
        var once = ClaimWriter.edit(BASE, FILE, CHANGE).replace("\n  - date", "\n- date").replace("\n    ", "\n  ");
        var second = new TagChange(LocalDate.of(2026, 11, 28), Tag.CONJECTURED, Tag.SOLID, "property passed",
                Optional.empty());
        var twice = ClaimWriter.edit(once + "notes: later field\n", FILE, second);
        var entry = new LedgerLoader().parseEntry(twice, FILE);
        assertThat(entry.header().history()).containsExactly(CHANGE, second);
        assertThat(entry.header().notes()).isEqualTo("later field");
    }

    @Test
    void refusesAFileWithoutAClaimedLine() {
        assertThatThrownBy(() -> ClaimWriter.edit(BASE.replace("claimed: open\n", ""), FILE, CHANGE))
                .isInstanceOf(LedgerInputException.class).hasMessageContaining("missing top-level 'claimed:' line");
    }

    @Test
    void writesTheFileInPlace(@TempDir Path root) throws Exception {
        var file = root.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, BASE);
        ClaimWriter.apply(root, FILE, CHANGE);
        assertThat(Files.readString(file)).contains("claimed: conjectured");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file is left behind").hasSize(1);
        }
    }
}
