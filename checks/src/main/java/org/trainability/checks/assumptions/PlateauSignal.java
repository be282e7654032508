package org.trainability.checks.assumptions;

import java.util.ArrayList;
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
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckKind;

/**
 * A8 measured exactly on a plateau family: the Curie–Weiss study model (N = 6, J = 0.25, b = 0,
 * fields trained) at rising β, with fixed data moments (every pair correlated
 * {@value #DATA_CORRELATION}, every spin magnetised {@value #DATA_MAGNETISATION}), under random scan at a fixed window
 * (K = {@value #WINDOW}, M = 1). Along the family the exact stationary MSE(K) (docs/math.md §4) grows by
 * orders of magnitude — the odd field observables see the slow odd mode — and Q_op falls through
 * one; A8 holds when, meanwhile, ‖g‖² stays bounded away from zero:
 * {@code min ‖g‖² ≥ }{@value #FRACTION}{@code · max ‖g‖²}, with MSE growing at least
 * {@value #GROWTH}-fold and Q_op ≤ 1 at the cold end (the plateau is reached, and it is an
 * estimation plateau). Negative control: signal extinction — data moments that converge to the
 * model's own along the family ({@code E_data = E_π + 4^{−k} g_k} at the k-th β), so ‖g‖² → 0.
 * Stateless; thread-safe.
 */
public final class PlateauSignal {

    /** The family's inverse temperatures. */
    static final double[] BETAS = {0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0};
    /** K. */
    public static final int WINDOW = 10_000;
    /** The data: every pair correlated 0.8, every spin magnetised 0.5. */
    static final double DATA_CORRELATION = 0.8;
    static final double DATA_MAGNETISATION = 0.5;
    /** The smallest accepted min ‖g‖² / max ‖g‖². */
    public static final double FRACTION = 0.1;
    /** The least growth of MSE(K) across the family that makes it a plateau family. */
    public static final double GROWTH = 100;

    private PlateauSignal() {
    }

    /** One member: β, ‖g‖², MSE(K), Q_op. */
    record Member(double beta, double gradNorm2, double mse) {
        double qOp() {
            return gradNorm2 / mse;
        }
    }

    /**
     * The A8 design: the family at {@link #BETAS}, its k-th member's data moments set so that its
     * gradient is {@code decay^{−k} g_k}.
     *
     * @param signalDecay 1 for the data moments as they are; above 1, data moments that converge to the model's
     */
    record Design(double signalDecay) implements CheckDesign<Family> {

        /** The plateau family, its data moments fixed. */
        static final Design REAL = new Design(1);
        /** Signal extinction: {@code E_data = E_π + 4^{−k} g_k}. */
        static final Design CONTROL = new Design(4);

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("model", "curie-weiss-6, random-scan, data correlation " + DATA_CORRELATION
                    + " and magnetisation " + DATA_MAGNETISATION);
            parameters.put("betas", BETAS.clone());
            parameters.put("window", WINDOW);
            parameters.put("fraction", FRACTION);
            parameters.put("growth", GROWTH);
            parameters.put("negativeControl", "data moments converging to the model's: E_data = E_pi + 4^-k g_k");
            return parameters;
        }

        @Override
        public String description() {
            return "Exact ||g||^2 and MSE(K) along a plateau family (rising beta): the MSE grows by orders of"
                    + " magnitude and Q_op falls below 1 while ||g||^2 stays within a factor 10; a signal-extinction"
                    + " family must fail.";
        }

        @Override
        public Family measure(EngineUnderTest engine, long seed) {
            var study = StudyModels.curieWeiss6();
            var base = (IsingModel) study.model();
            var data = new double[base.parameterCount()];
            for (int a = 0; a < data.length; a++) {
                // f_ij = -x_i x_j, f_i = -x_i: the data moments are minus the correlations and magnetisations.
                data[a] = a < base.couplingCount() ? -DATA_CORRELATION : -DATA_MAGNETISATION;
            }
            var members = new ArrayList<Member>();
            for (int k = 0; k < BETAS.length; k++) {
                var model = new IsingModel(base.n(), base.couplings(), base.fields(), BETAS[k], base.trainFields());
                var law = EnumeratedLaw.of(model);
                var g = law.gradient(data);
                double scale = Math.pow(signalDecay, -k);
                for (int a = 0; a < g.length; a++) {
                    g[a] *= scale;
                }
                double g2 = 0;
                for (double v : g) {
                    g2 += v * v;
                }
                var analysis = SpectralFormulas.of(law, engine.kernel(KernelName.RANDOM_SCAN, model));
                members.add(new Member(BETAS[k], g2, analysis.stationaryMse(WINDOW, 1)));
            }
            return new Family(members);
        }
    }

    /** The family's members, by rising β; {@link #present()} applies A8's rule. */
    record Family(List<Member> members) implements Outcome {

        Family {
            members = List.copyOf(members);
        }

        @Override
        public Measurement present() {
            double minG = Double.POSITIVE_INFINITY;
            double maxG = 0;
            double minMse = Double.POSITIVE_INFINITY;
            double maxMse = 0;
            var table = Table.withColumns("beta", "grad-norm2", "mse", "q-op");
            var betas = new double[members.size()];
            var gs = new double[members.size()];
            var mses = new double[members.size()];
            for (int k = 0; k < members.size(); k++) {
                var m = members.get(k);
                table.row(m.beta(), m.gradNorm2(), m.mse(), m.qOp());
                minG = Math.min(minG, m.gradNorm2());
                maxG = Math.max(maxG, m.gradNorm2());
                minMse = Math.min(minMse, m.mse());
                maxMse = Math.max(maxMse, m.mse());
                betas[k] = m.beta();
                gs[k] = m.gradNorm2();
                mses[k] = m.mse();
            }
            double signalRatio = minG / maxG;
            double growth = maxMse / minMse;
            double coldQ = members.get(members.size() - 1).qOp();
            var plot = new XyPlot(PlotText.titled("Signal and error along the plateau family"),
                    XyPlot.Axis.linear("beta"), XyPlot.Axis.log("||g||^2 and MSE(K)"), XyPlot.Guide.NONE,
                    List.of(XyPlot.Series.line("||g||^2", betas, gs),
                            XyPlot.Series.line("MSE(K = " + WINDOW + ")", betas, mses)));
            var figures = Figures.builder()
                    .put("signal-ratio", signalRatio)
                    .put("mse-growth", growth)
                    .put("q-op-cold", coldQ)
                    .put("fraction", FRACTION)
                    .put("family", table.build())
                    .put("plateau-family", plot)
                    .build();
            boolean holds = signalRatio >= FRACTION && growth >= GROWTH && coldQ <= 1;
            String detail = String.format("beta %.2f -> %.2f: MSE(K) grows %.3g-fold, Q_op ends at %.3g, ||g||^2"
                    + " stays within %.3g of its largest (needs >= %.2f): %s", betas[0], betas[betas.length - 1],
                    growth, coldQ, signalRatio, FRACTION, holds ? "estimation plateau" : signalRatio < FRACTION
                            ? "the signal vanishes (signal extinction)" : "no plateau formed");
            return Measurement.of(holds, figures, detail);
        }
    }

    /** The A8 check. */
    static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A8.plateau-signal", CheckKind.NUMERICAL, List.of("A8"), 0L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}
