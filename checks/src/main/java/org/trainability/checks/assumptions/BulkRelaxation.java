package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.CheckSpec;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FigureTable;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.obligations.SpectralFormulas;
import org.trainability.checks.obligations.StudyModels;
import org.trainability.checks.obligations.StudyModels.Setup;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.spectral.SpectralAnalysis;
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
 * where rounding leaves it (~1e-31 relative). Negative control: the same settings with
 * ε = {@value #CONTROL_EPSILON}, at which C*(O) keeps at most one cluster and the bulk carries
 * T_O. Stateless; thread-safe.
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

    static Measurement measure(EngineUnderTest engine, double epsilon) {
        var table = new FigureTable("setup", "window", "epsilon", "relevant-clusters", "weighted-bulk-clusters",
                "bulk-share", "bulk-relaxation", "holds");
        double worstShare = 0;
        double worstRelaxation = 0;
        var failing = new ArrayList<String>();
        int count = 0;
        for (Setup s : StudyModels.setups()) {
            var law = EnumeratedLaw.of(s.model());
            var b = bulk(s.name(), SpectralFormulas.of(law, engine.kernel(s.kernel(), s.model())), epsilon, s.window());
            count++;
            table.row(b.setup(), b.window(), b.epsilon(), b.relevant(), b.bulkClusters(), b.bulkShare(),
                    b.bulkRelaxation(), b.holds());
            worstShare = Math.max(worstShare, b.bulkShare());
            worstRelaxation = Math.max(worstRelaxation, b.bulkRelaxation());
            if (!b.holds()) {
                failing.add(String.format("%s (eps %.0e): bulk share %.3g, bulk relaxation %.3g", b.setup(), epsilon,
                        b.bulkShare(), b.bulkRelaxation()));
            }
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("eta", ETA);
        figures.put("epsilon", epsilon);
        figures.put("worst-bulk-share", worstShare);
        figures.put("worst-bulk-relaxation", worstRelaxation);
        figures.put("settings", table.figure());
        String detail = failing.isEmpty()
                ? String.format("%d settings: bulk share <= %.2e, bulk relaxation <= %.2e (eta %.2f, eps %.0e)", count,
                        worstShare, worstRelaxation, ETA, epsilon)
                : "the bulk carries T_O or has not relaxed: " + String.join("; ", failing);
        return Measurement.of(failing.isEmpty(), figures, detail);
    }

    /** The A7 check. */
    public static Check check(EngineUnderTest engine) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("settings", StudyModels.setups().stream().map(s -> s.name() + " K=" + s.window()).toList());
        parameters.put("eta", ETA);
        parameters.put("epsilon", EPSILON);
        parameters.put("weightFloor", WEIGHT_FLOOR);
        parameters.put("negativeControl", "the same settings with epsilon = " + CONTROL_EPSILON);
        var spec = new CheckSpec("A7.bulk-relaxation", CheckKind.NUMERICAL, List.of("A7"), 0L, parameters, true,
                "Exact cluster decomposition of T_O on the study settings: the share of T_O outside C*(O) and the"
                        + " relaxation |lambda|^K of the weighted bulk clusters are both <= eta; with epsilon = 0.5,"
                        + " where the bulk carries T_O, it must fail.");
        return new NumericalCheck(spec, () -> measure(engine, EPSILON), () -> measure(engine, CONTROL_EPSILON));
    }
}
