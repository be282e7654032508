package org.trainability.ledger.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Tag;

/**
 * The gate: derives the supported tag of every entry from the entry, what it uses, and the check
 * results of this build (docs/ledger.md, "Tags").
 *
 * <ul>
 *   <li>{@code conjectured}: a linked numerical (or at-scale) check supports it, no linked check
 *       failed, and everything it uses is at least conjectured;</li>
 *   <li>{@code solid}: conjectured, a linked property check supports it, everything it uses is at
 *       least solid, and (obligations) its proof document exists and names its steps and
 *       literature;</li>
 *   <li>{@code proven-here}: solid, the proof is marked complete, and a property check of the very
 *       statement passed over at least {@value #PROVEN_HERE_CASES} generated cases;</li>
 *   <li>{@code validated}: solid, an at-scale check supports it, and every hypothesis it is gated
 *       on is at least solid with supporting at-scale evidence of its own;</li>
 *   <li>{@code superseded} / {@code withdrawn}: supported as claimed unless a linked check failed.</li>
 * </ul>
 *
 * <p>A check "supports" only when it passed and its negative control failed as it must; a failed
 * check, or one whose negative control passed, counts as a failure; an unresolved estimate or an
 * uncontrolled pass counts for nothing. {@code assumes} links never cap support.
 *
 * <p>{@link #assess} is a pure function of its arguments. Thread-safe.
 */
public final class Gate {

    /** Generated cases a statement property needs before a proof counts as checked here. */
    public static final int PROVEN_HERE_CASES = 1000;

    private final Ledger ledger;
    private final Map<String, List<CheckResult>> checksByEntry;
    private final Function<String, ProofFacts> proofs;
    private final Map<String, Tag> supported = new HashMap<>();

    private Gate(Ledger ledger, List<CheckResult> results, Function<String, ProofFacts> proofs) {
        this.ledger = ledger;
        this.proofs = proofs;
        this.checksByEntry = new HashMap<>();
        // Sorted by id, so that what the gate says never depends on the order checks ran in.
        var sorted = results.stream().sorted(java.util.Comparator.comparing(CheckResult::id)).toList();
        for (var r : sorted) {
            for (var id : r.verifies()) {
                checksByEntry.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            }
        }
    }

    /**
     * Problems with the check results themselves: duplicate check ids and links to entries the
     * ledger does not have. The gate refuses to assess until there are none.
     */
    public static List<String> problems(Ledger ledger, List<CheckResult> results) {
        var problems = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (var r : results) {
            if (!seen.add(r.id())) {
                problems.add("check " + r.id() + " is reported twice");
            }
            for (var id : r.verifies()) {
                if (!ledger.contains(id)) {
                    problems.add("check " + r.id() + " verifies unknown entry '" + id + "' (no ledger file has this id)");
                }
            }
        }
        return problems;
    }

