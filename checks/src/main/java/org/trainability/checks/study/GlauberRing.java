package org.trainability.checks.study;

import org.trainability.engine.model.IsingModel;

/**
 * The Ising ring of Glauber (1963) under random-scan heat bath: N ≥ 3 spins on a cycle, coupling J
 * between neighbours, no field, fields trained (so the magnetisation is a gradient direction).
 *
 * <p>Why it is the reference model for τ ∝ L: with {@code s = x_{i−1} + x_{i+1} ∈ {−2, 0, 2}} the
 * heat-bath mean {@code tanh(βJs)} equals {@code (γ/2)s} exactly, {@code γ = tanh 2βJ}; so one
 * random-scan step gives {@code E[M' | X] = λ M} with {@code λ = 1 − (1 − γ)/N} for the
 * magnetisation {@code M = Σ_i x_i} — M is an eigenfunction of the kernel, its stationary
 * autocorrelation is exactly λ^t and its integrated autocorrelation time (half-Sokal, docs/math.md §4)
 * is {@code (1 + λ)/(2(1 − λ))}, for any N: a model far beyond enumeration whose slowest relevant
 * time is known exactly (docs/math.md §7 lists the ring among the exact results). At low temperature
 * the magnetisation moves only as a few domain walls diffuse, so on windows shorter than that
 * time it wanders like a random walk — the scale-free motion that makes τ̂ a fixed fraction of L.
 *
 * @param size     N ≥ 3
 * @param coupling βJ (β = 1 is used, J = coupling)
 */
public record GlauberRing(int size, double coupling) {

    public GlauberRing {
        if (size < 3 || !(coupling >= 0) || !Double.isFinite(coupling)) {
            throw new IllegalArgumentException("a Glauber ring needs N >= 3 and a finite coupling >= 0, got "
                    + size + ", " + coupling);
        }
    }

    /** The model: couplings J on the edges (i, i+1 mod N), no field, β = 1, fields trained. */
    public IsingModel model() {
        var j = new double[size][size];
        for (int i = 0; i < size; i++) {
            int k = (i + 1) % size;
            j[i][k] = coupling;
            j[k][i] = coupling;
        }
        return new IsingModel(size, j, new double[size], 1.0, true);
    }

    /** λ = 1 − (1 − tanh 2βJ)/N: the eigenvalue of the magnetisation under one random-scan step. */
    public double magnetisationEigenvalue() {
        return 1 - (1 - Math.tanh(2 * coupling)) / size;
    }

    /** τ_int of the magnetisation, (1 + λ)/(2(1 − λ)), half-Sokal. */
    public double magnetisationTau() {
        double lambda = magnetisationEigenvalue();
        return (1 + lambda) / (2 * (1 - lambda));
    }

    /** Weights over the model's parameters that give the magnetisation per spin, (1/N) Σ x_i = −(1/N) Σ f_i. */
    public double[] magnetisationProbe() {
        var model = model();
        var w = new double[model.parameterCount()];
        int fields = model.parameterCount() - size;
        for (int i = 0; i < size; i++) {
            w[fields + i] = -1.0 / size;
        }
        return w;
    }

    /** Weights that give the bond energy per spin, −(1/N) Σ x_i x_{i+1} = (1/N) Σ f_{i,i+1}. */
    public double[] bondEnergyProbe() {
        var model = model();
        var w = new double[model.parameterCount()];
        for (int i = 0; i < size; i++) {
            int a = Math.min(i, (i + 1) % size);
            int b = Math.max(i, (i + 1) % size);
            w[pairIndex(a, b)] = 1.0 / size;
        }
        return w;
    }

    /** The parameter index of the pair (a, b), a &lt; b, in docs/math.md §1's lexicographic order. */
    public int pairIndex(int a, int b) {
        return a * size - a * (a + 1) / 2 + (b - a - 1);
    }
}
