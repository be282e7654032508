package org.trainability.ledger.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainability.ledger.LedgerFixtures.assumption;
import static org.trainability.ledger.LedgerFixtures.conditional;
import static org.trainability.ledger.LedgerFixtures.failing;
import static org.trainability.ledger.LedgerFixtures.obligation;
import static org.trainability.ledger.LedgerFixtures.operational;
import static org.trainability.ledger.LedgerFixtures.passing;
import static org.trainability.ledger.LedgerFixtures.result;
import static org.trainability.ledger.LedgerFixtures.solidEvidence;
import static org.trainability.ledger.LedgerFixtures.statementProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Example;
import net.jqwik.api.Group;
import org.trainability.ledger.model.HistoricalClaim;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;

class GateExamples {

    static final Function<String, ProofFacts> PROOFS_WRITTEN = p -> new ProofFacts(p, true, true, true, false);
    static final Function<String, ProofFacts> PROOFS_COMPLETE = p -> new ProofFacts(p, true, true, true, true);

    /** A2 ← O4 ← T-cond, with T-cond assuming A6: the chain of the example. */
    static Ledger chainLedger() {
        return Ledger.of(List.of(
                assumption("A2", Tag.SOLID),
                assumption("A6", Tag.OPEN),
                obligation("O4", Tag.SOLID, "A2"),
                conditional("T-cond", Tag.SOLID, List.of("O4"), List.of("A6"))));
    }

    @Example
    void withoutChecksNothingStandsAboveOpen() {
        var supports = Gate.assess(chainLedger(), List.of(), PROOFS_WRITTEN);
        assertThat(supports.values()).allMatch(s -> s.supported() == Tag.OPEN);
        assertThat(supports.get("A2").shortfalls()).extracting(Shortfall::what)
                .contains("no numerical check is linked to it");
    }

    @Example
    void fullEvidenceSupportsTheChainWhileItsHypothesisStaysOpen() {
        var supports = Gate.assess(chainLedger(), solidEvidence("A2", "O4", "T-cond"), PROOFS_WRITTEN);
        assertThat(supports.get("T-cond").supported()).isEqualTo(Tag.SOLID);
        assertThat(supports.get("A6").supported()).isEqualTo(Tag.OPEN);
        assertThat(supports.values()).noneMatch(Support::isViolation);
    }

    @Example
    void aFailingCheckOnA2DemotesO4AndTCondAndNamesTheChain() {
        var evidence = new ArrayList<>(solidEvidence("O4", "T-cond"));
        evidence.add(failing("A2.detailed-balance", CheckKind.NUMERICAL, "A2"));
        evidence.add(passing("A2.prop", CheckKind.PROPERTY, "A2"));
        var supports = Gate.assess(chainLedger(), evidence, PROOFS_WRITTEN);

        assertThat(supports.get("A2").supported()).isEqualTo(Tag.OPEN);
        assertThat(supports.get("O4").supported()).isEqualTo(Tag.OPEN);
        var tcond = supports.get("T-cond");
        assertThat(tcond.supported()).isEqualTo(Tag.OPEN);
        assertThat(tcond.isViolation()).isTrue();
        assertThat(tcond.chain()).containsExactly("T-cond", "O4", "A2");
        assertThat(tcond.rootCause()).extracting(Shortfall::what)
                .anyMatch(w -> w.startsWith("check A2.detailed-balance failed"));
        assertThat(String.join("\n", tcond.explain())).contains("A2 -> O4 -> T-cond");
    }

    @Example
    void aUsedEntryBelowSolidCapsAtConjectured() {
        var evidence = new ArrayList<>(solidEvidence("O4", "T-cond"));
        evidence.add(passing("A2.num", CheckKind.NUMERICAL, "A2"));
        var supports = Gate.assess(chainLedger(), evidence, PROOFS_WRITTEN);
        assertThat(supports.get("A2").supported()).isEqualTo(Tag.CONJECTURED);
        assertThat(supports.get("O4").supported()).isEqualTo(Tag.CONJECTURED);
        assertThat(supports.get("T-cond").supported()).isEqualTo(Tag.CONJECTURED);
    }

