package org.trainability.engine.exact;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.SpinStates;

/**
 * Enumeration in log space over the stress range: β up to 10, |J| ≤ 2, |b| ≤ 2, N up to 10.
 * Nothing overflows or turns NaN, π sums to 1, and the spin flip x ↦ −x with b ↦ −b — an exact
 * symmetry — maps the law and every moment onto themselves to rounding.
 */
class EnumeratedLawProperties {

    @Provide
    Arbitrary<IsingModel> coldModels() {
        return Arbitraries.integers().between(2, 10).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-2, 2).list().ofSize(n * (n - 1) / 2),
                Arbitraries.doubles().between(-2, 2).list().ofSize(n),
                Arbitraries.doubles().between(0, 10)).as((c, b, beta) -> {
                    var j = new double[n][n];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        for (int l = i + 1; l < n; l++) {
                            j[i][l] = c.get(k);
                            j[l][i] = c.get(k++);
                        }
                    }
                    return new IsingModel(n, j, b.stream().mapToDouble(Double::doubleValue).toArray(), beta, true);
                }));
    }

    @Property(seed = "20261127", tries = 60, edgeCases = EdgeCasesMode.FIRST)
    void coldLawsStayFiniteNormalisedAndFlipCovariant(@ForAll("coldModels") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        double total = 0;
        for (int s = 0; s < law.stateCount(); s++) {
            assertThat(law.logProbability(s)).isFinite().isLessThanOrEqualTo(1e-12);
            assertThat(law.sqrtProbability(s)).isFinite().isGreaterThanOrEqualTo(0);
            total += law.probability(s);
        }
        assertThat(total).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-13));
        var fields = model.fields();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = -fields[i];
        }
        var flipped = EnumeratedLaw.of(model.withFields(fields));
        int n = model.n();
        for (int s = 0; s < law.stateCount(); s++) {
            assertThat(Tolerance.relative(1e-11).agree(flipped.logProbability(SpinStates.flipAll(s, n)),
                    law.logProbability(s)) || Math.abs(law.logProbability(s)) < 1e-12).isTrue();
        }
        var var = law.variances();
        var flippedVar = flipped.variances();
        var mean = law.expectations();
        var flippedMean = flipped.expectations();
        int couplings = model.couplingCount();
        for (int a = 0; a < var.length; a++) {
            assertThat(var[a]).isFinite().isGreaterThanOrEqualTo(0);
            // couplings are even (same mean), fields odd (opposite mean); variances equal either way
            double expectedMean = a < couplings ? mean[a] : -mean[a];
            assertThat(Math.abs(flippedMean[a] - expectedMean)).isLessThan(1e-12);
            assertThat(Tolerance.relative(1e-8).agree(flippedVar[a], var[a]) || Math.abs(flippedVar[a] - var[a]) < 1e-300)
                    .as("Var f_%d: %s vs flipped %s", a, var[a], flippedVar[a]).isTrue();
        }
    }
}
