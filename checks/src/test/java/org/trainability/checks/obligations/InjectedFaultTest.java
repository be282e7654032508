package org.trainability.checks.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trainability.checks.Check;
import org.trainability.checks.CheckRunner;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.checks.assumptions.AssumptionChecks;
import org.trainability.checks.evidence.EvidenceRecord;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;

/**
 * Faults injected into the engine fail the checks linked to them and demote the chain above:
 * A2 loses its support, and O4 (which uses A2) loses its own, while the same checks on the real
 * engine support both at solid.
 */
class InjectedFaultTest {

    /** The checks of the chain A1, A2, A3 → O4, and the sampler check of O1. */
    private static final Set<String> CHAIN = Set.of("A1.positive-law", "A1.positive-law-generated",
            "A2.detailed-balance", "A2.detailed-balance-generated", "A3.spectral-range", "A3.spectral-range-generated",
            "O4.tau-representations", "O4.tau-representations-generated");

    static Ledger ledger;
    static Path root;
    /** The property checks run through jqwik on the real engine whatever engine is injected: run once. */
    static List<CheckResult> properties;

    @BeforeAll
    static void loadLedger() throws Exception {
        root = Path.of("..").toAbsolutePath().normalize();
        ledger = new LedgerLoader().load(root);
        properties = runner().run(chain(EngineUnderTest.real()).stream()
                .filter(c -> c.spec().kind() == org.trainability.ledger.gate.CheckKind.PROPERTY).toList())
                .stream().map(EvidenceRecord::result).toList();
    }

    private static CheckRunner runner() {
        return new CheckRunner(ledger, "test", 1, Clock.systemUTC());
    }

    /** A sign error in the heat-bath conditional: exact kernels and samplers of the model with J, b negated. */
    private static final EngineUnderTest SIGN_ERROR = FaultyEngines.signError();

    /** A non-reversible kernel passed off as random scan. */
    private static final EngineUnderTest SYSTEMATIC_AS_RANDOM = FaultyEngines.systematicScanPassedOffAsRandomScan();

    /** The sign error in the sampler alone, the exact kernels left right. */
    private static final EngineUnderTest SAMPLER_SIGN_ERROR = FaultyEngines.signErrorInSamplerOnly();

    private static List<Check> chain(EngineUnderTest engine) {
        var all = new ArrayList<Check>();
        all.addAll(AssumptionChecks.all(engine));
        all.addAll(ObligationChecks.all(engine));
        return all.stream().filter(c -> CHAIN.contains(c.spec().id())).toList();
    }

    private static List<CheckResult> run(EngineUnderTest engine) throws Exception {
        var results = new ArrayList<CheckResult>(properties);
        runner().run(chain(engine).stream().filter(c -> c.spec().kind() != org.trainability.ledger.gate.CheckKind.PROPERTY)
                .toList()).forEach(r -> results.add(r.result()));
        return results;
    }

    private static Tag supported(List<CheckResult> results, String id) throws Exception {
        return Gate.assess(ledger, results, ProofDocuments.read(root, ledger)).get(id).supported();
    }

    private static Verdict verdict(List<CheckResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().verdict();
    }

    @Test
    void theRealEngineSupportsTheChainAtSolid() throws Exception {
        var results = run(EngineUnderTest.real());
        assertThat(supported(results, "A2")).isEqualTo(Tag.SOLID);
        assertThat(supported(results, "O4")).isEqualTo(Tag.SOLID);
    }

    @Test
    void aSignErrorInTheConditionalFailsTheLinkedChecksAndDemotesO4() throws Exception {
        var results = run(SIGN_ERROR);
        for (var id : List.of("A2.detailed-balance", "A3.spectral-range", "O4.tau-representations")) {
            assertThat(verdict(results, id)).as(id).isEqualTo(Verdict.FAIL);
        }
        assertThat(supported(results, "A2")).isEqualTo(Tag.OPEN);
        assertThat(supported(results, "O4")).isEqualTo(Tag.OPEN);
    }

    @Test
    void aNonReversibleKernelPassedOffAsRandomScanFailsTheLinkedChecksAndDemotesO4() throws Exception {
        var results = run(SYSTEMATIC_AS_RANDOM);
        assertThat(verdict(results, "A2.detailed-balance")).isEqualTo(Verdict.FAIL);
        assertThat(verdict(results, "O4.tau-representations")).isEqualTo(Verdict.FAIL);
        assertThat(supported(results, "A2")).isEqualTo(Tag.OPEN);
        assertThat(supported(results, "O4")).isEqualTo(Tag.OPEN);
    }

    @Test
    void theSamplerChecksCatchASignErrorInTheConditional() throws Exception {
        // Kernel and sampler both wrong: the exact side already refuses (the kernel is not reversible for π).
        assertThat(runner().runOne(MseDecomposition.check(SIGN_ERROR)).result().verdict()).isEqualTo(Verdict.FAIL);
        // The sampler alone wrong: the replicates miss the exact error.
        var o1 = MseDecomposition.check(SAMPLER_SIGN_ERROR).measure();
        assertThat(o1.verdict()).as(o1.detail()).isEqualTo(Verdict.FAIL);
        var o3 = SampledVariance.check(SAMPLER_SIGN_ERROR).measure();
        assertThat(o3.verdict()).as(o3.detail()).isEqualTo(Verdict.FAIL);
    }

    /**
     * Every entry outside the chain under test gets stand-in support (a passing numerical and
     * property check with a failing control, and a statement property for proven-here), so the
     * only thing that can hold T-cond down is the injected fault travelling up through {@code uses}.
     */
    private static List<CheckResult> withStandIns(List<CheckResult> chainResults) {
        var results = new ArrayList<>(chainResults);
        var covered = new java.util.HashSet<String>();
        chainResults.forEach(r -> covered.addAll(r.verifies()));
        for (var e : ledger.entries()) {
            if (covered.contains(e.id())) {
                continue;
            }
            for (var kind : List.of(org.trainability.ledger.gate.CheckKind.NUMERICAL,
                    org.trainability.ledger.gate.CheckKind.PROPERTY)) {
                results.add(new CheckResult("stand-in." + kind + "." + e.id(), kind, List.of(e.id()), Verdict.PASS,
                        org.trainability.ledger.figure.Figures.none(), "0", org.trainability.ledger.gate.NegativeControl.FAILED_AS_EXPECTED,
                        1000, true, "stand-in"));
            }
        }
        return results;
    }

    @Test
    void theFaultTravelsUpTheChainToTheTheorem() throws Exception {
        var healthy = Gate.assess(ledger, withStandIns(run(EngineUnderTest.real())), ProofDocuments.read(root, ledger));
        assertThat(healthy.get("T-cond").supported()).isEqualTo(Tag.SOLID);
        assertThat(healthy.get("T-cond").isViolation()).isFalse();

        var faulty = Gate.assess(ledger, withStandIns(run(SIGN_ERROR)), ProofDocuments.read(root, ledger));
        var tcond = faulty.get("T-cond");
        assertThat(tcond.supported()).isEqualTo(Tag.OPEN);
        assertThat(tcond.isViolation()).isTrue();
        assertThat(tcond.chain()).first().isEqualTo("T-cond");
        assertThat(tcond.chain()).last().isIn("A1", "A2", "A3", "O4");
        assertThat(String.join("\n", tcond.explain())).contains("-> T-cond (lost support propagates along uses)")
                .contains("root cause in");
        assertThat(faulty.get("T-op").supported()).isEqualTo(Tag.OPEN);
    }
}