    @Example
    void aNegativeControlThatPassesDiscreditsTheCheck() {
        var ledger = Ledger.of(List.of(assumption("A2", Tag.CONJECTURED)));
        var s = Gate.assess(ledger, List.of(result("A2.db", CheckKind.NUMERICAL, Verdict.PASS,
                NegativeControl.PASSED_UNEXPECTEDLY, 0, false, "A2")), PROOFS_WRITTEN).get("A2");
        assertThat(s.supported()).isEqualTo(Tag.OPEN);
        assertThat(s.shortfalls()).extracting(Shortfall::what).anyMatch(w -> w.contains("negative control"));
    }

    @Example
    void aPassWhoseControlWasInconclusiveSupportsNothingAndDemotesNothing() {
        var ledger = Ledger.of(List.of(assumption("A6", Tag.CONJECTURED)));
        var s = Gate.assess(ledger, List.of(result("A6.c", CheckKind.NUMERICAL, Verdict.PASS,
                NegativeControl.INCONCLUSIVE, 0, false, "A6")), PROOFS_WRITTEN).get("A6");
        assertThat(s.supported()).isEqualTo(Tag.OPEN);
        assertThat(s.shortfalls()).extracting(Shortfall::what)
                .anyMatch(w -> w.contains("negative control inconclusive"))
                .noneMatch(w -> w.contains("failed"));
    }

    @Example
    void aPassWithoutNegativeControlOrAnUnresolvedEstimateSupportsNothing() {
        var ledger = Ledger.of(List.of(assumption("A6", Tag.CONJECTURED)));
        var s = Gate.assess(ledger, List.of(
                result("A6.a", CheckKind.NUMERICAL, Verdict.PASS, NegativeControl.NONE, 0, false, "A6"),
                result("A6.b", CheckKind.NUMERICAL, Verdict.UNRESOLVED, NegativeControl.FAILED_AS_EXPECTED, 0, false,
                        "A6")), PROOFS_WRITTEN).get("A6");
        assertThat(s.supported()).isEqualTo(Tag.OPEN);
        assertThat(s.shortfalls()).extracting(Shortfall::what)
                .anyMatch(w -> w.contains("passed without a negative control") && w.contains("unresolved"));
    }

    @Example
    void anObligationNeedsItsProofDocumentForSolid() {
        var ledger = Ledger.of(List.of(obligation("O2", Tag.SOLID)));
        var evidence = solidEvidence("O2");
        assertThat(Gate.assess(ledger, evidence, PROOFS_WRITTEN).get("O2").supported()).isEqualTo(Tag.SOLID);
        var s = Gate.assess(ledger, evidence, ProofFacts::missing).get("O2");
        assertThat(s.supported()).isEqualTo(Tag.CONJECTURED);
        assertThat(s.shortfalls()).extracting(Shortfall::what).anyMatch(w -> w.contains("does not exist"));
        var noLiterature = Gate.assess(ledger, evidence, p -> new ProofFacts(p, true, true, false, false)).get("O2");
        assertThat(noLiterature.supported()).isEqualTo(Tag.CONJECTURED);
    }

    @Example
    void provenHereNeedsACompleteProofAndAThousandCasesOfTheStatement() {
        var ledger = Ledger.of(List.of(assumption("A1", Tag.SOLID), obligation("O1.c", Tag.PROVEN_HERE, "A1")));
        var base = new ArrayList<>(solidEvidence("A1", "O1.c"));

        assertThat(Gate.assess(ledger, base, PROOFS_COMPLETE).get("O1.c").supported()).isEqualTo(Tag.SOLID);

        var few = new ArrayList<>(base);
        few.add(statementProperty("O1.c.lumping", 999, "O1.c"));
        assertThat(Gate.assess(ledger, few, PROOFS_COMPLETE).get("O1.c").supported()).isEqualTo(Tag.SOLID);

        var enough = new ArrayList<>(base);
        enough.add(statementProperty("O1.c.lumping", 1000, "O1.c"));
        assertThat(Gate.assess(ledger, enough, PROOFS_COMPLETE).get("O1.c").supported()).isEqualTo(Tag.PROVEN_HERE);
        var sketch = Gate.assess(ledger, enough, PROOFS_WRITTEN).get("O1.c");
        assertThat(sketch.supported()).isEqualTo(Tag.SOLID);
        assertThat(sketch.shortfalls()).extracting(Shortfall::what).anyMatch(w -> w.contains("not marked complete"));
    }

