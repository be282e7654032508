package org.trainability.checks.obligations;

import org.trainability.engine.exact.StationaryLaw;
import org.trainability.engine.kernel.DenseKernel;

/**
 * The asymptotic covariance {@code S_ab = Σ_{t∈ℤ} Cov_π(f_a(X_0), f_b(X_t))} of the gradient
 * observables (Younes 1999 §7's S(θ) in the normalisation of O4), summed directly from the
 * autocovariances of the stationary chain, lag by lag, with no eigendecomposition:
 * {@code C_ab(t) = Σ_x π(x) f̄_a(x) (P^t f̄_b)(x)}, {@code S_ab = C_ab(0) + Σ_{t≥1} (C_ab(t) + C_ba(t))}
 * (the negative lags of a stationary chain are the transposed positive ones, reversible or not).
 * Then {@code τ_int[f_a] Var_π[f_a] = S_aa / 2} (half-Sokal) and {@code T_O = ½ tr S}.
 *
 * <p>The sum stops at the first lag where every propagated observable has fallen below
 * {@code 1e-15} of the largest starting {@code L²(π)} norm among them (so an observable of zero
 * variance, whose rounding never decays, does not hold the sum up) (P contracts that norm, reversible or not) or
 * at {@code maxLags}; {@link #converged()} says which. Thread-safe (an immutable result).
 *
 * @param covariance S, one row per observable
 * @param lags       the number of positive lags summed
 * @param converged  whether the propagated observables decayed below the stopping threshold
 */
public record AutocovarianceSums(double[][] covariance, int lags, boolean converged) {

    /** The decay, relative to the start, at which the lag sum stops. */
    public static final double STOP = 1e-15;

    public AutocovarianceSums {
        var copy = new double[covariance.length][];
        for (int a = 0; a < copy.length; a++) {
            copy[a] = covariance[a].clone();
        }
        covariance = copy;
    }

    @Override
    public double[][] covariance() {
        var copy = new double[covariance.length][];
        for (int a = 0; a < copy.length; a++) {
            copy[a] = covariance[a].clone();
        }
        return copy;
    }

    /** {@code τ_int[f_a] Var_π[f_a] = S_aa / 2}. */
    public double tauIntTimesVariance(int a) {
        return covariance[a][a] / 2;
    }

    /** {@code ½ tr S}. */
    public double halfTrace() {
        double t = 0;
        for (int a = 0; a < covariance.length; a++) {
            t += covariance[a][a];
        }
        return t / 2;
    }

    /**
     * Sums the autocovariances of the law's observables under a kernel that leaves the law
     * stationary.
     *
     * @param kernel  the transition matrix
     * @param law     its stationary law and the observables
     * @param maxLags the most positive lags to sum
     */
    public static AutocovarianceSums of(DenseKernel kernel, StationaryLaw law, int maxLags) {
        int n = law.stateCount();
        int p = law.parameterCount();
        var pi = law.probabilities();
        var means = law.expectations();
        var centred = new double[p][];
        var propagated = new double[p][];
        var startNorm = new double[p];
        for (int a = 0; a < p; a++) {
            centred[a] = law.observable(a);
            for (int x = 0; x < n; x++) {
                centred[a][x] -= means[a];
            }
            propagated[a] = centred[a].clone();
            startNorm[a] = norm(pi, centred[a]);
        }
        double scale = 0;
        for (double v : startNorm) {
            scale = Math.max(scale, v);
        }
        var s = new double[p][p];
        addCovariances(s, pi, centred, propagated, false);
        int lag = 0;
        boolean converged = false;
        while (lag < maxLags) {
            lag++;
            boolean decayed = true;
            for (int a = 0; a < p; a++) {
                propagated[a] = kernel.applyToFunction(propagated[a]);
                if (norm(pi, propagated[a]) > STOP * scale) {
                    decayed = false;
                }
            }
            addCovariances(s, pi, centred, propagated, true);
            if (decayed) {
                converged = true;
                break;
            }
        }
        return new AutocovarianceSums(s, lag, converged);
    }

    /** Adds C_ab(t) (and, for t ≥ 1, C_ba(t)) to S. */
    private static void addCovariances(double[][] s, double[] pi, double[][] centred, double[][] propagated,
            boolean bothSigns) {
        int p = centred.length;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double c = 0;
                var fa = centred[a];
                var gb = propagated[b];
                for (int x = 0; x < pi.length; x++) {
                    c += pi[x] * fa[x] * gb[x];
                }
                s[a][b] += c;
                if (bothSigns) {
                    s[b][a] += c;
                }
            }
        }
    }

    private static double norm(double[] pi, double[] f) {
        double s = 0;
        for (int x = 0; x < pi.length; x++) {
            s += pi[x] * f[x] * f[x];
        }
        return Math.sqrt(s);
    }
}
