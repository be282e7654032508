package org.trainability.engine.spectral;

import org.trainability.engine.linalg.SymmetricOperator;
import org.trainability.engine.linalg.Tolerance;

/**
 * The Poisson equation {@code (I - P) u = f̄} of a reversible kernel, solved without
 * eigenvectors, and the integrated autocorrelation time it gives (docs/math.md §4):
 * {@code τ_int[f] Var_π[f] = ⟨f̄, u⟩_π - ½ Var_π[f]}.
 *
 * <p>In symmetric form, with {@code w = D^{1/2} u} and {@code r = √π ∘ f̄} (so r ⊥ √π), the equation
 * is {@code (I - S) w = r}. I - S is singular along √π only; the deflated operator
 * {@code A = I - S + √π√πᵀ} is symmetric positive definite for an irreducible kernel (eigenvalues 1
 * and {@code 1 - λ_j}, j ≥ 2) and has the same solution on r ⊥ √π. It is solved by conjugate
 * gradients through {@code S·v} products alone — the matrix-free path of docs/math.md §6, and a
 * component a gradient computation can differentiate through (the adjoint of A is A).
 * Then {@code ⟨f̄, u⟩_π = r·w}.
 *
 * <p>Accuracy: CG is restarted on the true residual until it reaches the asked tolerance, or
 * stagnates at the rounding floor ~ε‖A‖‖w‖ (≈ ε/γ relative: a small-gap chain's limit).
 * Failure: {@link ArithmeticException} with the achieved residual otherwise (a near-reducible
 * chain). Stateless; thread-safe as far as
 * the operator is.
 */
public final class PoissonEquation {

    /** Relative residual {@code ‖Aw - r‖/‖r‖} the solve aims at by default. */
    public static final Tolerance DEFAULT_RESIDUAL = Tolerance.relative(1e-13);

    /**
     * How far above the rounding floor a stagnated residual may sit and still be accepted: the true
     * residual of a computed w cannot be formed more accurately than ~ε‖A‖‖w‖ (‖A‖ ≤ 3 here), which
     * on a chain with a small gap γ is ~ε/γ relative to ‖r‖ — above any fixed aim once γ is small.
     */
    static final double FLOOR_FACTOR = 64 * 3 * Math.ulp(1.0);

    private PoissonEquation() {
    }

    /**
     * Solves {@code (I - S + √π√πᵀ) w = r} by conjugate gradients.
     *
     * @param s the symmetrised kernel S, as an operator
     * @param sqrtPi √π. Not modified.
     * @param r the right-hand side (⊥ √π for the Poisson equation). Not modified.
     * @param residual the relative residual to reach
     * @param maxIterations the iteration budget
     */
    public static double[] solve(SymmetricOperator s, double[] sqrtPi, double[] r, Tolerance residual,
            int maxIterations) {
        int n = s.size();
        var w = new double[n];
        double target = Math.sqrt(dot(r, r));
        if (target == 0) {
            return w;
        }
        // CG, restarted on the true residual: the recursive residual drifts from the true one on
        // ill-conditioned (small-gap) chains, and a restart recovers the digits it lost.
        var trueResidual = r.clone();
        var aw = new double[n];
        int budget = maxIterations;
        double previous = target;
        for (int round = 0; round < 8 && budget > 0; round++) {
            // In exact arithmetic CG ends within n steps; beyond that it only drifts, so restart.
            budget -= conjugateGradients(s, sqrtPi, trueResidual, w, residual, target, Math.min(budget, n + 50));
            deflated(s, sqrtPi, w, aw);
            for (int i = 0; i < n; i++) {
                trueResidual[i] = r[i] - aw[i];
            }
            double now = Math.sqrt(dot(trueResidual, trueResidual));
            if (residual.accepts(now, target)) {
                return w;
            }
            if (now > 0.5 * previous && now <= FLOOR_FACTOR * Math.sqrt(dot(w, w))) {
                return w;
            }
            previous = now;
        }
        throw new ArithmeticException("conjugate gradients on the Poisson equation stopped after " + maxIterations
                + " iterations at relative residual "
                + String.format("%.3e", Math.sqrt(dot(trueResidual, trueResidual)) / target)
                + " (wanted " + residual + "); the chain is close to reducible");
    }

    /** Adds to w the CG solution of A d = b; returns the iterations used. */
    private static int conjugateGradients(SymmetricOperator s, double[] sqrtPi, double[] b, double[] w,
            Tolerance residual, double target, int maxIterations) {
        int n = b.length;
        var res = b.clone();
        var p = res.clone();
        var ap = new double[n];
        double rr = dot(res, res);
        for (int it = 0; it < maxIterations; it++) {
            if (residual.accepts(Math.sqrt(rr), target)) {
                return it;
            }
            deflated(s, sqrtPi, p, ap);
            double alpha = rr / dot(p, ap);
            for (int i = 0; i < n; i++) {
                w[i] += alpha * p[i];
                res[i] -= alpha * ap[i];
            }
            double next = dot(res, res);
            double beta = next / rr;
            rr = next;
            for (int i = 0; i < n; i++) {
                p[i] = res[i] + beta * p[i];
            }
        }
        return maxIterations;
    }

    /**
     * {@code τ_int[f] · Var_π[f] = ⟨f̄, u⟩_π - ½ Var_π[f]} from the Poisson equation.
     *
     * @param s the symmetrised kernel
     * @param sqrtPi √π. Not modified.
     * @param f the observable over the states. Not modified.
     */
    public static double tauIntTimesVariance(SymmetricOperator s, double[] sqrtPi, double[] f) {
        int n = s.size();
        double mean = 0;
        for (int x = 0; x < n; x++) {
            mean += sqrtPi[x] * sqrtPi[x] * f[x];
        }
        var r = new double[n];
        double variance = 0;
        for (int x = 0; x < n; x++) {
            double c = f[x] - mean;
            r[x] = sqrtPi[x] * c;
            variance += r[x] * r[x];
        }
        var w = solve(s, sqrtPi, r, DEFAULT_RESIDUAL, 20 * n + 200);
        return dot(r, w) - 0.5 * variance;
    }

    /** {@code out = (I - S + √π√πᵀ) v}. */
    private static void deflated(SymmetricOperator s, double[] sqrtPi, double[] v, double[] out) {
        s.apply(v, out);
        double along = dot(sqrtPi, v);
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - out[i] + along * sqrtPi[i];
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
