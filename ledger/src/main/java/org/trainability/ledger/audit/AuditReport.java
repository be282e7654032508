package org.trainability.ledger.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Support;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;

/**
 * One audit: the ledger, the check results it gated on, and the gate's support for every entry.
 *
 * @param ledger         the ledger audited
 * @param supports       the gate's verdict per entry, in ledger order
 * @param results        the check results of this run
 * @param commit         the project commit the audit ran on ("unknown" outside git; "+dirty" when
 *                       the work tree had changes)
 * @param evidenceDigest SHA-256 of the check results ({@link EvidenceDigest})
 * @param startedAt      when the audit started
 * @param duration       how long running the checks and the gate took
 */
public record AuditReport(
        Ledger ledger,
        Map<String, Support> supports,
        List<CheckResult> results,
        String commit,
        String evidenceDigest,
        Instant startedAt,
        Duration duration) {

    public AuditReport {
        Objects.requireNonNull(ledger, "ledger");
        supports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(supports));
        results = List.copyOf(results);
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(evidenceDigest, "evidenceDigest");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
    }

    public List<Support> violations() {
        return supports.values().stream().filter(Support::isViolation).toList();
    }

    public boolean passes() {
        return violations().isEmpty();
    }

    public Support support(String id) {
        var s = supports.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no entry " + id);
        }
        return s;
    }

    /** How many entries the evidence supports at each tag. */
    public Map<Tag, Integer> countBySupported() {
        var counts = new EnumMap<Tag, Integer>(Tag.class);
        supports.values().forEach(s -> counts.merge(s.supported(), 1, Integer::sum));
        return counts;
    }

    /** How many entries claim each tag. */
    public Map<Tag, Integer> countByClaimed() {
        var counts = new EnumMap<Tag, Integer>(Tag.class);
        supports.values().forEach(s -> counts.merge(s.claimed(), 1, Integer::sum));
        return counts;
    }

    /** How many checks ended with each verdict. */
    public Map<Verdict, Integer> countByVerdict() {
        var counts = new EnumMap<Verdict, Integer>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }

    /** The whole report as text: one block per violation, or a line saying every claim is supported. */
    public String explain() {
        var v = violations();
        if (v.isEmpty()) {
            return "audit passed: every claimed tag is supported (" + supports.size() + " entries, "
                    + results.size() + " checks)";
        }
        var sb = new StringBuilder("audit FAILED: " + v.size() + " claim(s) stand above their evidence\n");
        for (var s : v) {
            s.explain().forEach(line -> sb.append(line).append('\n'));
        }
        return sb.toString().stripTrailing();
    }
}
