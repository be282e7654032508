package org.trainability.ledger.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.ledger.model.Assumption;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;

/**
 * The gate assesses a hypothesis before the operational claim gated on it, although ledger order
 * puts theorem tiers before assumptions (this used to end in a NullPointerException).
 */
class GateOrderTest {

    private static EntryHeader header(String id, Tag claimed, List<String> gatedOn) {
        return new EntryHeader(id, id, "statement", claimed, claimed, List.of(), List.of(), gatedOn, List.of(), "",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void gatedOnHypothesesAreAssessedFirst() {
        var ledger = Ledger.of(List.of(
                new TheoremTier(header("T-op", Tag.CONJECTURED, List.of("A6")), TheoremTier.Tier.OPERATIONAL),
                new Assumption(header("A6", Tag.OPEN, List.of()), "K/τ ≥ 50")));
        var check = new CheckResult("T-op.run", CheckKind.NUMERICAL, List.of("T-op"), Verdict.PASS, Map.of(), "none",
                NegativeControl.FAILED_AS_EXPECTED, 0, false, "ok");

        var supports = Gate.assess(ledger, List.of(check), ProofFacts::missing);

        assertThat(Gate.evaluationOrder(ledger)).extracting(e -> e.id()).containsExactly("A6", "T-op");
        assertThat(supports.get("T-op").supported()).isEqualTo(Tag.CONJECTURED);
        assertThat(Gate.shortfalls(ledger, List.of(check), ProofFacts::missing, "T-op", Tag.VALIDATED))
                .extracting(Shortfall::what)
                .anyMatch(w -> w.contains("gated on A6, which is supported at open"));
    }
}
