package org.trainability.engine.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The Gibbs law the single-site samplers target (docs/math.md §1):
 * {@code π(x) ∝ exp(-β E(x))}, {@code E(x) = -Σ_{i<j} J_ij x_i x_j - Σ_i b_i x_i}, with J held
 * sparsely, together with the observables of the trained parameters: {@code f_p = -x_i x_j} for
 * each listed pair p = (i, j) in the given order, followed by {@code f_i = -x_i} for every site
 * when the fields are trained.
 *
 * <p>A dense model lists every pair i &lt; j (docs/math.md's parameter order); a sparse one usually
 * lists its edges. Immutable (arrays are copied in and never handed out); thread-safe.
 */
public final class SpinLaw {

    final SparseCouplings couplings;
    final double[] fields;
    final double beta;
    final int[] pairFirst;
    final int[] pairSecond;
    final boolean trainFields;
    /** For site i, the parameters involving it: {@code incidentParameter[k]} and its other site. */
    final int[] incidentStart;
    final int[] incidentParameter;
    final int[] incidentOther;

    /**
     * @param couplings   J
     * @param fields      b, one per site. Not modified.
     * @param beta        β ≥ 0, finite
     * @param pairs       the pair parameters {i, j}, i ≠ j, in parameter order. Not modified.
     * @param trainFields whether the fields follow the pairs as parameters
     * @throws IllegalArgumentException for a wrong number of fields, non-finite values, a bad β or a
     *                                  pair out of range
     */
    public SpinLaw(SparseCouplings couplings, double[] fields, double beta, List<int[]> pairs, boolean trainFields) {
        int n = couplings.size();
        if (fields.length != n) {
            throw new IllegalArgumentException(fields.length + " fields for " + n + " sites; give one field per site");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(fields[i])) {
                throw new IllegalArgumentException("fields[" + i + "] is " + fields[i] + "; fields must be finite");
            }
        }
        if (!(beta >= 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta is " + beta + "; it must be finite and >= 0");
        }
        this.couplings = couplings;
        this.fields = fields.clone();
        this.beta = beta;
        this.trainFields = trainFields;
        int p = pairs.size();
        pairFirst = new int[p];
        pairSecond = new int[p];
        var count = new int[n + 1];
        for (int a = 0; a < p; a++) {
            int[] pr = pairs.get(a);
            if (pr.length != 2 || pr[0] < 0 || pr[0] >= n || pr[1] < 0 || pr[1] >= n || pr[0] == pr[1]) {
                throw new IllegalArgumentException("parameter " + a + " is the pair " + java.util.Arrays.toString(pr)
                        + "; a pair names two different sites in 0…" + (n - 1));
            }
            pairFirst[a] = pr[0];
            pairSecond[a] = pr[1];
            count[pr[0] + 1]++;
            count[pr[1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        incidentStart = count.clone();
        incidentParameter = new int[2 * p];
        incidentOther = new int[2 * p];
        var fill = java.util.Arrays.copyOf(count, n);
        for (int a = 0; a < p; a++) {
            int i = pairFirst[a];
            int j = pairSecond[a];
            incidentParameter[fill[i]] = a;
            incidentOther[fill[i]++] = j;
            incidentParameter[fill[j]] = a;
            incidentOther[fill[j]++] = i;
        }
    }

    /** Every pair i &lt; j in lexicographic order: the parameter list of a dense model. */
    public static List<int[]> allPairs(int n) {
        var out = new ArrayList<int[]>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    /** A dense model's law: all pairs, then the fields if trained. */
    public static SpinLaw dense(double[][] couplings, double[] fields, double beta, boolean trainFields) {
        return new SpinLaw(SparseCouplings.fromDense(couplings), fields, beta, allPairs(couplings.length), trainFields);
    }

    /** A sparse model's law whose pair parameters are its edges. */
    public static SpinLaw onEdges(SparseCouplings couplings, double[] fields, double beta, boolean trainFields) {
        return new SpinLaw(couplings, fields, beta, couplings.edges(), trainFields);
    }

    /** N. */
    public int size() {
        return couplings.size();
    }

    /** β. */
    public double beta() {
        return beta;
    }

    /** The coupling structure. */
    public SparseCouplings couplings() {
        return couplings;
    }

    /** b_i. */
    public double field(int i) {
        return fields[i];
    }

    /** The number of parameters: pairs, plus N when the fields are trained. */
    public int parameterCount() {
        return pairFirst.length + (trainFields ? size() : 0);
    }

    /** The number of pair parameters. */
    public int pairCount() {
        return pairFirst.length;
    }

    /** Whether the fields are trained parameters. */
    public boolean trainFields() {
        return trainFields;
    }

    /** E(x). @param x spins. Not modified. */
    public double energy(int[] x) {
        double e = 0;
        for (int i = 0; i < size(); i++) {
            e -= x[i] * (0.5 * couplings.couplingSum(x, i) + fields[i]);
        }
        return e;
    }

    /**
     * The observables f_a(x) in parameter order.
     *
     * @param x   spins. Not modified.
     * @param out receives {@link #parameterCount()} values
     */
    public void observables(int[] x, double[] out) {
        int p = pairFirst.length;
        for (int a = 0; a < p; a++) {
            out[a] = -x[pairFirst[a]] * x[pairSecond[a]];
        }
        if (trainFields) {
            for (int i = 0; i < size(); i++) {
                out[p + i] = -x[i];
            }
        }
    }
}
