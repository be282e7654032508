package org.trainability.engine.spectral;

/**
 * The cluster weights {@code W_{a,c} = ‖Π_c f_a‖²_π = Σ_{j∈c} f̂²_{a,j}} (docs/math.md §4): how much of
 * observable a's variance lives in cluster c. Sums of squared coefficients over a whole cluster are
 * the squared norm of the cluster projector's image, so they do not depend on the basis chosen
 * inside a degenerate eigenspace. Cluster 0 is the stationary mode and carries no variance.
 * Immutable (arrays copied); thread-safe.
 *
 * @param weights W_{a,c}: one row per parameter, one column per cluster
 */
public record ClusterWeights(double[][] weights) {

    public ClusterWeights {
        weights = copy(weights);
    }

    @Override
    public double[][] weights() {
        return copy(weights);
    }

    /** The number of parameters. */
    public int parameterCount() {
        return weights.length;
    }

    /** {@code W_{a,c}}. */
    public double weight(int a, int c) {
        return weights[a][c];
    }

    /** {@code W_c = Σ_a W_{a,c}}. */
    public double clusterTotal(int c) {
        double s = 0;
        for (var row : weights) {
            s += row[c];
        }
        return s;
    }

    /** Parseval's side: {@code Σ_{c≠1} W_{a,c}}, which must equal Var_π[f_a]. */
    public double variance(int a) {
        double s = 0;
        for (int c = 1; c < weights[a].length; c++) {
            s += weights[a][c];
        }
        return s;
    }

    private static double[][] copy(double[][] w) {
        var c = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }
}
