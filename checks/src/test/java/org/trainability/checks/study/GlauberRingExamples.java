package org.trainability.checks.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import org.assertj.core.data.Offset;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.SpinStates;

/**
 * The reference values R5 stands on: the magnetisation of a Glauber ring is an exact eigenfunction
 * of the random-scan kernel with eigenvalue 1 − (1 − tanh 2βJ)/N, checked on the exact kernel of
 * small rings; and the two probes are the magnetisation and bond energy per spin.
 */
class GlauberRingExamples {

    @Example
    void theMagnetisationIsAnEigenfunctionOfTheRandomScanKernel() {
        for (int n = 3; n <= 8; n++) {
            for (double coupling : new double[] {0.0, 0.3, 1.0, 2.0}) {
                var ring = new GlauberRing(n, coupling);
                var kernel = ExactKernels.build(KernelName.RANDOM_SCAN, ring.model());
                var m = new double[kernel.size()];
                for (int s = 0; s < m.length; s++) {
                    for (int spin : SpinStates.spins(s, n)) {
                        m[s] += spin;
                    }
                }
                var pm = kernel.applyToFunction(m);
                double lambda = ring.magnetisationEigenvalue();
                for (int s = 0; s < m.length; s++) {
                    assertThat(pm[s]).as("N = %d, βJ = %s, state %d", n, coupling, s)
                            .isCloseTo(lambda * m[s], Offset.offset(1e-12));
                }
            }
        }
    }

    @Example
    void theIntegratedTimeIsThatOfAnAr1Process() {
        var ring = new GlauberRing(256, 1.75);
        double lambda = ring.magnetisationEigenvalue();
        assertThat(lambda).isCloseTo(1 - (1 - Math.tanh(3.5)) / 256, Offset.offset(1e-15));
        assertThat(ring.magnetisationTau()).isCloseTo((1 + lambda) / (2 * (1 - lambda)), Offset.offset(1e-6))
                .isGreaterThan(1.4e5);
        // Independent spins: every spin is redrawn after N steps on average, τ = N − ½.
        assertThat(new GlauberRing(10, 0).magnetisationTau()).isCloseTo(9.5, Offset.offset(1e-12));
    }

    @Example
    void theProbesAreTheMagnetisationAndTheBondEnergyPerSpin() {
        var ring = new GlauberRing(5, 1.0);
        var model = ring.model();
        var law = EnumeratedLaw.of(model);
        var magnetisation = ring.magnetisationProbe();
        var bonds = ring.bondEnergyProbe();
        for (int s = 0; s < law.stateCount(); s++) {
            var x = SpinStates.spins(s, 5);
            double m = 0;
            double e = 0;
            for (int i = 0; i < 5; i++) {
                m += x[i] / 5.0;
                e -= x[i] * x[(i + 1) % 5] / 5.0;
            }
            double probedM = 0;
            double probedE = 0;
            for (int a = 0; a < model.parameterCount(); a++) {
                probedM += magnetisation[a] * law.observable(a, s);
                probedE += bonds[a] * law.observable(a, s);
            }
            assertThat(probedM).isCloseTo(m, Offset.offset(1e-15));
            assertThat(probedE).isCloseTo(e, Offset.offset(1e-15));
        }
        assertThat(model.parameterNames().get(ring.pairIndex(1, 2))).isEqualTo("J[1,2]");
        assertThat(model.parameterNames().get(ring.pairIndex(0, 4))).isEqualTo("J[0,4]");
    }

    @Example
    void aRingNeedsThreeSpinsAndAFiniteCoupling() {
        assertThatThrownBy(() -> new GlauberRing(2, 1)).hasMessageContaining("N >= 3");
        assertThatThrownBy(() -> new GlauberRing(8, Double.NaN)).hasMessageContaining("finite coupling");
    }
}
