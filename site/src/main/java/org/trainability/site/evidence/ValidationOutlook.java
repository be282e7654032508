package org.trainability.site.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.gate.Shortfall;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;

/**
 * Why an operational claim is not {@code validated}: the gate's own list of what {@code validated}
 * still lacks, computed by the ledger's {@link Gate} on the audit's check results (so the site
 * cannot disagree with the gate). An operational claim is a theorem tier marked operational, or any
 * entry gated on hypotheses.
 *
 * <p>Immutable and thread-safe; {@link #of} is a pure function of its arguments.
 *
 * @param entryId    the operational entry
 * @param supported  the tag the audit supports it at
 * @param gatedOn    the hypotheses it is gated on
 * @param shortfalls what {@code validated} still lacks; empty when it is validated
 */
public record ValidationOutlook(String entryId, Tag supported, List<String> gatedOn, List<String> shortfalls) {

    public ValidationOutlook {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(supported, "supported");
        gatedOn = List.copyOf(gatedOn);
        shortfalls = List.copyOf(shortfalls);
    }

    /**
     * @param ledger the ledger. Not modified.
     * @param audit  the audit whose check results are gated. Not modified.
     * @param proofs the proof documents' facts, by path
     * @return one outlook per operational entry, in ledger order
     */
    public static List<ValidationOutlook> of(Ledger ledger, AuditEvidence audit, Function<String, ProofFacts> proofs) {
        var results = new ArrayList<CheckResult>();
        for (var c : audit.checks()) {
            var known = c.verifies().stream().filter(ledger::contains).toList();
            if (!known.isEmpty()) {
                // Figures do not enter the gate; the digest that would need them is not recomputed here.
                results.add(new CheckResult(c.id(), c.kind(), known, c.verdict(), Figures.none(), c.seed(),
                        c.negativeControl(), (int) Math.min(Integer.MAX_VALUE, c.cases()), c.checksStatement(),
                        c.detail()));
            }
        }
        var out = new ArrayList<ValidationOutlook>();
        for (var e : ledger.entries()) {
            boolean operational = !e.gatedOn().isEmpty()
                    || e instanceof TheoremTier t && t.tier() == TheoremTier.Tier.OPERATIONAL;
            if (!operational) {
                continue;
            }
            var supported = audit.entry(e.id()).map(EntryEvidence::supported).orElse(Tag.OPEN);
            var shortfalls = Gate.shortfalls(ledger, results, proofs, e.id(), Tag.VALIDATED).stream()
                    .map(Shortfall::what).toList();
            out.add(new ValidationOutlook(e.id(), supported, e.gatedOn(), shortfalls));
        }
        return out;
    }
}
