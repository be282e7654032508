package org.trainability.ledger.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A spectrum: the eigenvalues λ_j in descending order against their index, with the
 * observable-relevant modes C*(O) marked, and optionally the weight W_c of each.
 *
 * <p>Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param text    title and caption
 * @param lambdas the eigenvalues, descending. Not modified.
 * @param marked  true for eigenvalues in C*(O), one per eigenvalue. Not modified.
 * @param weights W_c per eigenvalue, or an empty array. Not modified.
 */
public record SpectrumPlot(PlotText text, double[] lambdas, boolean[] marked, double[] weights) implements Figure {

    public SpectrumPlot {
        Objects.requireNonNull(text, "text");
        if (marked.length != lambdas.length) {
            throw new IllegalArgumentException(marked.length + " marks for " + lambdas.length + " eigenvalues");
        }
        if (weights.length != 0 && weights.length != lambdas.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + lambdas.length + " eigenvalues");
        }
        lambdas = lambdas.clone();
        marked = marked.clone();
        weights = weights.clone();
    }

    @Override
    public double[] lambdas() {
        return lambdas.clone();
    }

    @Override
    public boolean[] marked() {
        return marked.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** How many eigenvalues are marked as in C*(O). */
    public int markedCount() {
        int n = 0;
        for (var m : marked) {
            n += m ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpectrumPlot s && s.text.equals(text) && Arrays.equals(s.lambdas, lambdas)
                && Arrays.equals(s.marked, marked) && Arrays.equals(s.weights, weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(lambdas), Arrays.hashCode(marked), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "SpectrumPlot[" + lambdas.length + " eigenvalues, " + markedCount() + " in C*]";
    }
}