    @Example
    void validatedNeedsAtScaleEvidenceForTheClaimAndEveryGate() {
        var ledger = Ledger.of(List.of(assumption("A6", Tag.OPEN), assumption("A7", Tag.OPEN),
                operational("T-op", Tag.VALIDATED, List.of(), List.of("A6", "A7"))));
        var evidence = new ArrayList<>(solidEvidence("T-op", "A6", "A7"));
        evidence.add(passing("T-op.scale", CheckKind.AT_SCALE, "T-op"));
        var withoutGates = Gate.assess(ledger, evidence, PROOFS_WRITTEN).get("T-op");
        assertThat(withoutGates.supported()).isEqualTo(Tag.SOLID);
        assertThat(withoutGates.shortfalls()).extracting(Shortfall::what)
                .anyMatch(w -> w.startsWith("gated on A6"));

        evidence.add(passing("A6.scale", CheckKind.AT_SCALE, "A6"));
        evidence.add(passing("A7.scale", CheckKind.AT_SCALE, "A7"));
        assertThat(Gate.assess(ledger, evidence, PROOFS_WRITTEN).get("T-op").supported()).isEqualTo(Tag.VALIDATED);

        var unresolvedGate = new ArrayList<>(evidence);
        unresolvedGate.removeIf(c -> c.id().equals("A7.scale"));
        unresolvedGate.add(result("A7.scale", CheckKind.AT_SCALE, Verdict.UNRESOLVED,
                NegativeControl.FAILED_AS_EXPECTED, 0, false, "A7"));
        assertThat(Gate.assess(ledger, unresolvedGate, PROOFS_WRITTEN).get("T-op").supported()).isEqualTo(Tag.SOLID);
    }

    @Group
    class TerminalTags {
        Ledger ledger() {
            var hsingle = new HistoricalClaim(org.trainability.ledger.LedgerFixtures.header("H-single", Tag.SUPERSEDED,
                    List.of(), List.of(), List.of()).withClaim(Tag.SUPERSEDED, new org.trainability.ledger.model.TagChange(
                            java.time.LocalDate.EPOCH, Tag.CONJECTURED, Tag.SUPERSEDED, "test", java.util.Optional.empty())),
                    List.of("mis-anchored"));
            return Ledger.of(List.of(conditional("T-cond", Tag.OPEN, List.of(), List.of()), withSuccessor(hsingle)));
        }

        HistoricalClaim withSuccessor(HistoricalClaim h) {
            var hd = h.header();
            return h.withHeader(new org.trainability.ledger.model.EntryHeader(hd.id(), hd.title(), hd.statement(),
                    Tag.SUPERSEDED, Tag.SUPERSEDED, List.of(), List.of(), List.of(), hd.history(), "",
                    java.util.Optional.of("T-cond"), java.util.Optional.empty(), java.util.Optional.empty()));
        }

        @Example
        void supersededIsSupportedWhileNoCheckContradictsIt() {
            assertThat(Gate.assess(ledger(), List.of(), PROOFS_WRITTEN).get("H-single").supported())
                    .isEqualTo(Tag.SUPERSEDED);
            assertThat(Gate.assess(ledger(), List.of(passing("H.num", CheckKind.NUMERICAL, "H-single")),
                    PROOFS_WRITTEN).get("H-single").supported()).isEqualTo(Tag.SUPERSEDED);
        }

        @Example
        void aFailingSupersessionCheckLosesTheTerminalTag() {
            var s = Gate.assess(ledger(), List.of(failing("H.num", CheckKind.NUMERICAL, "H-single")), PROOFS_WRITTEN)
                    .get("H-single");
            assertThat(s.supported()).isEqualTo(Tag.OPEN);
            assertThat(s.isViolation()).isTrue();
        }
    }

    @Example
    void checksNamingUnknownEntriesOrRepeatingAnIdAreProblems() {
        var ledger = Ledger.of(List.of(assumption("A2", Tag.OPEN)));
        var problems = Gate.problems(ledger, List.of(passing("x", CheckKind.NUMERICAL, "A9"),
                passing("y", CheckKind.NUMERICAL, "A2"), passing("y", CheckKind.PROPERTY, "A2")));
        assertThat(problems).containsExactly(
                "check x verifies unknown entry 'A9' (no ledger file has this id)",
                "check y is reported twice");
    }
}
