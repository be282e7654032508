package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * τ̂ on AR(1) series against the closed form (1+ρ)/(2(1−ρ)).
 *
 * <p>Each comparison allows 4 of Sokal's standard errors plus the window's truncation bias
 * (ρ^{W+1}-sized, far below one error here). If τ̂ were normal with that standard error, a single
 * comparison would fail by chance with probability 6e-5 (two-sided); the seeds are fixed, so the
 * outcome is reproducible and a failure means a changed estimator, not bad luck.
 */
class IntegratedAutocorrelationTimeTest {

    @ParameterizedTest(name = "rho = {0}")
    @CsvSource({"0.0, 11", "0.5, 12", "0.8, 13", "0.9, 14", "0.97, 15"})
    void ar1TauMatchesClosedForm(double rho, long seed) {
        var chains = Ar1Series.chains(rho, 4, 40_000, seed);
        var est = IntegratedAutocorrelationTime.estimate(chains, IntegratedAutocorrelationTime.DEFAULT_C);
        double exact = Ar1Series.exactTau(rho);
        assertThat(est.windowFound()).isTrue();
        assertThat(est.tauInt())
                .as("tau-hat %s vs exact %s (se %s)", est.tauInt(), exact, est.standardError())
                .isCloseTo(exact, org.assertj.core.data.Offset.offset(4 * est.standardError()));
        assertThat(est.ess()).isCloseTo(4 * 40_000 / (2 * est.tauInt()), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(est.window()).isGreaterThanOrEqualTo((int) Math.ceil(5 * 2 * est.tauInt() - 1e-9) - 1);
    }

    @Test
    void theEstimatorSeesTheDifferenceBetweenNeighbouringRhos() {
        // Negative control for the AR(1) comparison: a series with rho = 0.9 must not pass as rho = 0.8.
        var est = IntegratedAutocorrelationTime.estimate(Ar1Series.chains(0.9, 4, 40_000, 21), 5);
        double wrong = Ar1Series.exactTau(0.8);
        assertThat(Math.abs(est.tauInt() - wrong)).isGreaterThan(4 * est.standardError());
    }

    @Test
    void windowIsTheFirstThatReachesFiveTaus() {
        var chains = Ar1Series.chains(0.7, 2, 5_000, 31);
        var est = IntegratedAutocorrelationTime.estimate(chains, 5);
        var rho = Autocorrelation.averaged(chains, 5_000);
        double tauE = 1;
        for (int w = 1; w < est.window(); w++) {
            tauE += 2 * rho[w];
            assertThat(w).as("an earlier window %d already qualified", w).isLessThan((int) Math.ceil(5 * tauE));
        }
        tauE += 2 * rho[est.window()];
        assertThat((double) est.window()).isGreaterThanOrEqualTo(5 * tauE);
        assertThat(est.tauInt()).isEqualTo(tauE / 2);
    }

    @Test
    void aConstantChainGivesNoEstimate() {
        var chains = new double[][] {{1, 2, 1, 2, 1, 2, 2, 1}, {3, 3, 3, 3, 3, 3, 3, 3}};
        var est = IntegratedAutocorrelationTime.estimate(chains, 5);
        assertThat(est.isAvailable()).isFalse();
    }

    @Test
    void badInputIsRefusedWithItsLocation() {
        assertThatThrownBy(() -> IntegratedAutocorrelationTime.estimate(new double[][] {{1, 2, 3}, {1, 2}}, 5))
                .hasMessageContaining("chain 1 has 2 values");
        assertThatThrownBy(() -> IntegratedAutocorrelationTime.estimate(new double[][] {{1, Double.NaN, 3}}, 5))
                .hasMessageContaining("chain 0, step 1");
        assertThatThrownBy(() -> IntegratedAutocorrelationTime.estimate(new double[][] {{1, 2, 3}}, 0))
                .hasMessageContaining("window constant");
        assertThatThrownBy(() -> IntegratedAutocorrelationTime.estimate(new double[0][], 5))
                .hasMessageContaining("no chains");
    }
}
