package org.trainability.ledger.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.ledger.LedgerFixtures;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TheoremTier;

/**
 * Properties of the gate over generated ledgers (random acyclic {@code uses}, random
 * {@code assumes}, random check results and proof documents).
 */
class GateProperties {

    /** One generated entry: its kind, claim, and which earlier entries it uses or assumes (bit masks). */
    record EntrySpec(int kind, Tag claimed, int usesMask, int assumesMask, boolean proofComplete) {
    }

    /** One generated check result on entry number {@code target} (modulo the ledger's size). */
    record CheckSpec(int target, CheckKind kind, Verdict verdict, NegativeControl control, boolean thousand,
            boolean statement) {
    }

    record World(Ledger ledger, List<CheckResult> results, Function<String, ProofFacts> proofs) {
        Map<String, Support> assess() {
            return Gate.assess(ledger, results, proofs);
        }

        World plus(CheckResult r) {
            var more = new ArrayList<>(results);
            more.add(r);
            return new World(ledger, more, proofs);
        }

        List<String> ids() {
            return ledger.entries().stream().map(Entry::id).toList();
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        var entry = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(Tag.OPEN, Tag.CONJECTURED, Tag.SOLID, Tag.PROVEN_HERE, Tag.WITHDRAWN),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.of(true, false)).as(EntrySpec::new);
        var entries = entry.list().ofMinSize(2).ofMaxSize(10);
        var checks = checkSpecs().list().ofMaxSize(24);
        return Combinators.combine(entries, checks).as(GateProperties::world);
    }

    @Provide
    Arbitrary<CheckSpec> checkSpecs() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(CheckKind.class),
                Arbitraries.of(Verdict.class),
                Arbitraries.of(NegativeControl.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(CheckSpec::new);
    }

    static World world(List<EntrySpec> specs, List<CheckSpec> checks) {
        var entries = new ArrayList<Entry>();
        var proofs = new java.util.HashMap<String, ProofFacts>();
        for (int i = 0; i < specs.size(); i++) {
            var s = specs.get(i);
            var uses = new ArrayList<String>();
            var assumes = new ArrayList<String>();
            for (int j = 0; j < i; j++) {
                if ((s.usesMask() >> j & 1) == 1) {
                    uses.add("E" + j);
                } else if ((s.assumesMask() >> j & 1) == 1) {
                    assumes.add("E" + j);
                }
            }
            var id = "E" + i;
            var header = LedgerFixtures.header(id, s.claimed(), uses, assumes, List.of());
            entries.add(switch (s.kind()) {
                case 0 -> new org.trainability.ledger.model.Assumption(header, "measured");
                case 1 -> new Obligation(header, Optional.empty(), "obligations/" + id + ".adoc", List.of("lit"));
                default -> new TheoremTier(header, TheoremTier.Tier.CONDITIONAL);
            });
            proofs.put("obligations/" + id + ".adoc", new ProofFacts(id, true, true, true, s.proofComplete()));
        }
        var results = new ArrayList<CheckResult>();
        for (int k = 0; k < checks.size(); k++) {
            results.add(check("C" + k, checks.get(k), specs.size()));
        }
        var frozen = Map.copyOf(proofs);
        return new World(Ledger.of(entries), results, p -> frozen.getOrDefault(p, ProofFacts.missing(p)));
    }

    static CheckResult check(String id, CheckSpec c, int size) {
        return LedgerFixtures.result(id, c.kind(), c.verdict(), c.control(), c.thousand() ? 1000 : 10, c.statement(),
                "E" + (c.target() % size));
    }

    /** True when {@code after} is at least as strong a support as {@code before}. */
    static boolean noLower(Tag after, Tag before) {
        if (before.isTerminal()) {
            return after == before;
        }
        return after.isTerminal() || after.isAtLeast(before);
    }

    @Property(seed = "20261127")
    @StatisticsReport(onFailureOnly = true)
    void addingAPassingCheckNeverLowersSupport(@ForAll("worlds") World world, @ForAll("checkSpecs") CheckSpec spec) {
        var pass = new CheckSpec(spec.target(), spec.kind(), Verdict.PASS, NegativeControl.FAILED_AS_EXPECTED,
                spec.thousand(), spec.statement());
        var before = world.assess();
        var after = world.plus(check("extra", pass, world.ids().size())).assess();
        Statistics.label("raised something").collect(!before.equals(after));
        Statistics.label("raised something").coverage(c -> c.check(true).count(n -> n > 0));
        for (var id : world.ids()) {
            assertThat(noLower(after.get(id).supported(), before.get(id).supported()))
                    .as("%s: %s before, %s after", id, before.get(id).supported(), after.get(id).supported()).isTrue();
        }
    }

