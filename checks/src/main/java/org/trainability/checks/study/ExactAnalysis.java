package org.trainability.checks.study;

import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.EjmlEigensolver;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.spectral.Prediction;
import org.trainability.engine.spectral.RelevantMode;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;

/**
 * One law analysed exactly under one kernel, with the derived numbers the theorem checks compare
 * (docs/math.md §4): τ_max, the bulk share of T_O outside C*(O), the plateau time T^pl, the predictors
 * beside the exact stationary Q_op(K), the single-gap predictor anchored on the slowest
 * <em>relevant</em> cluster, and the overlap of the slowest mode with the observables.
 *
 * <p>The gradient is {@code g = E_data − E_π} with data moments {@code E_π[f_a] − 0.05}: every ratio
 * of two predictors (and of a predictor to Q_op) is independent of g, since each is proportional
 * to ‖g‖²; g only has to be non-zero. Fails with the engine's
 * {@link org.trainability.engine.RefusedInputException} when the kernel is not reversible for the
 * law. Immutable; thread-safe.
 */
public final class ExactAnalysis {

    /** The offset of the data moments from the model's: g_a = −0.05 for every a. */
    public static final double DATA_OFFSET = 0.05;
    /** ε of C*(O) (docs/math.md §4's default). */
    public static final double EPSILON = 1e-3;

    /** From this many states on, the native solver is used. */
    public static final int NATIVE_FROM = 1024;

    private final String label;
    private final KernelName kernel;
    private final StationaryLaw law;
    private final SpectralAnalysis spectral;
    private final double[] gradient;

    private ExactAnalysis(String label, KernelName kernel, StationaryLaw law, SpectralAnalysis spectral) {
        this.label = label;
        this.kernel = kernel;
        this.law = law;
        this.spectral = spectral;
        var data = law.expectations();
        for (int a = 0; a < data.length; a++) {
            data[a] -= DATA_OFFSET;
        }
        this.gradient = law.gradient(data);
    }

    /** Analyses {@code kernel} (already built) on {@code law}, with {@link #solverFor} its size. */
    public static ExactAnalysis of(String label, StationaryLaw law, DenseKernel kernel) {
        return new ExactAnalysis(label, kernel.name(), law, SpectralAnalysis.of(law, kernel,
                solverFor(law.stateCount()), Spectrum.DEFAULT_CLUSTER_WIDTH));
    }

    /**
     * The eigensolver of the theorem checks: EJML (pure Java, one thread, bitwise repeatable) below
     * {@value #NATIVE_FROM} states — the checks decompose thousands of small matrices, where OpenBLAS's
     * threads cost more than the work and contend with the audit's own threads — and the preferred
     * (native, a stated 2 threads) one from there up.
     */
    public static SymmetricEigensolver solverFor(int states) {
        return states < NATIVE_FROM ? new EjmlEigensolver() : SymmetricEigensolver.preferred();
    }

    /** Wraps an analysis already made. */
    public static ExactAnalysis of(String label, SpectralAnalysis spectral) {
        return new ExactAnalysis(label, spectral.kernel(), spectral.law(), spectral);
    }

    public String label() {
        return label;
    }

    public KernelName kernel() {
        return kernel;
    }

    public StationaryLaw law() {
        return law;
    }

    public SpectralAnalysis spectral() {
        return spectral;
    }

    public double[] gradient() {
        return gradient.clone();
    }

    /** The largest τ_int[f_a] over observables with non-zero variance. */
    public double tauMax() {
        double max = 0;
        for (double t : spectral.tauInt()) {
            if (t > max) {
                max = t;
            }
        }
        return max;
    }

    /** The predictors and the exact Q_op at window K, one chain, ε = {@link #EPSILON}. */
    public Prediction predict(long window) {
        return spectral.predict(gradient, window, 1, EPSILON);
    }

    /** {@code T_{C*} = Σ_{c∈C*} W_c (1+λ_c)/(2γ_c)}: the part of T_O the relevant clusters carry. */
    public double relevantTime(double epsilon) {
        double t = 0;
        for (RelevantMode m : spectral.relevantModes(epsilon)) {
            t += m.weight() * SpectralAnalysis.modeTime(m.lambda());
        }
        return t;
    }

    /** {@code T^pl = Σ_{c∈C*} W_c/γ_c}, the plateau form. */
    public double plateauTime(double epsilon) {
        double t = 0;
        for (RelevantMode m : spectral.relevantModes(epsilon)) {
            t += m.weight() / (1 - m.lambda());
        }
        return t;
    }

    /** {@code s_bulk = 1 − T_{C*}/T_O}: the share of T_O outside C*(O). */
    public double bulkShare(double epsilon) {
        return 1 - relevantTime(epsilon) / spectral.aggregateTime();
    }

    /**
     * The single-gap product anchored on the slowest cluster the gradient sees (the slowest cluster
     * of C*(O)): {@code γ_c K M/2 · ‖g‖²/W_c}, M = 1 — the "single relevant gap" of the research
     * page's clustered reason. NaN when C*(O) is empty.
     */
    public double singleRelevantGap(long window) {
        var modes = spectral.relevantModes(EPSILON);
        if (modes.isEmpty()) {
            return Double.NaN;
        }
        var slowest = modes.get(0);
        double g2 = 0;
        for (double x : gradient) {
            g2 += x * x;
        }
        return (1 - slowest.lambda()) * window / 2.0 * g2 / slowest.weight();
    }

    /** {@code Σ_a W_{a,c₂} / Σ_a Var_π[f_a]}: how much of the observables the slowest cluster carries. */
    public double slowModeShare() {
        int c2 = spectral.spectrum().secondCluster();
        return c2 < 0 ? 0 : spectral.clusterWeights().clusterTotal(c2) / law.totalVariance();
    }

    /** {@code max_a W_{a,c₂} / Var_π[f_a]}: exp2's Z2 overlap (observables with zero variance skipped). */
    public double slowModeOverlapMax() {
        int c2 = spectral.spectrum().secondCluster();
        var variances = law.variances();
        double max = 0;
        for (int a = 0; a < variances.length; a++) {
            if (c2 >= 0 && variances[a] > 0) {
                max = Math.max(max, spectral.clusterWeights().weight(a, c2) / variances[a]);
            }
        }
        return max;
    }
}
