package org.trainability.checks.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.experiments.Exp1Grid;
import org.trainability.checks.study.ExactAnalysis;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * T-cond's assembly (O6) on the plateau: on models in the plateau regime (γ_eff ≤ 0.1) with A7
 * holding (bulk share of T_O ≤ η = 0.01) — the ring at β ∈ {1, 1.5, 2, 3} and the frustrated model
 * at β ∈ {1.5, 2}, N = 8, random-scan — the exact {@code Q_op(K)/Q⊥(K) → 1} as K grows: over
 * {@code K = 10, 100, 1000, 10000 × τ_max} the deviation {@code |Q_op/Q⊥ − 1|} decreases strictly
 * and ends at most 1e-3, and the plateau form tracks too:
 * {@code |Q_op/Q⊥_C* − 1| ≤ |Q_op/Q⊥ − 1| + max(η, γ_eff/(2 − γ_eff)) + |Q_op/Q⊥ − 1|·max(…)} (O5 claim 4,
 * composed). The check passes when every model is in the regime and shows all of it.
 *
 * <p>Negative control: a kernel mix-up — Q⊥ and Q⊥_C* predicted from the Metropolis spectrum (reversible
 * for the same π) while Q_op is the random-scan chain's, at the same windows. The two kernels relax
 * at different rates, so Q_op/Q⊥ settles at their ratio instead of 1 and the deviation never reaches
 * 1e-3; an engine whose two kernels coincided would pass it. (The window held at τ_max, the earlier
 * control, failed the "decreasing" test whatever the engine computed.) Deterministic; thread-safe.
 */
final class PlateauAssembly {

    static final String ID = "T-cond.plateau-assembly";
    static final double ETA = 0.01;
    static final double PLATEAU_GAMMA_EFF = 0.1;
    static final double FINAL_DEVIATION = 1e-3;
    static final double[] WINDOWS_PER_TAU = {10, 100, 1000, 10000};

    private PlateauAssembly() {
    }

    static List<Map.Entry<String, IsingModel>> models() {
        var out = new ArrayList<Map.Entry<String, IsingModel>>();
        for (double beta : new double[] {1, 1.5, 2, 3}) {
            out.add(Map.entry("ring β=" + beta, ModelFamilies.ring(Exp1Grid.SPINS, beta)));
        }
        for (double beta : new double[] {1.5, 2}) {
            out.add(Map.entry("frustrated β=" + beta, ModelFamilies.frustrated(Exp1Grid.SPINS, beta, Exp1Grid.FRUSTRATED_SEED)));
        }
        return out;
    }

    /** The T-cond plateau-assembly check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of(ID, CheckKind.NUMERICAL, List.of("T-cond", "O6"), Exp1Grid.FRUSTRATED_SEED, false,
                engine, Design.REAL, Design.CONTROL);
    }

    /**
     * The plateau models at the windows {@code K = c τ_max}, c ∈ {@link #WINDOWS_PER_TAU}, with Q_op of
     * the random-scan chain and the predictors from {@code predictionKernel}'s spectrum. Exact: the
     * seed is not used.
     *
     * @param predictionKernel the kernel whose spectrum Q⊥ and Q⊥_C* are computed from
     */
    record Design(KernelName predictionKernel) implements CheckDesign<Deviations> {

        /** The predictors from the chain's own kernel. */
        static final Design REAL = new Design(Exp1Grid.KERNEL);
        /** The predictors from the wrong kernel's spectrum. */
        static final Design CONTROL = new Design(KernelName.METROPOLIS);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("models", "ring N = 8 at beta 1, 1.5, 2, 3; frustrated N = 8 at beta 1.5, 2; random-scan;"
                    + " M = 1");
            parameters.put("windowsPerTau", WINDOWS_PER_TAU.clone());
            parameters.put("eta", ETA);
            parameters.put("plateauGammaEff", PLATEAU_GAMMA_EFF);
            parameters.put("finalDeviation", FINAL_DEVIATION);
            parameters.put("predictionKernel", predictionKernel.label());
            parameters.put("negativeControl", "Q_perp from the metropolis spectrum, Q_op from the random-scan chain");
            return parameters;
        }

        @Override
        public String description() {
            return "On the plateau (gamma_eff <= 0.1) with A7 holding, |Q_op/Q_perp - 1| shrinks as K grows from 10 to"
                    + " 10^4 tau_max and ends below 1e-3, with Q_perp_C* within O5's bound; fails when Q_perp comes"
                    + " from the spectrum of another kernel than the chain's";
        }

