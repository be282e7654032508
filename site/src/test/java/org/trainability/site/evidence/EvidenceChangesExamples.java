package org.trainability.site.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Tag;

class EvidenceChangesExamples {

    private static CheckEvidence check(String id, Verdict v) {
        return new CheckEvidence(id, CheckKind.NUMERICAL, List.of("X"), v, NegativeControl.FAILED_AS_EXPECTED,
                Figures.none(), "none", 0, false, "");
    }

    private static EntryEvidence entry(String id, Tag claimed, Tag supported, CheckEvidence... checks) {
        return new EntryEvidence(id, "assumption", id, claimed, claimed, supported, List.of(), List.of(), List.of(),
                List.of(), List.of(checks), List.of(), List.of(), List.of(), Optional.empty());
    }

    private static AuditEvidence audit(EntryEvidence... entries) {
        var summary = new AuditSummary(entries.length, 0, true, "c", "d", "t", 0, 0, 0, 0, 0, Map.of(), Map.of());
        return new AuditEvidence(summary, List.of(entries));
    }

    @Example
    void identicalAuditsHaveNoChanges() {
        var a = audit(entry("A2", Tag.SOLID, Tag.SOLID, check("c1", Verdict.PASS)));
        assertThat(EvidenceChanges.between(a, a).isEmpty()).isTrue();
    }

    @Example
    void tagMovesAndVerdictChangesAreListedPerEntry() {
        var before = audit(entry("A2", Tag.SOLID, Tag.SOLID, check("c1", Verdict.PASS), check("gone", Verdict.PASS)),
                entry("A6", Tag.OPEN, Tag.OPEN), entry("old", Tag.OPEN, Tag.OPEN));
        var now = audit(entry("A2", Tag.CONJECTURED, Tag.CONJECTURED, check("c1", Verdict.FAIL), check("new",
                Verdict.UNRESOLVED)), entry("A6", Tag.OPEN, Tag.OPEN), entry("fresh", Tag.OPEN, Tag.OPEN));
        var changes = EvidenceChanges.between(before, now);
        assertThat(changes.addedEntries()).containsExactly("fresh");
        assertThat(changes.removedEntries()).containsExactly("old");
        assertThat(changes.entries()).hasSize(1);
        var a2 = changes.entries().get(0);
        assertThat(a2.claimed()).hasValue(new EvidenceChanges.TagMove(Tag.SOLID, Tag.CONJECTURED));
        assertThat(a2.supported()).hasValue(new EvidenceChanges.TagMove(Tag.SOLID, Tag.CONJECTURED));
        assertThat(a2.checks()).containsExactly(
                new EvidenceChanges.VerdictChange("c1", Optional.of(Verdict.PASS), Optional.of(Verdict.FAIL)),
                new EvidenceChanges.VerdictChange("new", Optional.empty(), Optional.of(Verdict.UNRESOLVED)),
                new EvidenceChanges.VerdictChange("gone", Optional.of(Verdict.PASS), Optional.empty()));
    }
}
