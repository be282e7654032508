package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.StudyModels.Setup;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;

/**
 * A7 measured exactly from the clusters of the spectrum, on the study settings at the windows the
 * checks use: with {@code C*(O)} at ε (docs/math.md §4) and the bulk = every cluster c ≠ 1 outside it,
 * <ul>
 *   <li>the bulk share {@code s_bulk = Σ_bulk W_c (1+λ_c)/(2(1−λ_c)) / T_O ≤ η}, and</li>
 *   <li>the bulk relaxes within the window, {@code max_bulk |λ_c|^K ≤ η},</li>
 * </ul>
 * with η = {@value #ETA} and ε = {@value #EPSILON}. The relaxation condition is taken over the
 * bulk clusters that carry weight, {@code W_c > }{@value #WEIGHT_FLOOR}{@code ·Σ_a Var_π f_a}: a
 * cluster of no weight at all — the odd sector under the spin-flip symmetry, orthogonal to every
 * even observable — enters neither the variance nor the bias of the estimator, and the floor is
 * where rounding leaves it (~1e-31 relative). Verdict: PASS when both hold on every setting.
 * Negative control: the same settings with ε = {@value #CONTROL_EPSILON}, at which C*(O) keeps at
 * most one cluster and the bulk carries T_O. Stateless; thread-safe.
 */
public final class BulkRelaxation {

    /** η. */
    public static final double ETA = 0.05;
    /** ε of C*(O) (docs/math.md's default). */
    public static final double EPSILON = 1e-3;
    /** ε of the negative control. */
    public static final double CONTROL_EPSILON = 0.5;
    /** Bulk clusters below this share of Σ Var carry no weight for the relaxation condition. */
    public static final double WEIGHT_FLOOR = 1e-12;

    private BulkRelaxation() {
    }

    /**
     * One setting's bulk.
     *
     * @param setup         the setting
     * @param window        K
     * @param epsilon       ε
     * @param relevant      |C*(O)|
     * @param bulkClusters  clusters outside C*(O) carrying weight
     * @param bulkShare     s_bulk
     * @param bulkRelaxation max over weighted bulk clusters of |λ_c|^K (0 when there are none)
     */
    public record Bulk(String setup, int window, double epsilon, int relevant, int bulkClusters, double bulkShare,
            double bulkRelaxation) {
        /** Whether A7 holds. */
        public boolean holds() {
            return bulkShare <= ETA && bulkRelaxation <= ETA;
        }
    }

    /** The bulk of an analysis at ε and window K. */
    public static Bulk bulk(String setup, SpectralAnalysis analysis, double epsilon, int window) {
        var relevant = new HashSet<Integer>();
        for (var m : analysis.relevantModes(epsilon)) {
            relevant.add(m.cluster());
        }
        var clusters = analysis.spectrum().clusters();
        var weights = analysis.clusterWeights();
        double floor = WEIGHT_FLOOR * analysis.law().totalVariance();
        double bulkTime = 0;
        double relaxation = 0;
        int weighted = 0;
        for (int c = 1; c < clusters.size(); c++) {
            if (relevant.contains(c)) {
                continue;
            }
            double w = weights.clusterTotal(c);
            bulkTime += w * SpectralAnalysis.modeTime(clusters.get(c).lambda());
            if (w > floor) {
                weighted++;
                relaxation = Math.max(relaxation, Math.pow(Math.abs(clusters.get(c).lambda()), window));
            }
        }
        return new Bulk(setup, window, epsilon, relevant.size(), weighted, bulkTime / analysis.aggregateTime(),
                relaxation);
    }

    /**
     * The A7 design: the bulk of every setting at ε.
     *
     * @param setups  the settings, each at its own window
     * @param epsilon ε of C*(O)
     */
    record Design(List<Setup> setups, double epsilon) implements CheckDesign<Bulks> {

        /** The study settings at ε = {@value BulkRelaxation#EPSILON}. */
        static final Design REAL = new Design(StudyModels.setups(), EPSILON);
        /** The same settings at ε = {@value BulkRelaxation#CONTROL_EPSILON}. */
        static final Design CONTROL = new Design(StudyModels.setups(), CONTROL_EPSILON);

        Design {
            setups = List.copyOf(setups);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("settings", setups.stream().map(s -> s.name() + " K=" + s.window()).toList());
            parameters.put("eta", ETA);
            parameters.put("epsilon", epsilon);
            parameters.put("weightFloor", WEIGHT_FLOOR);
            parameters.put("negativeControl", "the same settings with epsilon = " + CONTROL.epsilon);
            return parameters;
        }

        @Override
        public String description() {
            return "Exact cluster decomposition of T_O on the study settings: the share of T_O outside C*(O) and the"
                    + " relaxation |lambda|^K of the weighted bulk clusters are both <= eta; with epsilon = 0.5,"
                    + " where the bulk carries T_O, it must fail.";
        }

        @Override
        public Bulks measure(EngineUnderTest engine, long seed) {
            var bulks = new ArrayList<Bulk>();
            for (Setup s : setups) {
                var law = EnumeratedLaw.of(s.model());
                bulks.add(bulk(s.name(), SpectralFormulas.of(law, engine.kernel(s.kernel(), s.model())), epsilon,
                        s.window()));
            }
            return new Bulks(bulks, epsilon);
        }
    }

    /** Every setting's bulk at ε; {@link #present()} passes only if A7 holds on every one. */
    record Bulks(List<Bulk> bulks, double epsilon) implements Outcome {

        Bulks {
            bulks = List.copyOf(bulks);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("setup", "window", "epsilon", "relevant-clusters",
                    "weighted-bulk-clusters", "bulk-share", "bulk-relaxation", "holds");
            double worstShare = 0;
            double worstRelaxation = 0;
            var failing = new ArrayList<String>();
            for (var b : bulks) {
                table.row(b.setup(), b.window(), b.epsilon(), b.relevant(), b.bulkClusters(), b.bulkShare(),
                        b.bulkRelaxation(), b.holds());
                worstShare = Math.max(worstShare, b.bulkShare());
                worstRelaxation = Math.max(worstRelaxation, b.bulkRelaxation());
                if (!b.holds()) {
                    failing.add(String.format("%s (eps %.0e): bulk share %.3g, bulk relaxation %.3g", b.setup(),
                            epsilon, b.bulkShare(), b.bulkRelaxation()));
                }
            }
            var figures = Figures.builder()
                    .put("eta", ETA)
                    .put("epsilon", epsilon)
                    .put("worst-bulk-share", worstShare)
                    .put("worst-bulk-relaxation", worstRelaxation)
                    .put("settings", table.build())
                    .build();
            String detail = failing.isEmpty()
                    ? String.format("%d settings: bulk share <= %.2e, bulk relaxation <= %.2e (eta %.2f, eps %.0e)",
                            bulks.size(), worstShare, worstRelaxation, ETA, epsilon)
                    : "the bulk carries T_O or has not relaxed: " + String.join("; ", failing);
            return Measurement.of(failing.isEmpty(), figures, detail);
        }
    }

    /** The A7 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A7.bulk-relaxation", CheckKind.NUMERICAL, List.of("A7"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