        @Override
        public Deviations measure(EngineUnderTest engine, long seed) {
            String label = predictionKernel == Exp1Grid.KERNEL ? "Q_perp from the chain's kernel"
                    : "Q_perp from the " + predictionKernel.label() + " spectrum (the wrong kernel)";
            var measured = new ArrayList<Model>();
            try {
                for (var e : models()) {
                    var model = e.getValue();
                    var law = EnumeratedLaw.of(model);
                    var a = ExactAnalysis.of(e.getKey(), law, engine.kernel(Exp1Grid.KERNEL, model));
                    var predicting = predictionKernel == Exp1Grid.KERNEL ? a
                            : ExactAnalysis.of(e.getKey(), law, engine.kernel(predictionKernel, model));
                    double tau = a.tauMax();
                    var windows = new ArrayList<Window>();
                    for (double c : WINDOWS_PER_TAU) {
                        long k = (long) Math.ceil(c * tau);
                        var p = a.predict(k);
                        var q = predicting.predict(k);
                        windows.add(new Window(k, p.gammaEff(), p.qOp() / q.qPerp(), p.qOp() / q.qPerpCStar()));
                    }
                    measured.add(new Model(e.getKey(), a.bulkShare(ExactAnalysis.EPSILON), tau, windows));
                }
            } catch (RefusedInputException | ArithmeticException ex) {
                return new Deviations(label, Optional.of(ex.getMessage()), List.of());
            }
            return new Deviations(label, Optional.empty(), measured);
        }
    }

    /**
     * One window of one model.
     *
     * @param k                 K
     * @param gammaEff          γ_eff at K
     * @param qOpOverQPerp      Q_op(K)/Q⊥(K)
     * @param qOpOverQPerpCStar Q_op(K)/Q⊥_C*(K)
     */
    record Window(long k, double gammaEff, double qOpOverQPerp, double qOpOverQPerpCStar) {
    }

    /**
     * One model over the windows.
     *
     * @param bulkShare s_bulk at ε = {@link ExactAnalysis#EPSILON}
     * @param tauMax    τ_max
     */
    record Model(String name, double bulkShare, double tauMax, List<Window> windows) {
        Model {
            windows = List.copyOf(windows);
        }
    }

    /**
     * What the models showed; {@link #present()} applies the rule: every model in the regime, its
     * deviation strictly shrinking to at most {@value PlateauAssembly#FINAL_DEVIATION}, the plateau
     * form within O5's bound.
     *
     * @param windows a label for how K was chosen
     * @param refused the exact analysis's message when it refused a model
     */
    record Deviations(String windows, Optional<String> refused, List<Model> models) implements Outcome {

        Deviations {
            models = List.copyOf(models);
        }

        @Override
        public Measurement present() {
            if (refused.isPresent()) {
                return Measurement.of(false, Figures.none(), "the exact analysis refused a model: " + refused.get());
            }
            var table = Table.withColumns("model", "gammaEff", "bulkShare", "tauMax", "K", "qOpOverQPerp",
                    "qOpOverQPerpCStar");
            var series = new ArrayList<XyPlot.Series>();
            boolean all = true;
            var why = new StringBuilder();
            for (var m : models) {
                double previous = Double.POSITIVE_INFINITY;
                boolean decreasing = true;
                boolean plateauTracks = true;
                double last = Double.NaN;
                double gammaEff = Double.NaN;
                var x = new double[m.windows().size()];
                var y = new double[m.windows().size()];
                int i = 0;
                for (var w : m.windows()) {
                    gammaEff = w.gammaEff();
                    double dev = Math.abs(w.qOpOverQPerp() - 1);
                    double o5 = Math.max(ETA, gammaEff / (2 - gammaEff));
                    double devCStar = Math.abs(w.qOpOverQPerpCStar() - 1);
                    plateauTracks &= devCStar <= dev + o5 + dev * o5 + 1e-12;
                    decreasing &= dev < previous;
                    previous = dev;
                    last = dev;
                    x[i] = (double) w.k() / m.tauMax();
                    y[i++] = dev;
                    table.row(m.name(), gammaEff, m.bulkShare(), m.tauMax(), w.k(), w.qOpOverQPerp(),
                            w.qOpOverQPerpCStar());
                }
                boolean regime = gammaEff <= PLATEAU_GAMMA_EFF && m.bulkShare() <= ETA;
                boolean shows = regime && decreasing && last <= FINAL_DEVIATION && plateauTracks;
                if (!shows) {
                    why.append(String.format("; %s: regime %b, shrinking %b, final %.2e, plateau form %b", m.name(),
                            regime, decreasing, last, plateauTracks));
                }
                all &= shows;
                series.add(XyPlot.Series.line(m.name(), x, y));
            }
            var figures = Figures.builder()
                    .put("windows", windows)
                    .put("final-deviation-bound", FINAL_DEVIATION)
                    .put("cells", table.build())
                    .put("deviation-vs-window", new XyPlot(PlotText.of("|Q_op/Q⊥ − 1| against K/τ_max on the plateau",
                            "The assembly of O6: the remainder vanishes as the window outgrows τ."),
                            XyPlot.Axis.log("K / τ_max"), XyPlot.Axis.log("|Q_op/Q⊥ − 1|"), XyPlot.Guide.NONE, series))
                    .build();
            String detail = windows + ": " + (all ? "on every plateau model |Q_op/Q_perp - 1| shrinks with K to at most "
                    + FINAL_DEVIATION + " and Q_perp_C* stays within O5's bound" : "not shown" + why);
            return Measurement.of(all, figures, detail);
        }
    }
}
