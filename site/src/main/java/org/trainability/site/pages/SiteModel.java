package org.trainability.site.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Obligation;
import org.trainability.site.evidence.AuditEvidence;
import org.trainability.site.evidence.AuditSnapshot;
import org.trainability.site.evidence.CheckEvidence;
import org.trainability.site.evidence.EntryEvidence;
import org.trainability.site.evidence.ValidationOutlook;

/**
 * Everything the pages are made from: the ledger, the audit, the last recorded snapshot, the gate's
 * outlook for the operational claims and the facts of each proof document. An immutable value.
 *
 * @param root     the repository root (proof documents are included from here)
 * @param ledger   the ledger
 * @param audit    the current audit
 * @param snapshot the most recent recorded snapshot, if any
 * @param outlook  why each operational claim is or is not validated
 * @param proofs   the gate's reading of each obligation's proof document, by path
 */
public record SiteModel(Path root, Ledger ledger, AuditEvidence audit, Optional<AuditSnapshot> snapshot,
        List<ValidationOutlook> outlook, Map<String, ProofFacts> proofs) {

    public SiteModel {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(snapshot, "snapshot");
        outlook = List.copyOf(outlook);
        proofs = Map.copyOf(proofs);
    }

    /** The audit's view of an entry, if the audit knows it. */
    public Optional<EntryEvidence> evidence(String id) {
        return audit.entry(id);
    }

    /** The experiments that verify this entry. */
    public List<Experiment> verifiedBy(String id) {
        var out = new ArrayList<Experiment>();
        for (Entry e : ledger.entries()) {
            if (e instanceof Experiment x && x.verifies().contains(id)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The sub-obligations whose parent is this entry. */
    public List<Obligation> children(String id) {
        var out = new ArrayList<Obligation>();
        for (Entry e : ledger.entries()) {
            if (e instanceof Obligation o && o.parent().filter(id::equals).isPresent()) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The page a check is shown on when linked from elsewhere: the first entry of the ledger it
     * verifies (it is shown on the page of every entry it verifies).
     */
    public Optional<String> homeOf(CheckEvidence check) {
        return check.verifies().stream().filter(ledger::contains).findFirst();
    }

    /** Ids the audit and the ledger disagree on: in the ledger but not audited, and the reverse. */
    public List<String> auditMismatches() {
        var out = new ArrayList<String>();
        for (var e : ledger.entries()) {
            if (audit.entry(e.id()).isEmpty()) {
                out.add(e.id() + " is in the ledger but not in the audit");
            }
        }
        for (var e : audit.entries()) {
            if (!ledger.contains(e.id())) {
                out.add(e.id() + " is in the audit but no longer in the ledger");
            }
        }
        return out;
    }
}
