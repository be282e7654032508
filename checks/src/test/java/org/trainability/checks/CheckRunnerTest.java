package org.trainability.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainability.checks.evidence.EvidenceRecord;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Values;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Assumption;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;

public class CheckRunnerTest {

    public static final Ledger LEDGER_FOR_EVIDENCE = ledgerWithA2();
    static final Ledger LEDGER = LEDGER_FOR_EVIDENCE;
    public static final Clock CLOCK_FOR_EVIDENCE = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

    private static Ledger ledgerWithA2() {
        return Ledger.of(List.of(new Assumption(new EntryHeader("A2", "t", "reversible", Tag.SOLID,
            Tag.OPEN, List.of(), List.of(), List.of(), List.of(), "", Optional.empty(), Optional.empty(),
            Optional.empty()), "residual")));
    }

    static final Clock CLOCK = CLOCK_FOR_EVIDENCE;

    static CheckRunner runner(int threads) {
        return new CheckRunner(LEDGER, "abc", threads, CLOCK);
    }

    @Test
    void aNegativeControlThatFailsIsRecordedAsFailedAsExpected() {
        var r = runner(1).runOne(FakeCheck.of("A2.db", CheckKind.NUMERICAL, true, false, "A2")).result();
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.negativeControl()).isEqualTo(NegativeControl.FAILED_AS_EXPECTED);
        assertThat(r.detail()).isEqualTo("held | negative control: rejected bad input");
        assertThat(r.seed()).isEqualTo("0x2a");
    }

    @Test
    void aNegativeControlThatPassesIsRecordedAsPassedUnexpectedly() {
        var r = runner(1).runOne(FakeCheck.of("A2.db", CheckKind.NUMERICAL, true, true, "A2")).result();
        assertThat(r.negativeControl()).isEqualTo(NegativeControl.PASSED_UNEXPECTEDLY);
        assertThat(r.standing()).isEqualTo(org.trainability.ledger.gate.CheckResult.Standing.DISCREDITED);
    }

    @Test
    void aCheckThatThrowsFailsAndANegativeControlThatThrowsDoesNotCountAsARejection() {
        var throwing = new Check() {
            @Override
            public CheckSpec spec() {
                return new CheckSpec("A2.boom", CheckKind.NUMERICAL, List.of("A2"), 1, Map.of(), false, "throws");
            }

            @Override
            public Measurement measure() {
                throw new IllegalStateException("boom");
            }

            @Override
            public Measurement negativeControl() {
                throw new IllegalStateException("bang");
            }
        };
        var r = runner(1).runOne(throwing).result();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.negativeControl()).isEqualTo(NegativeControl.INCONCLUSIVE);
        assertThat(r.detail()).contains("threw java.lang.IllegalStateException: boom")
                .contains("instead of failing cleanly");
    }

    /** An UNRESOLVED control rejected nothing: the check's pass then supports nothing. */
    @Test
    void anUnresolvedControlIsInconclusiveAndSupportsNothing() {
        var spec = new CheckSpec("A6.u", CheckKind.NUMERICAL, List.of("A6"), 1, Map.of(), false, "");
        var check = new FakeCheck(spec, Measurement.of(true, Figures.none(), "held"),
                new Measurement(Verdict.UNRESOLVED, Figures.none(), "tau-hat unresolved", 0));
        var r = runner(1).runOne(check).result();
        assertThat(r.negativeControl()).isEqualTo(NegativeControl.INCONCLUSIVE);
        assertThat(r.standing()).isEqualTo(CheckResult.Standing.CONTROL_INCONCLUSIVE);
        assertThat(r.standing().countsAsFailure()).isFalse();
    }

    @Test
    void nonFiniteFiguresBecomeText() {
        var spec = new CheckSpec("A2.inf", CheckKind.NUMERICAL, List.of("A2"), 1, Map.of(), false, "");
        var figures = Figures.builder().put("q", Double.POSITIVE_INFINITY)
                .put("xs", new Values(new double[] {1.0, Double.NaN})).build();
        var check = new FakeCheck(spec, new Measurement(Verdict.PASS, figures, "", 0),
                Measurement.of(false, Figures.none(), ""));
        var json = AuditJson.checkNode(runner(1).runOne(check).result()).get("figures");
        assertThat(json.get("q").asText()).isEqualTo("Infinity");
        assertThat(json.get("xs").get(1).asText()).isEqualTo("NaN");
    }

    @Test
    void theRecordsDoNotDependOnTheThreadCount() throws Exception {
        var checks = List.of(FakeCheck.of("a", CheckKind.NUMERICAL, true, false, "A2"),
                FakeCheck.of("b", CheckKind.PROPERTY, false, false, "A2"),
                FakeCheck.of("c", CheckKind.NUMERICAL, true, true, "A2"));
        List<EvidenceRecord> one = runner(1).run(checks);
        List<EvidenceRecord> three = runner(3).run(checks);
        assertThat(three).extracting(EvidenceRecord::result).containsExactlyElementsOf(
                one.stream().map(EvidenceRecord::result).toList());
    }
}
