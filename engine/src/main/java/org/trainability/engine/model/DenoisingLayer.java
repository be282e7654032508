package org.trainability.engine.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.trainability.engine.RefusedInputException;

/**
 * A DTM-style denoising layer (docs/math.md §1): the conditional Ising law
 * {@code E(x | y) = E_θ(x) - Γ Σ_i x_i y_i} for a fixed noisy input y and forward-process
 * coupling Γ ≥ 0. Its law is that of {@link #conditional()} (the Ising model with fields
 * {@code b + Γ y}); its parameters and observables are those of the underlying energy
 * {@link #energy()} (Γ and y are not trained).
 *
 * <p>Construction refuses Γ &lt; 0 or non-finite, and an input of the wrong length or with an
 * entry other than ±1, naming the field ({@code gamma}, {@code input}). Immutable, thread-safe.
 *
 * @param energy the Ising energy E_θ
 * @param gamma Γ ≥ 0
 * @param input y ∈ {-1,+1}^N
 */
public record DenoisingLayer(IsingModel energy, double gamma, int[] input) implements Model {

    public DenoisingLayer {
        Objects.requireNonNull(energy, "energy");
        ModelValidation.finite("gamma", gamma);
        if (gamma < 0) {
            throw new RefusedInputException("gamma is " + gamma + "; the forward-process coupling must be >= 0");
        }
        input = ModelValidation.spins("input", input, energy.n());
    }

    /**
     * The forward-process coupling {@code Γ = ½ ln[(1 + e^{-λΔt}) / (1 - e^{-λΔt})] = artanh(e^{-λΔt})}
     * of a process that keeps each bit with probability {@code (1 + e^{-λΔt})/2} and otherwise
     * redraws it uniformly. Computed through {@code log1p} and {@code expm1} so small λΔt keeps its
     * digits.
     *
     * @throws RefusedInputException unless λ &gt; 0 and Δt &gt; 0 are finite
     */
    public static double couplingFromNoise(double lambda, double dt) {
        if (!(lambda > 0) || !(dt > 0) || !Double.isFinite(lambda) || !Double.isFinite(dt)) {
            throw new RefusedInputException("lambda = " + lambda + " and dt = " + dt
                    + " must both be finite and > 0 to give a forward-process coupling");
        }
        double q = Math.exp(-lambda * dt);
        return 0.5 * (Math.log1p(q) - Math.log(-Math.expm1(-lambda * dt)));
    }

    @Override
    public int[] input() {
        return input.clone();
    }

    /** The Ising model whose law this layer has: fields {@code b_i + Γ y_i}, same J, β and trained set. */
    public IsingModel conditional() {
        var b = energy.fields();
        for (int i = 0; i < b.length; i++) {
            b[i] += gamma * input[i];
        }
        return energy.withFields(b);
    }

    @Override
    public int parameterCount() {
        return energy.parameterCount();
    }

    @Override
    public List<String> parameterNames() {
        return energy.parameterNames();
    }

    @Override
    public double beta() {
        return energy.beta();
    }

    @Override
    public boolean trainFields() {
        return energy.trainFields();
    }

    @Override
    public int enumeratedUnits() {
        return energy.n();
    }

    @Override
    public double logWeight(int[] x) {
        double overlap = 0;
        for (int i = 0; i < input.length; i++) {
            overlap += x[i] * input[i];
        }
        return energy.logWeight(x) + energy.beta() * gamma * overlap;
    }

    @Override
    public void observables(int[] x, double[] out) {
        energy.observables(x, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenoisingLayer d && energy.equals(d.energy) && Double.compare(gamma, d.gamma) == 0
                && Arrays.equals(input, d.input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(energy, gamma, Arrays.hashCode(input));
    }

    @Override
    public String toString() {
        return "DenoisingLayer[" + energy + ", gamma=" + gamma + "]";
    }
}