    /**
     * Assesses every entry.
     *
     * @param ledger  the ledger. Not modified.
     * @param results this build's check results; must have no {@link #problems}. Not modified.
     * @param proofs  facts about each proof document, by path
     * @return one {@link Support} per entry, in ledger order
     */
    public static Map<String, Support> assess(Ledger ledger, List<CheckResult> results,
            Function<String, ProofFacts> proofs) {
        var problems = problems(ledger, results);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        var gate = new Gate(ledger, results, proofs);
        for (var e : ledger.inDependencyOrder()) {
            gate.supported.put(e.id(), gate.derive(e));
        }
        var out = new LinkedHashMap<String, Support>();
        for (var e : ledger.entries()) {
            out.put(e.id(), gate.support(e));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** What {@code entry} lacks to be supported at {@code target}, given the rest of the assessment. */
    public static List<Shortfall> shortfalls(Ledger ledger, List<CheckResult> results,
            Function<String, ProofFacts> proofs, String entryId, Tag target) {
        var gate = new Gate(ledger, results, proofs);
        for (var e : ledger.inDependencyOrder()) {
            gate.supported.put(e.id(), gate.derive(e));
        }
        return gate.unmet(ledger.get(entryId), target);
    }

    private Support support(Entry e) {
        var tag = supported.get(e.id());
        var checks = checks(e);
        if (Support.isClaimSupported(e.claimed(), tag)) {
            return new Support(e.id(), e.claimed(), tag, checks, List.of(), List.of(), List.of());
        }
        var shortfalls = unmet(e, e.claimed());
        var chain = new ArrayList<String>();
        chain.add(e.id());
        var root = shortfalls;
        var current = e;
        var need = e.claimed().isTerminal() ? Tag.CONJECTURED : e.claimed();
        while (true) {
            var blocking = firstBlockingUse(root);
            if (blocking.isEmpty() || chain.contains(blocking.get())) {
                break;
            }
            current = ledger.get(blocking.get());
            chain.add(current.id());
            // The used entry must reach solid when the claim is solid or above, conjectured otherwise.
            root = unmet(current, need.isAtLeast(Tag.SOLID) ? Tag.SOLID : Tag.CONJECTURED);
        }
        return new Support(e.id(), e.claimed(), tag, checks, shortfalls,
                chain.size() > 1 ? chain : List.of(), chain.size() > 1 ? root : List.of());
    }

    private static Optional<String> firstBlockingUse(List<Shortfall> shortfalls) {
        return shortfalls.stream().map(Shortfall::blockingUse).flatMap(Optional::stream).findFirst();
    }

    private List<CheckResult> checks(Entry e) {
        return List.copyOf(checksByEntry.getOrDefault(e.id(), List.of()));
    }

    private Tag derive(Entry e) {
        if (e.claimed().isTerminal() && failures(e).isEmpty()) {
            return e.claimed();
        }
        var best = Tag.OPEN;
        for (var tag : List.of(Tag.CONJECTURED, Tag.SOLID, Tag.PROVEN_HERE, Tag.VALIDATED)) {
            if (unmet(e, tag).isEmpty()) {
                best = tag;
            }
        }
        return best;
    }

    /** Every unmet requirement of {@code target} (cumulative: a tag's requirements include those below it). */
    private List<Shortfall> unmet(Entry e, Tag target) {
        var out = new ArrayList<Shortfall>();
        if (target.isTerminal()) {
            out.addAll(failures(e));
            if (e.claimed() != target) {
                out.add(Shortfall.of("only the ledger file can mark an entry " + target));
            }
            return out;
        }
        if (target == Tag.OPEN) {
            return out;
        }
        out.addAll(failures(e));
        out.addAll(needNumerical(e));
        out.addAll(usesBelow(e, Tag.CONJECTURED));
        if (target == Tag.CONJECTURED) {
            return out;
        }
        out.addAll(needProperty(e));
        out.removeIf(s -> s.blockingUse().isPresent());
        out.addAll(usesBelow(e, Tag.SOLID));
        out.addAll(proofShortfalls(e));
        if (target == Tag.PROVEN_HERE) {
            out.addAll(provenHereShortfalls(e));
        } else if (target == Tag.VALIDATED) {
            out.addAll(validatedShortfalls(e));
        }
        return out;
    }

    private List<Shortfall> failures(Entry e) {
        var out = new ArrayList<Shortfall>();
        for (var c : checks(e)) {
            switch (c.standing()) {
                case FAILED -> out.add(Shortfall.of("check " + c.id() + " failed: " + c.detail()));
                case DISCREDITED -> out.add(Shortfall.of("check " + c.id()
                        + " passed, but so did its negative control, so it cannot tell good input from bad"));
                default -> {
                }
            }
        }
        return out;
    }

    private List<Shortfall> needNumerical(Entry e) {
        var numerical = checks(e).stream().filter(c -> c.kind().isNumerical()).toList();
        if (numerical.stream().anyMatch(c -> c.standing() == CheckResult.Standing.SUPPORTS)) {
            return List.of();
        }
        if (numerical.isEmpty()) {
            return List.of(Shortfall.of("no numerical check is linked to it"));
        }
        return List.of(Shortfall.of("no linked numerical check supports it (" + describe(numerical) + ")"));
    }

    private List<Shortfall> needProperty(Entry e) {
        var properties = checks(e).stream().filter(c -> c.kind() == CheckKind.PROPERTY).toList();
        if (properties.stream().anyMatch(c -> c.standing() == CheckResult.Standing.SUPPORTS)) {
            return List.of();
        }
        if (properties.isEmpty()) {
            return List.of(Shortfall.of("no property-based check is linked to it"));
        }
        return List.of(Shortfall.of("no linked property check supports it (" + describe(properties) + ")"));
    }

    private static String describe(List<CheckResult> checks) {
        return String.join(", ", checks.stream().map(c -> c.id() + ": " + switch (c.standing()) {
            case SUPPORTS -> "supports";
            case FAILED -> "failed";
            case DISCREDITED -> "negative control passed";
            case UNCONTROLLED -> "passed without a negative control";
            case CONTROL_INCONCLUSIVE -> "negative control inconclusive";
            case UNRESOLVED -> "unresolved";
        }).toList());
    }

    private List<Shortfall> usesBelow(Entry e, Tag needed) {
        var out = new ArrayList<Shortfall>();
        for (var u : e.uses()) {
            var tag = supported.get(u);
            if (tag == null || !tag.isAtLeast(needed)) {
                out.add(Shortfall.because(u, "uses " + u + ", which is supported only at " + tag
                        + " (needs " + needed + ")"));
            }
        }
        return out;
    }

    private List<Shortfall> proofShortfalls(Entry e) {
        if (!(e instanceof Obligation o)) {
            return List.of();
        }
        var facts = proofs.apply(o.proof());
        if (!facts.exists()) {
            return List.of(Shortfall.of("its proof document " + o.proof() + " does not exist"));
        }
        var out = new ArrayList<Shortfall>();
        if (!facts.namesSteps()) {
            out.add(Shortfall.of("its proof document " + o.proof() + " has no Proof section with numbered steps"));
        }
        if (!facts.namesLiterature()) {
            out.add(Shortfall.of("its proof document " + o.proof()
                    + " names no literature it closes to (a Literature section with items)"));
        }
        return out;
    }

    private List<Shortfall> provenHereShortfalls(Entry e) {
        var out = new ArrayList<Shortfall>();
        if (!(e instanceof Obligation o)) {
            out.add(Shortfall.of("only an obligation with a proof document can be proven here"));
        } else if (!proofs.apply(o.proof()).complete()) {
            out.add(Shortfall.of("its proof document " + o.proof()
                    + " is not marked complete (:proof-status: complete)"));
        }
        var statementChecks = checks(e).stream()
                .filter(c -> c.kind() == CheckKind.PROPERTY && c.checksStatement()).toList();
        boolean enough = statementChecks.stream().anyMatch(
                c -> c.standing() == CheckResult.Standing.SUPPORTS && c.cases() >= PROVEN_HERE_CASES);
        if (!enough) {
            var most = statementChecks.stream().mapToInt(CheckResult::cases).max().orElse(0);
            out.add(Shortfall.of("no property check of the statement itself passed over " + PROVEN_HERE_CASES
                    + " generated cases (most: " + most + ")"));
        }
        return out;
    }

    private List<Shortfall> validatedShortfalls(Entry e) {
        var out = new ArrayList<Shortfall>();
        if (e.gatedOn().isEmpty()) {
            out.add(Shortfall.of("only an operational claim gated on its regime hypotheses can be validated"));
        }
        if (!hasAtScaleSupport(e.id())) {
            out.add(Shortfall.of("no at-scale check with a RESOLVED estimate supports it"));
        }
        for (var g : e.gatedOn()) {
            var tag = supported.get(g);
            if (!tag.isAtLeast(Tag.SOLID) || !hasAtScaleSupport(g)) {
                out.add(Shortfall.of("gated on " + g + ", which is supported at " + tag
                        + (hasAtScaleSupport(g) ? "" : " with no RESOLVED at-scale evidence")
                        + " (needs solid, at scale)"));
            }
        }
        return out;
    }

    private boolean hasAtScaleSupport(String id) {
        return checksByEntry.getOrDefault(id, List.of()).stream()
                .anyMatch(c -> c.kind() == CheckKind.AT_SCALE && c.standing() == CheckResult.Standing.SUPPORTS);
    }
}
