package org.trainability.ledger;

import java.util.List;
import java.util.Optional;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Assumption;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;

/** Entries and check results for tests, built in code. */
public final class LedgerFixtures {

    private LedgerFixtures() {
    }

    public static EntryHeader header(String id, Tag claimed, List<String> uses, List<String> assumes,
            List<String> gatedOn) {
        return new EntryHeader(id, "title of " + id, "statement of " + id, claimed, claimed, uses, assumes, gatedOn,
                List.of(), "", claimed == Tag.SUPERSEDED ? Optional.of(uses.isEmpty() ? id : uses.get(0)) : Optional.empty(),
                claimed == Tag.WITHDRAWN ? Optional.of("a bug") : Optional.empty(), Optional.empty());
    }

    public static Assumption assumption(String id, Tag claimed, String... uses) {
        return new Assumption(header(id, claimed, List.of(uses), List.of(), List.of()), "measured somehow");
    }

    public static Obligation obligation(String id, Tag claimed, String... uses) {
        return new Obligation(header(id, claimed, List.of(uses), List.of(), List.of()), Optional.empty(),
                "obligations/" + id + ".adoc", List.of("Levin–Peres 2017"));
    }

    public static TheoremTier conditional(String id, Tag claimed, List<String> uses, List<String> assumes) {
        return new TheoremTier(header(id, claimed, uses, assumes, List.of()), TheoremTier.Tier.CONDITIONAL);
    }

    public static TheoremTier operational(String id, Tag claimed, List<String> uses, List<String> gatedOn) {
        return new TheoremTier(header(id, claimed, uses, List.of(), gatedOn), TheoremTier.Tier.OPERATIONAL);
    }

    public static CheckResult passing(String id, CheckKind kind, String... verifies) {
        return result(id, kind, Verdict.PASS, NegativeControl.FAILED_AS_EXPECTED, 0, false, verifies);
    }

    public static CheckResult failing(String id, CheckKind kind, String... verifies) {
        return result(id, kind, Verdict.FAIL, NegativeControl.FAILED_AS_EXPECTED, 0, false, verifies);
    }

    public static CheckResult statementProperty(String id, int cases, String... verifies) {
        return result(id, CheckKind.PROPERTY, Verdict.PASS, NegativeControl.FAILED_AS_EXPECTED, cases, true, verifies);
    }

    public static CheckResult result(String id, CheckKind kind, Verdict verdict, NegativeControl control, int cases,
            boolean statement, String... verifies) {
        return new CheckResult(id, kind, List.of(verifies), verdict, Figures.builder().put("x", 1.0).build(), "0x5eed", control, cases,
                statement, verdict + " for test");
    }

    /** Both kinds of passing check on each entry: enough for solid wherever the links allow. */
    public static List<CheckResult> solidEvidence(String... ids) {
        var out = new java.util.ArrayList<CheckResult>();
        for (var id : ids) {
            out.add(passing(id + ".num", CheckKind.NUMERICAL, id));
            out.add(passing(id + ".prop", CheckKind.PROPERTY, id));
        }
        return out;
    }

    public static List<Entry> entries(Entry... entries) {
        return List.of(entries);
    }
}
