package org.trainability.checks.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;

/**
 * How often the RESOLVED rule was wrong over the calibration corpus, under one rule or the other.
 *
 * <p>A <em>run</em> is one case at one run length (the prefixes of one set of chains). It is
 * <em>judged RESOLVED</em> when every probe is, and the verdict is <em>false</em> when
 * L &lt; 50 exact τ_max or τ̂_max is more than 30 % from the exact τ_max ({@link CaseResult#wrongAt}).
 * The false-RESOLVED rate is the share of RESOLVED verdicts that are false, P(false | RESOLVED),
 * with its 95 % Clopper–Pearson interval; beside it the share of the runs that should not be
 * RESOLVED which were, P(RESOLVED | false). Immutable; thread-safe.
 *
 * @param results every case's result
 */
public record CalibrationSummary(List<CaseResult> results) {

    /** The goal for the false-RESOLVED rate under the full rule. */
    public static final double GOAL = 0.01;
    /** The case the within-chain rule gets wrong (R5's notes): exact τ_int ≈ 1.9e5, τ̂ ≈ 10. */
    public static final String BLIND_SPOT = "curie-weiss N=11 beta=3.0 / random-scan";

    public CalibrationSummary {
        results = List.copyOf(results);
    }

    /** Which verdicts are read: the rule before R̂ and the bulk ESS joined it, or the full rule. */
    public enum Rule {
        WITHIN_CHAIN("within-chain (before)", CaseResult.Rung::before),
        FULL("full rule (after)", CaseResult.Rung::after);

        private final String label;
        private final Predicate<CaseResult.Rung> resolved;

        Rule(String label, Predicate<CaseResult.Rung> resolved) {
            this.label = label;
            this.resolved = resolved;
        }

        public String label() {
            return label;
        }

        boolean resolved(CaseResult.Rung r) {
            return resolved.test(r);
        }
    }

    /**
     * One rule's record over the corpus.
     *
     * @param rule          the rule
     * @param runs          runs judged
     * @param resolved      runs judged RESOLVED
     * @param falseResolved RESOLVED runs whose verdict is false
     * @param unmixed       of those, runs with L &lt; 50 exact τ_max (the rest have τ̂ more than 30 % off)
     * @param shouldNot     runs that should not be RESOLVED (L &lt; 50 τ_max or τ̂ more than 30 % off)
     */
    public record Tally(Rule rule, int runs, int resolved, int falseResolved, int unmixed, int shouldNot) {

        /** P(false | RESOLVED), the false-RESOLVED rate. */
        public double rate() {
            return resolved == 0 ? Double.NaN : (double) falseResolved / resolved;
        }

        /** The 95 % Clopper–Pearson interval of {@link #rate()}. */
        public double[] interval() {
            return clopperPearson(resolved, falseResolved);
        }

        /** P(RESOLVED | should not be). */
        public double missRate() {
            return shouldNot == 0 ? Double.NaN : (double) falseResolved / shouldNot;
        }
    }

    /** The record of one rule. */
    public Tally tally(Rule rule) {
        int runs = 0;
        int resolved = 0;
        int wrong = 0;
        int unmixed = 0;
        int shouldNot = 0;
        for (var c : results) {
            for (var r : c.rungs()) {
                runs++;
                boolean isWrong = c.wrongAt(r);
                shouldNot += isWrong ? 1 : 0;
                if (rule.resolved(r)) {
                    resolved++;
                    if (isWrong) {
                        wrong++;
                        unmixed += r.length() < ResolutionRule.MIN_LENGTH_IN_TAUS * c.tauMax() ? 1 : 0;
                    }
                }
            }
        }
        return new Tally(rule, runs, resolved, wrong, unmixed, shouldNot);
    }

    /** The blind-spot case's result, when the corpus has it. */
    public Optional<CaseResult> blindSpot() {
        return results.stream().filter(c -> c.name().equals(BLIND_SPOT)).findFirst();
    }

    /** Whether the blind spot is UNRESOLVED at every run length under the rule (false when it is missing). */
    public boolean blindSpotCaught(Rule rule) {
        return blindSpot().map(c -> c.rungs().stream().noneMatch(rule::resolved)).orElse(false);
    }

    /** The goal: the false-RESOLVED rate at most {@value #GOAL} and the blind spot caught. */
    public boolean meetsGoal(Rule rule) {
        return tally(rule).rate() <= GOAL && blindSpotCaught(rule);
    }

