package org.trainability.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.engine.ModelArbitraries;
import org.trainability.engine.ModelArbitraries.Regime;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;

/**
 * The Poisson-form gradient of log Q⊥ agrees with central finite differences of the diagonalised
 * Q⊥ on generated Ising models and denoising layers (2 ≤ N ≤ 5; independent, weak and generic
 * couplings — regimes whose gaps stay above ~1e-3, where finite differences at h = 1e-4 are
 * accurate to ~1e-8; cold near-reducible chains are left to the exact checks). Data: one generated
 * state.
 */
class PredictorGradientProperties {

    private static final double STEP = 1e-4;
    /** Max |analytic − fd| relative to the largest |fd|: truncation ~1e-8 and rounding ~1e-11 sit far below it. */
    private static final Tolerance AGREEMENT = Tolerance.relative(1e-6);

    /** A model and one data state. */
    record Case(Model model, int[] data) {
    }

    @Provide
    Arbitrary<Case> cases() {
        var ising = Arbitraries.of(Regime.INDEPENDENT, Regime.WEAK, Regime.GENERIC)
                .flatMap(r -> ModelArbitraries.isingModels(r, 5));
        return ising.flatMap(m -> {
            var spins = Arbitraries.of(-1, 1).array(int[].class).ofSize(m.n());
            var layer = Combinators.combine(Arbitraries.doubles().between(0, 1), spins)
                    .as((gamma, y) -> (Model) new DenoisingLayer(m, gamma, y));
            var model = Arbitraries.oneOf(Arbitraries.just((Model) m), layer);
            return Combinators.combine(model, spins).as(Case::new);
        });
    }

    @Property(seed = "20261203", tries = 60, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void thePoissonGradientMatchesFiniteDifferences(@ForAll("cases") Case c) {
        var model = c.model();
        var energy = model instanceof DenoisingLayer d ? d.energy() : (IsingModel) model;
        Statistics.label("kind").collect(model instanceof DenoisingLayer ? "denoising layer" : "ising");
        Statistics.label("fields trained").collect(energy.trainFields());
        var data = new double[model.parameterCount()];
        model.observables(c.data(), data);
        var g = PredictorGradient.of(model, EnumeratedLaw.of(model), ExactKernels.build(KernelName.RANDOM_SCAN, model),
                data);
        var analytic = g.logPerpGradient();
        double err = 0;
        double scale = 0;
        int k = 0;
        for (int i = 0; i < energy.n(); i++) {
            for (int j = i + 1; j < energy.n(); j++, k++) {
                double fd = (logSignalOverTime(moved(model, i, j, STEP), data)
                        - logSignalOverTime(moved(model, i, j, -STEP), data)) / (2 * STEP);
                err = Math.max(err, Math.abs(fd - analytic[k]));
                scale = Math.max(scale, Math.abs(fd));
            }
        }
        assertThat(AGREEMENT.accepts(err, scale) || err < 1e-12).as("error %s against scale %s", err, scale).isTrue();
        Statistics.label("kind").coverage(cov -> {
            cov.check("denoising layer").percentage(p -> p >= 25);
            cov.check("ising").percentage(p -> p >= 25);
        });
        Statistics.label("fields trained").coverage(cov -> cov.check(true).percentage(p -> p >= 25));
    }

    private static Model moved(Model m, int i, int j, double by) {
        if (m instanceof DenoisingLayer d) {
            return new DenoisingLayer((IsingModel) moved(d.energy(), i, j, by), d.gamma(), d.input());
        }
        var ising = (IsingModel) m;
        var c = ising.couplings();
        c[i][j] += by;
        c[j][i] += by;
        return new IsingModel(ising.n(), c, ising.fields(), ising.beta(), ising.trainFields());
    }

    private static double logSignalOverTime(Model m, double[] data) {
        var law = EnumeratedLaw.of(m);
        var a = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, m), new EjmlEigensolver(),
                Spectrum.DEFAULT_CLUSTER_WIDTH);
        double g2 = 0;
        for (double v : law.gradient(data)) {
            g2 += v * v;
        }
        return Math.log(g2) - Math.log(a.aggregateTime());
    }
}
