package org.trainability.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The restricted Boltzmann machine of docs/math.md §1: {@code E(v,h) = -vᵀWh - bᵀv - cᵀh} on visible
 * {@code v ∈ {-1,1}^n} and hidden {@code h ∈ {-1,1}^m}, law ∝ {@code exp(-β E)}.
 *
 * <p>The engine works on the v-marginal
 * {@code π(v) ∝ exp(β bᵀv) Π_j 2cosh(β(c_j + (Wᵀv)_j))} with the Rao–Blackwellised observables
 * {@code E[-v_i h_j | v] = -v_i tanh(β(c_j + (Wᵀv)_j))}, {@code -v_i},
 * {@code E[-h_j | v] = -tanh(β(c_j + (Wᵀv)_j))}. Parameter order: the weights W_ij row-major
 * (i over visible, j over hidden), then — when {@code trainFields} — b_i, then c_j.
 *
 * <p>Construction refuses wrong sizes, non-finite numbers and β &lt; 0, naming the field
 * ({@code weights}, {@code visibleFields}, {@code hiddenFields}). Arrays are copied in and out.
 * Immutable, thread-safe.
 *
 * @param visible n ≥ 1
 * @param hidden m ≥ 1
 * @param weights W, n×m
 * @param visibleFields b, length n
 * @param hiddenFields c, length m
 * @param beta inverse temperature β ≥ 0
 * @param trainFields whether b and c are trained parameters
 */
public record RbmModel(int visible, int hidden, double[][] weights, double[] visibleFields,
        double[] hiddenFields, double beta, boolean trainFields) implements Model {

    public RbmModel {
        ModelValidation.positiveCount("visible", visible);
        ModelValidation.positiveCount("hidden", hidden);
        weights = ModelValidation.matrix("weights", weights, visible, hidden);
        visibleFields = ModelValidation.vector("visibleFields", visibleFields, visible);
        hiddenFields = ModelValidation.vector("hiddenFields", hiddenFields, hidden);
        ModelValidation.beta(beta);
    }

    @Override
    public double[][] weights() {
        return ModelValidation.copy(weights);
    }

    @Override
    public double[] visibleFields() {
        return visibleFields.clone();
    }

    @Override
    public double[] hiddenFields() {
        return hiddenFields.clone();
    }

    /** {@code W_ij}. */
    public double weight(int i, int j) {
        return weights[i][j];
    }

    /** {@code b_i}. */
    public double visibleField(int i) {
        return visibleFields[i];
    }

    /** {@code c_j}. */
    public double hiddenField(int j) {
        return hiddenFields[j];
    }

    @Override
    public int parameterCount() {
        return visible * hidden + (trainFields ? visible + hidden : 0);
    }

    @Override
    public List<String> parameterNames() {
        var names = new ArrayList<String>(parameterCount());
        for (int i = 0; i < visible; i++) {
            for (int j = 0; j < hidden; j++) {
                names.add("W[" + i + "," + j + "]");
            }
        }
        if (trainFields) {
            for (int i = 0; i < visible; i++) {
                names.add("b[" + i + "]");
            }
            for (int j = 0; j < hidden; j++) {
                names.add("c[" + j + "]");
            }
        }
        return Collections.unmodifiableList(names);
    }

    @Override
    public int enumeratedUnits() {
        return visible;
    }

    /**
     * The hidden unit's input {@code c_j + (Wᵀv)_j} (before β).
     *
     * @param v visible spins. Not modified.
     */
    public double hiddenInput(int[] v, int j) {
        double a = hiddenFields[j];
        for (int i = 0; i < visible; i++) {
            a += weights[i][j] * v[i];
        }
        return a;
    }

    /**
     * The visible unit's input {@code b_i + (W h)_i} (before β).
     *
     * @param h hidden spins. Not modified.
     */
    public double visibleInput(int[] h, int i) {
        double a = visibleFields[i];
        var row = weights[i];
        for (int j = 0; j < hidden; j++) {
            a += row[j] * h[j];
        }
        return a;
    }

    /** The unnormalised log v-marginal {@code β bᵀv + Σ_j log 2cosh(β(c_j + (Wᵀv)_j))}, overflow-free. */
    @Override
    public double logWeight(int[] v) {
        double lw = 0;
        for (int i = 0; i < visible; i++) {
            lw += beta * visibleFields[i] * v[i];
        }
        for (int j = 0; j < hidden; j++) {
            lw += logTwoCosh(beta * hiddenInput(v, j));
        }
        return lw;
    }

    /** {@code log(2 cosh z)} without overflow: {@code |z| + log1p(exp(-2|z|))}. */
    public static double logTwoCosh(double z) {
        double a = Math.abs(z);
        return a + Math.log1p(Math.exp(-2 * a));
    }

    /** The Rao–Blackwellised observables of visible state v, in parameter order. */
    @Override
    public void observables(int[] v, double[] out) {
        var t = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            t[j] = Math.tanh(beta * hiddenInput(v, j));
        }
        int a = 0;
        for (int i = 0; i < visible; i++) {
            for (int j = 0; j < hidden; j++) {
                out[a++] = -v[i] * t[j];
            }
        }
        if (trainFields) {
            for (int i = 0; i < visible; i++) {
                out[a++] = -v[i];
            }
            for (int j = 0; j < hidden; j++) {
                out[a++] = -t[j];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RbmModel m && visible == m.visible && hidden == m.hidden
                && Double.compare(beta, m.beta) == 0 && trainFields == m.trainFields
                && Arrays.deepEquals(weights, m.weights) && Arrays.equals(visibleFields, m.visibleFields)
                && Arrays.equals(hiddenFields, m.hiddenFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visible, hidden, beta, trainFields, Arrays.deepHashCode(weights),
                Arrays.hashCode(visibleFields), Arrays.hashCode(hiddenFields));
    }

    @Override
    public String toString() {
        return "RbmModel[visible=" + visible + ", hidden=" + hidden + ", beta=" + beta
                + ", trainFields=" + trainFields + "]";
    }
}
