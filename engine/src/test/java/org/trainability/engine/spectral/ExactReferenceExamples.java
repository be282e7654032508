package org.trainability.engine.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.Group;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.IsingModel;

/** Closed-form results the engine must reproduce (sources in each example). */
class ExactReferenceExamples {

    private static final SymmetricEigensolver SOLVER = SymmetricEigensolver.preferred();

    static IsingModel ring(int n, double coupling, double beta) {
        var j = new double[n][n];
        for (int i = 0; i < n; i++) {
            j[i][(i + 1) % n] = coupling;
            j[(i + 1) % n][i] = coupling;
        }
        return new IsingModel(n, j, new double[n], beta, false);
    }

    static long binomial(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    @Group
    class IndependentSpins {
        /** Random-scan heat bath on J = 0: eigenvalue 1 − k/N with multiplicity C(N,k) (docs/math.md §7). */
        @Example
        void eigenvaluesAreOneMinusKOverNWithBinomialMultiplicity() {
            int n = 7;
            var model = new IsingModel(n, new double[n][n], new double[] {0.3, -0.2, 0, 0.5, 1, -1, 0.1}, 1.3, true);
            var analysis = SpectralAnalysis.of(EnumeratedLaw.of(model), ExactKernels.build(KernelName.RANDOM_SCAN, model),
                    SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
            var clusters = analysis.spectrum().clusters();
            assertThat(clusters).hasSize(n + 1);
            for (int k = 0; k <= n; k++) {
                assertThat(clusters.get(k).size()).as("multiplicity of 1 - %d/N", k).isEqualTo((int) binomial(n, k));
                assertThat(clusters.get(k).lambda()).isCloseTo(1 - (double) k / n, org.assertj.core.data.Offset.offset(1e-13));
            }
        }
    }

    @Group
    class GlauberRing {
        /**
         * The 1-D Ising ring under random-scan heat bath has gap (1 − tanh 2βJ)/N: the heat-bath
         * flip probability is ½(1 − ½ tanh(2βJ) x_i(x_{i−1}+x_{i+1})), Glauber's rates (Glauber
         * 1963), and the magnetisation relaxes at rate 1 − tanh 2βJ per sweep of N steps.
         */
        @Example
        void gapIsOneMinusTanhTwoBetaJOverN() {
            for (double beta : new double[] {0.3, 0.8, 1.5}) {
                int n = 8;
                double coupling = 0.7;
                var model = ring(n, coupling, beta);
                var analysis = SpectralAnalysis.of(EnumeratedLaw.of(model),
                        ExactKernels.build(KernelName.RANDOM_SCAN, model), SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
                double expected = (1 - Math.tanh(2 * beta * coupling)) / n;
                assertThat(Tolerance.relative(1e-10).agree(analysis.spectrum().gap(), expected))
                        .as("β = %s: gap %s, Glauber %s", beta, analysis.spectrum().gap(), expected).isTrue();
            }
        }

        /**
         * The ring's bond correlation ⟨x_i x_{i+1}⟩ = (t + t^{N−1})/(1 + t^N), t = tanh βJ (transfer
         * matrix), at β = 10, J = 2: βJ = 20, so 1 − t ≈ 8.5e-18 and Var(x_i x_{i+1}) ≈ 1e-33. A
         * one-pass E[f²] − E[f]² would return 0; the two-pass log-space enumeration keeps the digits.
         */
        @Example
        void coldRingKeepsItsVarianceDigits() {
            int n = 10;
            double beta = 10;
            double coupling = 2;
            var law = EnumeratedLaw.of(ring(n, coupling, beta));
            double oneMinusT = 2 / (Math.exp(2 * beta * coupling) + 1);
            double logT = Math.log1p(-oneMinusT);
            double tN = Math.exp(n * logT);
            double oneMinusM = oneMinusT * -Math.expm1((n - 1) * logT) / (1 + tN);
            double variance = oneMinusM * (2 - oneMinusM);
            // parameter 0 is the bond (0,1): f = −x_0 x_1, with the same variance as x_0 x_1.
            assertThat(law.variances()[0]).isPositive();
            assertThat(Tolerance.relative(1e-12).agree(law.variances()[0], variance))
                    .as("Var %s vs closed form %s", law.variances()[0], variance).isTrue();
            assertThat(Tolerance.relative(1e-15).agree(law.expectations()[0], -(1 - oneMinusM))).isTrue();
            double total = 0;
            for (double p : law.probabilities()) {
                total += p;
            }
            assertThat(total).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-14));
            assertThat(law.logPartition()).isFinite();
        }
    }

    @Group
    class FiniteWindow {
        private final IsingModel model = new IsingModel(4,
                new double[][] {{0, 0.6, -0.3, 0.2}, {0.6, 0, 0.5, 0}, {-0.3, 0.5, 0, 0.9}, {0.2, 0, 0.9, 0}},
                new double[] {0.2, -0.1, 0.4, 0}, 1.2, true);

        /**
         * MSE(K) of docs/math.md §4 against brute force: Var of the window sum is
         * Σ_{s,t<K} ⟨f̄, P^{|s−t|} f̄⟩_π = K·Var + 2 Σ_{d=1}^{K−1} (K−d) ⟨f̄, P^d f̄⟩_π, with P^d f̄
         * by repeated multiplication.
         */
        @Example
        void stationaryMseMatchesMatrixPowers() {
            var law = EnumeratedLaw.of(model);
            for (var name : new KernelName[] {KernelName.RANDOM_SCAN, KernelName.METROPOLIS, KernelName.SYMMETRIC_SCAN}) {
                var kernel = ExactKernels.build(name, model);
                var analysis = SpectralAnalysis.of(law, kernel, SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
                for (int k : new int[] {1, 2, 7, 40}) {
                    int chains = 3;
                    double brute = bruteForceMse(law, kernel, k) / chains;
                    assertThat(Tolerance.relative(1e-11).agree(analysis.stationaryMse(k, chains), brute))
                            .as("%s K=%d: formula %s, brute force %s", name, k, analysis.stationaryMse(k, chains), brute)
                            .isTrue();
                }
            }
        }

        /** bias(B, μ0) of docs/math.md §4 against μ0 P^t f evolved step by step. */
        @Example
        void biasMatchesEvolvedStartLaw() {
            var law = EnumeratedLaw.of(model);
            var kernel = ExactKernels.build(KernelName.RANDOM_SCAN, model);
            var analysis = SpectralAnalysis.of(law, kernel, SOLVER, Spectrum.DEFAULT_CLUSTER_WIDTH);
            var mu0 = new double[law.stateCount()];
            mu0[0] = 1; // all spins +1
            int burnIn = 5;
            int window = 12;
            var bias = analysis.bias(mu0, burnIn, window);
            var mu = mu0.clone();
            for (int t = 0; t < burnIn; t++) {
                mu = kernel.stepDistribution(mu);
            }
            var sums = new double[law.parameterCount()];
            for (int t = 0; t < window; t++) {
                for (int a = 0; a < sums.length; a++) {
                    for (int x = 0; x < mu.length; x++) {
                        sums[a] += mu[x] * law.observable(a, x);
                    }
                }
                mu = kernel.stepDistribution(mu);
            }
            var means = law.expectations();
            for (int a = 0; a < sums.length; a++) {
                double expected = sums[a] / window - means[a];
                assertThat(Math.abs(bias[a] - expected)).as("bias of f_%d", a).isLessThan(1e-12);
            }
            assertThat(Math.abs(bias[0])).isGreaterThan(1e-3);
        }

        private double bruteForceMse(EnumeratedLaw law, DenseKernel kernel, int window) {
            var pi = law.probabilities();
            double total = 0;
            for (int a = 0; a < law.parameterCount(); a++) {
                var f = law.observable(a);
                double mean = law.expectations()[a];
                for (int x = 0; x < f.length; x++) {
                    f[x] -= mean;
                }
                var power = f.clone();
                double sum = 0;
                for (int d = 0; d < window; d++) {
                    double c = 0;
                    for (int x = 0; x < f.length; x++) {
                        c += pi[x] * f[x] * power[x];
                    }
                    sum += (d == 0 ? window : 2.0 * (window - d)) * c;
                    power = kernel.applyToFunction(power);
                }
                total += sum / ((double) window * window);
            }
            return total;
        }
    }
}
