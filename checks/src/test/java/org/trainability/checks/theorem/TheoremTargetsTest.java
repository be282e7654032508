package org.trainability.checks.theorem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trainability.checks.CheckRegistry;
import org.trainability.checks.CheckRunner;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.evidence.EvidenceRecord;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Tag;

/**
 * What the theorem's entries (O1.c, O5, O5.c, O6, T-cond, T-op, exp1, exp2, H-single) can carry once
 * the entries other groups own are supported: the checks of these entries run for real — this
 * group's two and those that live in {@code obligations} and {@code experiments} — and the entries
 * they use but do not verify (A1–A4, O1–O4, F4) are given stand-in evidence — one numerical and one
 * property result that support them. Every entry then reaches its research-page tag; without the
 * stand-ins, none above open (the gate's dependency caps).
 */
class TheoremTargetsTest {

    private static final List<String> OTHERS = List.of("A1", "A2", "A3", "A4", "O1", "O2", "O3", "O4", "F4");

    /** The checks of the theorem's entries: this group's and those moved to obligations and experiments. */
    private static final Set<String> CHECKS = Set.of("O1.c.lumped-statement", "O1.c.sampler-law",
            "O5.plateau-identities", "O6.assembly-identity", "O5.bulk-restriction", "T-cond.plateau-assembly",
            "O5.c.crossing-and-membership", "exp1.grid", "H-single.mis-anchoring", "exp2.rbm");

    @Test
    void everyEntryOfTheGroupReachesItsTargetOnceWhatItUsesIsSupported() throws Exception {
        var root = Path.of("..").toAbsolutePath().normalize();
        var ledger = new LedgerLoader().load(root);
        var results = new ArrayList<CheckResult>();
        var checks = CheckRegistry.standard(EngineUnderTest.real()).stream()
                .filter(c -> CHECKS.contains(c.spec().id())).toList();
        assertThat(checks).hasSize(CHECKS.size());
        new CheckRunner(ledger, "test", 1, Clock.systemUTC()).run(checks)
                .stream().map(EvidenceRecord::result).forEach(results::add);
        var proofs = ProofDocuments.read(root, ledger);

        var alone = Gate.assess(ledger, results, proofs);
        assertThat(alone.get("O1.c").supported()).isEqualTo(Tag.OPEN);

        for (var id : OTHERS) {
            for (var kind : List.of(CheckKind.NUMERICAL, CheckKind.PROPERTY)) {
                results.add(new CheckResult("stand-in." + id + "." + kind, kind, List.of(id), Verdict.PASS, Figures.none(), "none",
                        NegativeControl.FAILED_AS_EXPECTED, 0, false, "stand-in for another group's check"));
            }
        }
        var support = Gate.assess(ledger, results, proofs);
        var targets = Map.of("O1.c", Tag.PROVEN_HERE, "O5", Tag.SOLID, "O6", Tag.SOLID, "O5.c", Tag.CONJECTURED,
                "T-cond", Tag.SOLID, "T-op", Tag.CONJECTURED, "exp1", Tag.CONJECTURED, "exp2", Tag.CONJECTURED,
                "H-single", Tag.SUPERSEDED);
        targets.forEach((id, tag) -> assertThat(support.get(id).supported()).as(id).isEqualTo(tag));
    }
}