    @Property(seed = "20261127")
    void addingAFailingCheckNeverRaisesSupport(@ForAll("worlds") World world, @ForAll("checkSpecs") CheckSpec spec) {
        var fail = new CheckSpec(spec.target(), spec.kind(), Verdict.FAIL, spec.control(), spec.thousand(),
                spec.statement());
        var before = world.assess();
        var after = world.plus(check("extra", fail, world.ids().size())).assess();
        for (var id : world.ids()) {
            assertThat(noLower(before.get(id).supported(), after.get(id).supported()))
                    .as("%s: %s before, %s after", id, before.get(id).supported(), after.get(id).supported()).isTrue();
        }
    }

    @Property(seed = "20261127")
    void supportIsCappedByWhatAnEntryUses(@ForAll("worlds") World world) {
        var supports = world.assess();
        for (var e : world.ledger().entries()) {
            var s = supports.get(e.id()).supported();
            if (s.isTerminal()) {
                continue;
            }
            for (var u : e.uses()) {
                var used = supports.get(u).supported();
                if (!used.isAtLeast(Tag.CONJECTURED)) {
                    assertThat(s).as("%s uses %s (%s)", e.id(), u, used).isEqualTo(Tag.OPEN);
                } else if (!used.isAtLeast(Tag.SOLID)) {
                    assertThat(Tag.CONJECTURED.isAtLeast(s)).as("%s uses %s (%s) but is %s", e.id(), u, used, s).isTrue();
                }
            }
        }
    }

    @Property(seed = "20261127")
    @StatisticsReport(onFailureOnly = true)
    void aFailureDemotesEverythingThatTransitivelyUsesIt(@ForAll("worlds") World world,
            @ForAll("checkSpecs") CheckSpec spec) {
        var target = "E" + (spec.target() % world.ids().size());
        var after = world.plus(LedgerFixtures.failing("injected-fault", spec.kind(), target)).assess();
        var users = transitiveUsers(world.ledger(), target);
        Statistics.label("users reached").collect(users.isEmpty() ? "none" : users.size() == 1 ? "one" : "several");
        Statistics.label("users reached").coverage(c -> c.check("several").count(n -> n > 10));
        for (var id : users) {
            var s = after.get(id).supported();
            if (!world.ledger().get(id).claimed().isTerminal() || !s.isTerminal()) {
                assertThat(s).as("%s uses %s, which has a failing check", id, target).isEqualTo(Tag.OPEN);
            }
        }
    }

    @Property(seed = "20261127")
    void demotionNeverTravelsAlongAssumes(@ForAll("worlds") World world, @ForAll("checkSpecs") CheckSpec spec) {
        var target = "E" + (spec.target() % world.ids().size());
        var before = world.assess();
        var after = world.plus(LedgerFixtures.failing("injected-fault", spec.kind(), target)).assess();
        var users = transitiveUsers(world.ledger(), target);
        users.add(target);
        for (var e : world.ledger().entries()) {
            if (!users.contains(e.id())) {
                assertThat(after.get(e.id()).supported())
                        .as("%s does not use %s (assumes: %s)", e.id(), target, e.assumes())
                        .isEqualTo(before.get(e.id()).supported());
            }
        }
    }

    @Property(seed = "20261127")
    void theAuditIsAPureFunctionOfItsInputs(@ForAll("worlds") World world, @ForAll long shuffleSeed) {
        var first = world.assess();
        var shuffled = new ArrayList<>(world.results());
        Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
        var again = new World(world.ledger(), shuffled, world.proofs()).assess();
        for (var id : world.ids()) {
            assertThat(again.get(id).supported()).isEqualTo(first.get(id).supported());
            assertThat(again.get(id).shortfalls()).containsExactlyInAnyOrderElementsOf(first.get(id).shortfalls());
        }
        assertThat(world.assess()).isEqualTo(first);
    }

    static Set<String> transitiveUsers(Ledger ledger, String id) {
        var out = new HashSet<String>();
        var frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            var next = frontier.remove(frontier.size() - 1);
            for (var user : ledger.usedBy(next)) {
                if (out.add(user)) {
                    frontier.add(user);
                }
            }
        }
        return out;
    }

}
