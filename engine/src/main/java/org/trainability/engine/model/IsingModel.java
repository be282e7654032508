package org.trainability.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.trainability.engine.RefusedInputException;

/**
 * The Ising model / fully visible Boltzmann machine of docs/math.md §1:
 * {@code E(x) = -Σ_{i<j} J_ij x_i x_j - Σ_i b_i x_i}, law {@code π(x) ∝ exp(-β E(x))} on
 * {@code x ∈ {-1,+1}^N}.
 *
 * <p>Parameters, in order: the couplings (i, j), i &lt; j, lexicographically, then — when
 * {@code trainFields} — the fields 0…N-1. Observables {@code f_ij(x) = -x_i x_j},
 * {@code f_i(x) = -x_i}.
 *
 * <p>Construction refuses (with {@link RefusedInputException}, naming the entry) a coupling matrix
 * that is not N×N, not symmetric (exactly), or has a non-zero diagonal; fields of the wrong length;
 * any non-finite number; β &lt; 0. Arrays are copied in and out. Immutable, thread-safe.
 *
 * @param n the number of spins N ≥ 1
 * @param couplings J, N×N, symmetric, zero diagonal
 * @param fields b, length N
 * @param beta inverse temperature β ≥ 0
 * @param trainFields whether the fields are trained parameters
 */
public record IsingModel(int n, double[][] couplings, double[] fields, double beta, boolean trainFields)
        implements Model {

    public IsingModel {
        ModelValidation.positiveCount("n", n);
        couplings = ModelValidation.matrix("couplings", couplings, n, n);
        fields = ModelValidation.vector("fields", fields, n);
        ModelValidation.beta(beta);
        for (int i = 0; i < n; i++) {
            if (couplings[i][i] != 0) {
                throw new RefusedInputException("couplings[" + i + "][" + i + "] is " + couplings[i][i]
                        + "; the diagonal of J must be zero (a spin does not couple to itself)");
            }
            for (int j = i + 1; j < n; j++) {
                if (couplings[i][j] != couplings[j][i]) {
                    throw new RefusedInputException("couplings[" + i + "][" + j + "] is " + couplings[i][j]
                            + " but couplings[" + j + "][" + i + "] is " + couplings[j][i]
                            + "; J must be symmetric");
                }
            }
        }
    }

    /** A model with zero fields. */
    public static IsingModel withoutFields(double[][] couplings, double beta, boolean trainFields) {
        return new IsingModel(couplings.length, couplings, new double[couplings.length], beta, trainFields);
    }

    @Override
    public double[][] couplings() {
        return ModelValidation.copy(couplings);
    }

    @Override
    public double[] fields() {
        return fields.clone();
    }

    /** {@code J_ij}. */
    public double coupling(int i, int j) {
        return couplings[i][j];
    }

    /** {@code b_i}. */
    public double field(int i) {
        return fields[i];
    }

    /** The same couplings, β and trained set with other fields (e.g. a denoising layer's b + Γy). */
    public IsingModel withFields(double[] newFields) {
        return new IsingModel(n, couplings, newFields, beta, trainFields);
    }

    /** The number of coupling parameters N(N-1)/2. */
    public int couplingCount() {
        return n * (n - 1) / 2;
    }

    @Override
    public int parameterCount() {
        return couplingCount() + (trainFields ? n : 0);
    }

    @Override
    public List<String> parameterNames() {
        var names = new ArrayList<String>(parameterCount());
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                names.add("J[" + i + "," + j + "]");
            }
        }
        if (trainFields) {
            for (int i = 0; i < n; i++) {
                names.add("b[" + i + "]");
            }
        }
        return Collections.unmodifiableList(names);
    }

    @Override
    public int enumeratedUnits() {
        return n;
    }

    /**
     * The local field {@code h_i = Σ_j J_ij x_j + b_i}.
     *
     * @param x spins. Not modified.
     */
    public double localField(int[] x, int i) {
        double h = fields[i];
        var row = couplings[i];
        for (int j = 0; j < n; j++) {
            h += row[j] * x[j];
        }
        return h;
    }

    /**
     * The energy E(x).
     *
     * @param x spins. Not modified.
     */
    public double energy(int[] x) {
        double e = 0;
        for (int i = 0; i < n; i++) {
            var row = couplings[i];
            double s = 0;
            for (int j = i + 1; j < n; j++) {
                s += row[j] * x[j];
            }
            e -= x[i] * s + fields[i] * x[i];
        }
        return e;
    }

    @Override
    public double logWeight(int[] x) {
        return -beta * energy(x);
    }

    @Override
    public void observables(int[] x, double[] out) {
        int a = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[a++] = -x[i] * x[j];
            }
        }
        if (trainFields) {
            for (int i = 0; i < n; i++) {
                out[a++] = -x[i];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsingModel m && n == m.n && Double.compare(beta, m.beta) == 0
                && trainFields == m.trainFields && java.util.Arrays.deepEquals(couplings, m.couplings)
                && java.util.Arrays.equals(fields, m.fields);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(n, beta, trainFields, java.util.Arrays.deepHashCode(couplings),
                java.util.Arrays.hashCode(fields));
    }

    @Override
    public String toString() {
        return "IsingModel[n=" + n + ", beta=" + beta + ", trainFields=" + trainFields + "]";
    }
}
