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
import org.trainability.engine.ModelArbitraries;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.spectral.SymmetrizedKernel;

/** O1.c's spectral half: the spin-flip lumped chain has exactly the even-sector spectrum of P. */
class LumpingProperties {

    private static final SymmetricEigensolver SOLVER = new EjmlEigensolver();

    @Provide
    Arbitrary<IsingModel> symmetricModels() {
        return ModelArbitraries.symmetricIsingModels(5);
    }

    @Property(tries = 120, edgeCases = EdgeCasesMode.NONE)
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

    /** The negative control: a field breaks the symmetry and lumping is refused with its residual. */
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
