package org.trainability.site.figures;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@code spectrum} plot: the eigenvalues λ_j in descending order against their index, with the
 * observable-relevant modes C*(O) marked, and optionally the weight W_c of each.
 *
 * <p>Immutable (arrays are copied in and out) and thread-safe.
 *
 * @param name    the figure's name
 * @param text    title and caption
 * @param lambdas the eigenvalues, descending. Not modified.
 * @param marked  true for eigenvalues in C*(O), one per eigenvalue. Not modified.
 * @param weights W_c per eigenvalue, or an empty array when the check gave none. Not modified.
 */
public record SpectrumPlot(String name, PlotText text, double[] lambdas, boolean[] marked, double[] weights)
        implements Figure {

    public SpectrumPlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (marked.length != lambdas.length) {
            throw new IllegalArgumentException(name + ": " + marked.length + " marks for " + lambdas.length
                    + " eigenvalues");
        }
        if (weights.length != 0 && weights.length != lambdas.length) {
            throw new IllegalArgumentException(name + ": " + weights.length + " weights for " + lambdas.length
                    + " eigenvalues");
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
        return o instanceof SpectrumPlot s && s.name.equals(name) && s.text.equals(text)
                && Arrays.equals(s.lambdas, lambdas) && Arrays.equals(s.marked, marked)
                && Arrays.equals(s.weights, weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, text, Arrays.hashCode(lambdas), Arrays.hashCode(marked), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "SpectrumPlot[" + name + ", " + lambdas.length + " eigenvalues, " + markedCount() + " in C*]";
    }
}
