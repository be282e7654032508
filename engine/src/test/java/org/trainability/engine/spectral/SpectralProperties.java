package org.trainability.engine.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
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

/**
 * The spectral identities of docs/math.md §4 over generated models, with coverage of the cases that
 * matter: exactly or nearly degenerate spectra, small gaps, near-reducible chains.
 */
class SpectralProperties {

    private static final SymmetricEigensolver SOLVER = new EjmlEigensolver();

    @Provide
    Arbitrary<IsingModel> models() {
        return ModelArbitraries.isingModels(5);
    }

    /**
     * Classifies an analysed chain for the coverage checks. Expected shares (from the regimes of
     * {@link ModelArbitraries}, each a fifth of the cases): degenerate ≈ 25%, small gap ≈ 35%,
     * near-reducible ≈ 15%; the thresholds (10%, 10%, 3% of 120 tries) sit over three standard
     * deviations below, so a coverage check fails by chance with probability below ~1e-3 per run.
     */
    private static void classify(SpectralAnalysis analysis, EnumeratedLaw law, KernelName name) {
        var spectrum = analysis.spectrum();
        boolean degenerate = spectrum.clusters().stream().anyMatch(c -> c.size() > 1);
        double minProbability = 1;
        var p = ExactKernels.build(name, law.model());
        for (int x = 0; x < p.size(); x++) {
            for (int y = 0; y < p.size(); y++) {
                if (p.entry(x, y) > 0) {
                    minProbability = Math.min(minProbability, p.entry(x, y));
                }
            }
        }
        Statistics.label("degenerate cluster").collect(degenerate);
        Statistics.label("small gap (< 0.02)").collect(spectrum.gap() < 0.02);
        Statistics.label("near-reducible (a move below 1e-6)").collect(minProbability < 1e-6);
    }

    private static void requireCoverage() {
        Statistics.label("degenerate cluster").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("small gap (< 0.02)").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("near-reducible (a move below 1e-6)").coverage(c -> c.check(true).percentage(p -> p >= 3));
    }

    @Property(seed = "20261127", tries = 120, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void randomScanSpectrumLiesInTheUnitInterval(@ForAll("models") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        var analysis = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, model), SOLVER, 1e-9);
        classify(analysis, law, KernelName.RANDOM_SCAN);
        var spectrum = analysis.spectrum();
        assertThat(spectrum.lambda(0)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(spectrum.smallest()).isGreaterThan(-1e-12);
        assertThat(spectrum.lambda(1)).isLessThanOrEqualTo(1);
        requireCoverage();
    }

    @Property(seed = "20261127", tries = 120, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void metropolisSpectrumLiesInMinusOneToOne(@ForAll("models") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        var spectrum = SpectralAnalysis.of(law, ExactKernels.build(KernelName.METROPOLIS, model), SOLVER, 1e-9)
                .spectrum();
        assertThat(spectrum.smallest()).isGreaterThanOrEqualTo(-1 - 1e-12);
        assertThat(spectrum.lambda(0)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** Parseval: Σ_{c≠1} W_{a,c} = Var_π[f_a] for every observable and every reversible kernel. */
    @Property(seed = "20261127", tries = 120, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void clusterWeightsAddUpToTheVariance(@ForAll("models") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        var variances = law.variances();
        var tolerance = Tolerance.relative(1e-9);
        for (var name : new KernelName[] {KernelName.RANDOM_SCAN, KernelName.SYMMETRIC_SCAN, KernelName.METROPOLIS}) {
            var analysis = SpectralAnalysis.of(law, ExactKernels.build(name, model), SOLVER, 1e-9);
            if (name == KernelName.RANDOM_SCAN) {
                classify(analysis, law, name);
            }
            for (int a = 0; a < variances.length; a++) {
                double parseval = analysis.clusterWeights().variance(a);
                assertThat(tolerance.agree(parseval, variances[a]))
                        .as("%s, f_%d: Σ W = %s, Var = %s", name, a, parseval, variances[a]).isTrue();
            }
        }
        requireCoverage();
    }

    /** τ_int from the spectrum equals τ_int from the Poisson equation (no eigenvectors) to 1e-9. */
    @Property(seed = "20261127", tries = 120, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void spectralAndPoissonTauIntAgree(@ForAll("models") IsingModel model) {
        var law = EnumeratedLaw.of(model);
        var kernel = ExactKernels.build(KernelName.RANDOM_SCAN, model);
        var s = SymmetrizedKernel.of(kernel, law);
        var analysis = SpectralAnalysis.of(law, s, SOLVER, 1e-9);
        classify(analysis, law, KernelName.RANDOM_SCAN);
        var sqrtPi = law.sqrtProbabilities();
        // Eigenvalues carry an absolute error ~ε‖S‖, so any double-precision τ_int has a relative
        // error ~ε/γ: 1e-9 is asked for where γ ≥ 1e-6; below, the bound is stated as 1e-12/γ.
        double gap = analysis.spectrum().gap();
        Statistics.label("numerically reducible (γ < 1e-13): not compared").collect(gap < 1e-13);
        if (gap < 1e-13) {
            return;
        }
        Statistics.label("1e-9 applies (γ ≥ 1e-6)").collect(gap >= 1e-6);
        var tolerance = Tolerance.relative(Math.max(1e-9, 1e-12 / gap));
        for (int a = 0; a < law.parameterCount(); a++) {
            double spectral = analysis.tauIntTimesVariance(a);
            // docs/math.md's spectral form gives each cluster its mean eigenvalue; the Poisson solve is
            // exact. They differ by Σ_c Σ_{j∈c} f̂²_{a,j} |t(λ_j) − t(λ_c)|, t(λ) = (1+λ)/(2(1−λ)),
            // which is zero without merged clusters and ~δ_cl/γ_c with them.
            double clusterAveraging = 0;
            for (var cluster : analysis.spectrum().clusters().subList(1, analysis.spectrum().clusters().size())) {
                for (int j = cluster.first(); j < cluster.first() + cluster.size(); j++) {
                    double f = analysis.coefficient(a, j);
                    clusterAveraging += f * f * Math.abs(SpectralAnalysis.modeTime(analysis.spectrum().lambda(j))
                            - SpectralAnalysis.modeTime(cluster.lambda()));
                }
            }
            double poisson;
            try {
                poisson = PoissonEquation.tauIntTimesVariance(s.operator(), sqrtPi, law.observable(a));
            } catch (ArithmeticException refused) {
                // CG may refuse only where no double-precision τ_int has 1e-9 digits anyway.
                assertThat(gap).as("CG refused at gap %s: %s", gap, refused.getMessage()).isLessThan(1e-8);
                Statistics.label("Poisson refused (γ < 1e-8)").collect(true);
                continue;
            }
            assertThat(Math.abs(poisson - spectral))
                    .as("f_%d: spectral %s, Poisson %s", a, spectral, poisson)
                    .isLessThanOrEqualTo(tolerance.bound() * Math.abs(spectral) + 1.01 * clusterAveraging);
        }
        requireCoverage();
        Statistics.label("1e-9 applies (γ ≥ 1e-6)").coverage(c -> c.check(true).percentage(p -> p >= 75));
    }
}