    /** Both rules side by side. */
    public Table table() {
        var table = Table.withColumns("rule", "runs", "judged RESOLVED", "false RESOLVED", "of which L < 50 tau_int",
                "false-RESOLVED rate", "95% interval low", "95% interval high", "RESOLVED though it should not be",
                "blind spot (CW N=11, beta=3)");
        for (var rule : Rule.values()) {
            var t = tally(rule);
            var ci = t.interval();
            table.row(rule.label(), t.runs(), t.resolved(), t.falseResolved(), t.unmixed(), t.rate(), ci[0], ci[1],
                    t.missRate(), blindSpotCaught(rule) ? "UNRESOLVED at every L" : "RESOLVED at some L");
        }
        return table.build();
    }

    /** Both rules by model family. */
    public Table byFamily() {
        var families = new LinkedHashMap<String, List<CaseResult>>();
        for (var c : results) {
            families.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(c);
        }
        var table = Table.withColumns("family", "cases", "runs", "RESOLVED before", "false before", "RESOLVED after",
                "false after");
        for (var e : families.entrySet()) {
            var part = new CalibrationSummary(e.getValue());
            var before = part.tally(Rule.WITHIN_CHAIN);
            var after = part.tally(Rule.FULL);
            table.row(e.getKey(), e.getValue().size(), before.runs(), before.resolved(), before.falseResolved(),
                    after.resolved(), after.falseResolved());
        }
        return table.build();
    }

    /** τ̂_max/τ_max against L/τ_max for every run, by what each rule said. */
    public XyPlot plot() {
        var x = new ArrayList<List<Double>>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        var y = new ArrayList<List<Double>>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = 0;
        for (var c : results) {
            for (var r : c.rungs()) {
                double ratio = r.tauHatMax() / c.tauMax();
                if (!(ratio > 0) || !Double.isFinite(ratio)) {
                    continue; // no τ̂ at all: nothing to place on a log axis
                }
                int k = r.after() ? 0 : r.before() ? 1 : 2;
                double lengthInTaus = r.length() / c.tauMax();
                x.get(k).add(lengthInTaus);
                y.get(k).add(ratio);
                xMin = Math.min(xMin, lengthInTaus);
                xMax = Math.max(xMax, lengthInTaus);
            }
        }
        var series = new ArrayList<XyPlot.Series>();
        series.add(XyPlot.Series.points("RESOLVED by the full rule", x.get(0), y.get(0)));
        series.add(XyPlot.Series.points("RESOLVED by the within-chain rule only", x.get(1), y.get(1)));
        series.add(XyPlot.Series.points("UNRESOLVED by both", x.get(2), y.get(2)));
        double fifty = ResolutionRule.MIN_LENGTH_IN_TAUS;
        series.add(XyPlot.Series.line("L = 50 tau_int", new double[] {fifty, fifty}, new double[] {1e-3, 10}));
        for (double bound : new double[] {1 - CaseResult.TOLERANCE, 1 + CaseResult.TOLERANCE}) {
            series.add(XyPlot.Series.line("tau-hat = " + bound + " tau_int", new double[] {xMin, xMax},
                    new double[] {bound, bound}));
        }
        return new XyPlot(PlotText.of("tau-hat against the exact tau_int over the calibration corpus",
                "Every run of every case: L in units of the exact tau_max (x) against tau-hat_max / tau_max (y), by"
                        + " verdict. A RESOLVED verdict left of L = 50 tau_int or outside the band is false."),
                XyPlot.Axis.log("L / exact tau_max"), XyPlot.Axis.log("tau-hat_max / exact tau_max"),
                XyPlot.Guide.NONE, series);
    }

    /** The 95 % Clopper–Pearson interval of {@code successes} in {@code trials} ({@code NaN}s for no trials). */
    static double[] clopperPearson(int trials, int successes) {
        if (trials == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        // Commons Math refuses no successes and no failures; the interval has a closed form there.
        if (successes == 0) {
            return new double[] {0, 1 - Math.pow(0.025, 1.0 / trials)};
        }
        if (successes == trials) {
            return new double[] {Math.pow(0.025, 1.0 / trials), 1};
        }
        var ci = new ClopperPearsonInterval().createInterval(trials, successes, 0.95);
        double low = ci.getLowerBound();
        double high = ci.getUpperBound();
        return new double[] {low, high};
    }
}
