package org.trainability.engine.symmetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.trainability.engine.ModelArbitraries;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;
import org.trainability.engine.spectral.SymmetrizedKernel;

/** O1.c's spectral half: the spin-flip lumped chain has exactly the even-sector spectrum of P. */
class LumpingProperties {

    private static final SymmetricEigensolver SOLVER = new EjmlEigensolver();

    @Provide
    Arbitrary<IsingModel> symmetricModels() {
        return ModelArbitraries.symmetricIsingModels(5);
    }

    @Property(seed = "20261127", tries = 120, edgeCases = EdgeCasesMode.NONE)
    void lumpedSpectrumIsTheEvenSectorSpectrum(@ForAll("symmetricModels") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        for (var name : new KernelName[] {KernelName.RANDOM_SCAN, KernelName.METROPOLIS, KernelName.SYMMETRIC_SCAN}) {
            var kernel = ExactKernels.build(name, model);
            var lumped = SpinFlipLumping.lump(kernel, law);
            var lumpedSpectrum = lumped.spectrum(SOLVER);
            int orbits = lumped.orbitCount();
            var even = SOLVER.decompose(SpinFlipLumping.evenSector(SymmetrizedKernel.of(kernel, law), model.n()), orbits)
                    .values();
            for (int k = 0; k < orbits; k++) {
                assertThat(lumpedSpectrum[k]).as("%s eigenvalue %d", name, k)
                        .isCloseTo(even[k], org.assertj.core.data.Offset.offset(1e-12));
            }
            double mass = Arrays.stream(lumped.stationary()).sum();
            assertThat(mass).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    /**
     * O1.c's SNR invariance: T_O, the exact MSE(K), Q_op(K) and Q⊥(K) computed on the full chain
     * (whose even observables see only the even sector) equal those of the lumped chain on the
     * orbits. Compared at 1e-9 + (1e-12 + 10 δ_cl)/γ̃ relative, γ̃ the even-sector gap: eigenvalues
     * carry absolute error ~ε, and clusters may merge even and odd eigenvalues within δ_cl.
     */
    @Property(seed = "20261127", tries = 80, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void qOpAndQPerpAreTheSameOnTheLumpedChain(@ForAll("symmetricModels") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        var lumpedLaw = LumpedLaw.of(law);
        var data = law.expectations();
        for (int a = 0; a < data.length; a++) {
            data[a] -= 0.1;
        }
        var g = law.gradient(data);
        for (var name : new KernelName[] {KernelName.RANDOM_SCAN, KernelName.METROPOLIS}) {
            var kernel = ExactKernels.build(name, model);
            var full = SpectralAnalysis.of(law, kernel, SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
            var lumped = SpectralAnalysis.of(lumpedLaw,
                    SymmetrizedKernel.of(SpinFlipLumping.lump(kernel, law).kernel(), lumpedLaw.logWeights(),
                            SymmetrizedKernel.REVERSIBILITY), SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
            double evenGap = lumped.spectrum().gap();
            // A frozen model can make the full chain numerically reducible (its odd slow mode has
            // λ = 1 to rounding): rounding-level weight of the even observables there makes the
            // full chain's T_O infinite, while the lumped chain — no odd sector — stays finite.
            // That is where computing on the lumped chain is not just equal but necessary.
            boolean fullReducible = full.spectrum().gap() < 1e-13;
            Statistics.label("full chain numerically reducible").collect(fullReducible);
            if (evenGap < 1e-13 || fullReducible) {
                continue;
            }
            // Besides rounding (1e-12/γ̃), the full chain may merge an even and an odd eigenvalue
            // closer than δ_cl into one cluster whose λ_c is their mean (docs/math.md §4), moving
            // λ_c by up to ~δ_cl: T_O and MSE then move by ~δ_cl/γ̃ relative.
            var tolerance = Tolerance.relative(1e-9 + (1e-12 + 10 * Spectrum.DEFAULT_CLUSTER_WIDTH) / evenGap);
            // An absolute floor at rounding of the variance scale: a near-periodic chain (λ ≈ −1)
            // has T_O and MSE ≈ 0, where a relative comparison would compare rounding noise.
            double floor = 1e-13 * law.totalVariance();
            var p = full.predict(g, 200, 2, 1e-3);
            var q = lumped.predict(g, 200, 2, 1e-3);
            assertThat(Math.abs(q.aggregateTime() - p.aggregateTime()))
                    .as("%s T_O %s vs %s", name, q.aggregateTime(), p.aggregateTime())
                    .isLessThanOrEqualTo(tolerance.bound() * p.aggregateTime() + floor);
            double mseFull = full.stationaryMse(200, 2);
            double mseLumped = lumped.stationaryMse(200, 2);
            assertThat(Math.abs(mseLumped - mseFull)).as("%s MSE(K) %s vs %s", name, mseLumped, mseFull)
                    .isLessThanOrEqualTo(tolerance.bound() * mseFull + floor);
            // Q⊥ ∝ 1/T_O and Q_op ∝ 1/MSE: the same bounds, carried over to first order.
            // Skipped at the rounding floor itself (near-periodic chains: T_O ≈ 0, Q⊥ ≈ ∞).
            if (p.aggregateTime() > 1e6 * floor && mseFull > 1e6 * floor) {
                double perpBound = 1.01 * (tolerance.bound() + floor / p.aggregateTime());
                double opBound = 1.01 * (tolerance.bound() + floor / mseFull);
                assertThat(Tolerance.relative(perpBound).agree(q.qPerp(), p.qPerp())).as("%s Q⊥", name).isTrue();
                assertThat(Tolerance.relative(opBound).agree(q.qOp(), p.qOp())).as("%s Q_op", name).isTrue();
            }
            assertThat(lumpedLaw.variances()).usingComparatorWithPrecision(1e-14).containsExactly(law.variances());
        }
        Statistics.label("full chain numerically reducible").coverage(c -> c.check(false).percentage(p -> p > 60));
    }

    /** The negative control: a field breaks the symmetry and lumping is refused with its residual. */
    @Example
    void trainedFieldsAreOddObservablesAndAreRefused() {
        var model = new IsingModel(3, new double[][] {{0, 0.8, 0.3}, {0.8, 0, -0.4}, {0.3, -0.4, 0}}, new double[3], 1, true);
        assertThatThrownBy(() -> LumpedLaw.of(EnumeratedLaw.of(model)))
                .isInstanceOf(NotLumpableException.class).hasMessageContaining("not flip-even");
    }

    @Example
    void aFieldMakesTheKernelNotLumpable() {
        var j = new double[][] {{0, 0.8, 0.3}, {0.8, 0, -0.4}, {0.3, -0.4, 0}};
        var model = new IsingModel(3, j, new double[] {0.2, 0, 0}, 1, false);
        var law = EnumeratedLaw.of(model);
        var kernel = ExactKernels.build(KernelName.RANDOM_SCAN, model);
        assertThat(SpinFlipLumping.residual(kernel, 3)).isGreaterThan(1e-3);
        assertThatThrownBy(() -> SpinFlipLumping.lump(kernel, law))
                .isInstanceOf(NotLumpableException.class)
                .hasMessageContaining("not lumpable")
                .satisfies(e -> assertThat(((NotLumpableException) e).residual()).isGreaterThan(1e-3));
    }
}
