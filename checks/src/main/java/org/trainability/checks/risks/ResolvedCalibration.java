package org.trainability.checks.risks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.calibration.CalibrationCorpus;
import org.trainability.checks.calibration.CalibrationFile;
import org.trainability.checks.calibration.CalibrationSummary;
import org.trainability.checks.calibration.CaseResult;
import org.trainability.checks.calibration.CaseRun;
import org.trainability.checks.evidence.EvidenceException;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * R5 and A6: how often the RESOLVED rule is wrong, measured on the calibration corpus
 * ({@link CalibrationCorpus}: over 200 small models with exact τ_int) and kept as
 * sealed evidence, {@code evidence/calibration/resolved-rule.json} (written by
 * {@code ./ledger.sh calibrate}, some minutes on two cores; the build copies it onto the class path).
 *
 * <p>The audit re-gates on the kept file without rerunning it: it refuses a file whose seal is
 * broken (edited), whose fingerprint is not this build's corpus, design and rule (stale), or that
 * lacks a case; and it reruns six of the cases — the first of each family and the blind spot — on
 * the engine under test (about 15 s, once per engine), which must reproduce the kept rungs (lengths, verdicts, τ̂,
 * R̂ and bulk ESS to 1e-9), so an engine that has changed since the file was made fails here.
 *
 * <p>Verdict: PASS when the full rule's false-RESOLVED rate, P(false | RESOLVED), is at most
 * {@link CalibrationSummary#GOAL} and the Curie–Weiss N = 11, β = 3 case is UNRESOLVED at every
 * run length; FAIL otherwise (or when the kept file is refused). The rate is a count over a fixed,
 * deterministic corpus, so the verdict has no false-failure rate of its own; its 95 %
 * Clopper–Pearson interval says how well the corpus pins the rule's rate down.
 *
 * <p>Negative control: the same reading of the same runs with the verdicts of the within-chain rule
 * (a window, L ≥ 50 τ̂, no growth — the rule before R̂ and the bulk ESS joined it). It declares the
 * blind spot RESOLVED, so it must fail: a rule that lost its between-chain conditions fails here.
 */
final class ResolvedCalibration {

    static final String ID = "R5.resolved-calibration";
    /** Where the build puts the kept file (a copy of evidence/calibration/resolved-rule.json). */
    static final String RESOURCE = "/org/trainability/checks/calibration/resolved-rule.json";
    static final String KEPT_FILE = "evidence/calibration/resolved-rule.json";
    /** What the site offers as the command that reproduces the check. */
    static final String REPRODUCE = "./ledger.sh calibrate   # measures the corpus again, ~3 min; the audit re-gates on it";

    private ResolvedCalibration() {
    }

    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("R5", "A6"), 0, false, engine, Design.REAL,
                Design.CONTROL);
    }

    /**
     * The calibration read under one rule.
     *
     * @param rule whose verdicts are read
     */
    record Design(CalibrationSummary.Rule rule) implements CheckDesign<Reading> {

        static final Design REAL = new Design(CalibrationSummary.Rule.FULL);
        static final Design CONTROL = new Design(CalibrationSummary.Rule.WITHIN_CHAIN);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("kept", KEPT_FILE);
            parameters.put("rule", rule.label());
            parameters.put("chains", CaseRun.CHAINS);
            parameters.put("start", "overdispersed, no burn-in");
            parameters.put("lengths", "2 ... 2000 exact tau_max, within " + CaseRun.MIN_LENGTH + " ... "
                    + CaseRun.MAX_LENGTH);
            parameters.put("falseWhen", "L < 50 tau_int or |tau-hat/tau_int - 1| > " + CaseResult.TOLERANCE);
            parameters.put("goal", CalibrationSummary.GOAL);
            parameters.put("replayed", "the first case of each family and the blind spot");
            parameters.put("negativeControl", "the within-chain rule's verdicts on the same runs");
            return parameters;
        }

        @Override
        public String description() {
            return "The false-RESOLVED rate of the RESOLVED rule over a corpus of small models with exact tau_int"
                    + " (kept, sealed, replayed in part): at most " + CalibrationSummary.GOAL + " under the full rule,"
                    + " with Curie-Weiss N=11 beta=3 UNRESOLVED; the within-chain rule alone must fail.";
        }

        @Override
        public Reading measure(EngineUnderTest engine, long seed) {
            String text;
            try (InputStream in = ResolvedCalibration.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return Reading.refused(rule, "no kept calibration (" + KEPT_FILE + "): run ./ledger.sh calibrate");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Reading.refused(rule, KEPT_FILE + ": " + e.getMessage());
            }
            CalibrationFile.Kept kept;
            try {
                kept = CalibrationFile.read(text, KEPT_FILE);
            } catch (EvidenceException e) {
                return Reading.refused(rule, e.getMessage());
            }
            var cases = CalibrationCorpus.cases();
            if (!kept.fingerprint().equals(CalibrationFile.fingerprint(cases))) {
                return Reading.refused(rule, KEPT_FILE + " is stale: it was measured on another corpus, design or rule"
                        + " than this build's; measure it again with ./ledger.sh calibrate");
            }
            if (kept.results().size() != cases.size()) {
                return Reading.refused(rule, KEPT_FILE + " holds " + kept.results().size() + " of the corpus's "
                        + cases.size() + " cases; finish the run with ./ledger.sh calibrate");
            }
            var difference = REPLAYED.computeIfAbsent(engine, e -> replay(e, cases, kept));
            if (!difference.isEmpty()) {
                return Reading.refused(rule, KEPT_FILE + " does not reproduce on this engine (" + difference
                        + "); measure it again with ./ledger.sh calibrate");
            }
            return new Reading(rule, new CalibrationSummary(kept.results()), "");
        }
    }

    /**
     * What a replay found, per engine (an engine is immutable, and the check and its control read the
     * same kept file): the replay costs some seconds and is run once.
     */
    private static final Map<EngineUnderTest, String> REPLAYED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Reruns the replayed cases; what differs from the kept file, or empty. */
    private static String replay(EngineUnderTest engine, List<CalibrationCorpus.Case> cases,
            CalibrationFile.Kept kept) {
        for (var c : replayed(cases)) {
            var stored = kept.results().stream().filter(r -> r.index() == c.index()).findFirst().orElseThrow();
            var difference = difference(stored, CaseRun.run(engine, c));
            if (!difference.isEmpty()) {
                return c.name() + ": " + difference;
            }
        }
        return "";
    }

    /** The replayed cases: the first case of every family (quick), then the blind spot (some seconds). */
    static List<CalibrationCorpus.Case> replayed(List<CalibrationCorpus.Case> cases) {
        var out = new ArrayList<CalibrationCorpus.Case>();
        var families = new ArrayList<String>();
        for (var c : cases) {
            if (!families.contains(c.family())) {
                families.add(c.family());
                out.add(c);
            }
        }
        cases.stream().filter(c -> c.name().equals(CalibrationSummary.BLIND_SPOT)).forEach(out::add);
        return out;
    }

    /** What differs between a kept case and a rerun of it; empty when they agree. */
    static String difference(CaseResult kept, CaseResult fresh) {
        if (!kept.name().equals(fresh.name()) || !kept.probes().equals(fresh.probes())) {
            return "another case or other probes";
        }
        if (!close(kept.tauMax(), fresh.tauMax()) || kept.rungs().size() != fresh.rungs().size()) {
            return String.format(Locale.ROOT, "exact tau_max %.10g kept, %.10g now", kept.tauMax(), fresh.tauMax());
        }
        for (int k = 0; k < kept.rungs().size(); k++) {
            var a = kept.rungs().get(k);
            var b = fresh.rungs().get(k);
            if (a.length() != b.length() || a.before() != b.before() || a.after() != b.after()
                    || !close(a.tauHatMax(), b.tauHatMax()) || !close(a.rhatMax(), b.rhatMax())
                    || !close(a.essBulkMin(), b.essBulkMin())) {
                return String.format(Locale.ROOT, "at L = %d kept tau-hat %.10g, R-hat %.6g, %s; now L = %d, tau-hat"
                        + " %.10g, R-hat %.6g, %s", a.length(), a.tauHatMax(), a.rhatMax(), a.after() ? "RESOLVED"
                        : "UNRESOLVED", b.length(), b.tauHatMax(), b.rhatMax(), b.after() ? "RESOLVED" : "UNRESOLVED");
            }
        }
        return "";
    }

    private static boolean close(double a, double b) {
        return (Double.isNaN(a) && Double.isNaN(b)) || a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a),
                Math.abs(b));
    }

    /**
     * The calibration read under one rule, or why the kept file was refused.
     *
     * @param rule    the rule read
     * @param summary the kept results (null when refused)
     * @param refusal why the kept file was refused (empty when it was read)
     */
    record Reading(CalibrationSummary.Rule rule, CalibrationSummary summary, String refusal) implements Outcome {

        static Reading refused(CalibrationSummary.Rule rule, String why) {
            return new Reading(rule, null, why);
        }

        @Override
        public Measurement present() {
            if (summary == null) {
                return new Measurement(Verdict.FAIL, Figures.builder().put("kept-file", KEPT_FILE)
                        .put("refused", refusal).put("reproduce", REPRODUCE).build(),
                        "kept calibration refused: " + refusal, 0);
            }
            var tally = summary.tally(rule);
            var ci = tally.interval();
            boolean caught = summary.blindSpotCaught(rule);
            boolean met = summary.meetsGoal(rule);
            var figures = Figures.builder()
                    .put("false-resolved-rate", tally.rate())
                    .put("false-resolved-rate-low", ci[0])
                    .put("false-resolved-rate-high", ci[1])
                    .put("goal", CalibrationSummary.GOAL)
                    .put("rule", rule.label())
                    .put("cases", summary.results().size())
                    .put("runs", tally.runs())
                    .put("judged-resolved", tally.resolved())
                    .put("false-resolved", tally.falseResolved())
                    .put("false-resolved-unmixed", tally.unmixed())
                    .put("blind-spot-caught", caught)
                    .put("calibration", summary.table())
                    .put("by-family", summary.byFamily())
                    .put("tau-hat-against-exact", summary.plot())
                    .put("reproduce", REPRODUCE)
                    .build();
            String detail = String.format(Locale.ROOT, "%s: %d of %d RESOLVED verdicts false (%.2f%%, 95%% interval"
                            + " %.2f-%.2f%%; %d with L < 50 tau_int, %d with tau-hat more than %.0f%% off) over %d runs of"
                            + " %d cases; goal at most %.0f%%: %s; Curie-Weiss N=11 beta=3 %s",
                    rule.label(), tally.falseResolved(), tally.resolved(), 100 * tally.rate(), 100 * ci[0],
                    100 * ci[1], tally.unmixed(), tally.falseResolved() - tally.unmixed(), 100 * CaseResult.TOLERANCE,
                    tally.runs(), summary.results().size(), 100 * CalibrationSummary.GOAL, met ? "met" : "not met",
                    caught ? "UNRESOLVED at every L" : "RESOLVED at some L");
            return Measurement.of(met, figures, detail);
        }
    }
}
