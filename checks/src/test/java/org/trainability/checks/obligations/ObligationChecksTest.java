package org.trainability.checks.obligations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainability.checks.Check;
import org.trainability.checks.CheckGroupContract;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.WindowMoments;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.ledger.gate.CheckKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every check of O1–O4 rejects its known-bad input and every numerical one passes on the real
 * engine; the brute-force references agree with closed forms on a two-state chain.
 */
class ObligationChecksTest implements CheckGroupContract {

    @Override
    public List<Check> checks() {
        return ObligationChecks.all(EngineUnderTest.real());
    }

    @Test
    void everyObligationHasANumericalAndAPropertyCheck() {
        var all = checks();
        for (var id : List.of("O1", "O2", "O3", "O4")) {
            assertThat(all).as(id).anyMatch(c -> c.spec().verifies().contains(id) && c.spec().kind() == CheckKind.NUMERICAL);
            assertThat(all).as(id).anyMatch(c -> c.spec().verifies().contains(id) && c.spec().kind() == CheckKind.PROPERTY);
        }
    }

    /**
     * A two-state chain {@code P = [[1−p, p], [q, 1−q]]} has λ = 1 − p − q, π = (q, p)/(p+q); for
     * f = (1, 0) the stationary window average has variance {@code Var·V(λ,K)/K²} with
     * {@code V = K(1+λ)/(1−λ) − 2λ(1−λ^K)/(1−λ)²}, and from the point mass on state 0 the bias is
     * {@code (1/K) Σ_t λ^t · (1 − π_0)}.
     */
    @Test
    void windowMomentsMatchTheTwoStateClosedForms() {
        double p = 0.3;
        double q = 0.1;
        var kernel = DenseKernel.of(KernelName.RANDOM_SCAN, new double[][] {{1 - p, p}, {q, 1 - q}});
        double pi0 = q / (p + q);
        double lambda = 1 - p - q;
        int k = 7;
        var f = new double[][] {{1 - pi0, -pi0}};
        var stationary = WindowMoments.of(kernel, f, new double[] {pi0, 1 - pi0}, 0, k);
        double variance = pi0 * (1 - pi0);
        double v = k * (1 + lambda) / (1 - lambda) - 2 * lambda * (1 - Math.pow(lambda, k)) / Math.pow(1 - lambda, 2);
        assertThat(stationary.secondMoment()[0]).isCloseTo(variance * v / (k * k), within(1e-15));
        assertThat(stationary.bias()[0]).isCloseTo(0, within(1e-15));
        var fromZero = WindowMoments.of(kernel, f, new double[] {1, 0}, 3, k);
        double expectedBias = (1 - pi0) * Math.pow(lambda, 3) * (1 - Math.pow(lambda, k)) / (1 - lambda) / k;
        assertThat(fromZero.bias()[0]).isCloseTo(expectedBias, within(1e-15));
    }

    @Test
    void theSamplerAgreementStatesItsOdds() {
        var a = SamplerAgreement.of(new double[] {0}, new double[][] {{1}, {-1}, {2}, {-2}}, 2.5);
        assertThat(a.meanError()).isEqualTo(2.5);
        assertThat(a.z()).isZero();
        assertThat(a.agrees()).isTrue();
        assertThat(SamplerAgreement.of(new double[] {0}, new double[][] {{1}, {-1}, {2}, {-2}}, 10).agrees()).isFalse();
    }
}
