package org.trainability.engine.spectral;

import java.util.ArrayList;
import java.util.List;

/**
 * The spectrum of a reversible kernel: eigenvalues in descending order ({@code λ_1 = 1}) and their
 * clusters.
 *
 * <p><b>Clusters.</b> Maximal runs of the sorted spectrum whose neighbours differ by at most δ_cl
 * (default {@link #DEFAULT_CLUSTER_WIDTH} = 1e-9), except that the stationary eigenvalue λ_1 is
 * always a cluster of its own: it is known exactly (eigenvector √π), and merging a slow λ_2 within
 * δ_cl of 1 into it would silently drop that mode from every variance; such a near-reducible chain
 * shows instead as a gap below δ_cl. Immutable (arrays copied); thread-safe.
 *
 * @param eigenvalues descending
 * @param clusters in order; cluster 0 is {λ_1}
 */
public record Spectrum(double[] eigenvalues, List<Cluster> clusters) {

    /** δ_cl of docs/math.md §4. */
    public static final double DEFAULT_CLUSTER_WIDTH = 1e-9;

    public Spectrum {
        eigenvalues = eigenvalues.clone();
        clusters = List.copyOf(clusters);
    }

    /**
     * Clusters a descending spectrum.
     *
     * @param eigenvalues descending. Not modified.
     * @param width δ_cl ≥ 0
     */
    public static Spectrum of(double[] eigenvalues, double width) {
        if (eigenvalues.length == 0) {
            throw new IllegalArgumentException("an empty spectrum");
        }
        var clusters = new ArrayList<Cluster>();
        clusters.add(new Cluster(0, 1, eigenvalues[0]));
        int start = 1;
        while (start < eigenvalues.length) {
            int end = start + 1;
            double sum = eigenvalues[start];
            while (end < eigenvalues.length && eigenvalues[end - 1] - eigenvalues[end] <= width) {
                sum += eigenvalues[end];
                end++;
            }
            clusters.add(new Cluster(start, end - start, sum / (end - start)));
            start = end;
        }
        return new Spectrum(eigenvalues, clusters);
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** The number of eigenvalues. */
    public int size() {
        return eigenvalues.length;
    }

    /** Eigenvalue j (0-based: j = 0 is λ_1). */
    public double lambda(int j) {
        return eigenvalues[j];
    }

    /** The spectral gap {@code γ = 1 - λ_2} (0 for a one-state space). */
    public double gap() {
        return eigenvalues.length < 2 ? 0 : 1 - eigenvalues[1];
    }

    /** The smallest eigenvalue (near -1 means near-periodic). */
    public double smallest() {
        return eigenvalues[eigenvalues.length - 1];
    }

    /** The largest k eigenvalues (fewer if there are fewer). */
    public double[] top(int k) {
        var t = new double[Math.min(k, eigenvalues.length)];
        System.arraycopy(eigenvalues, 0, t, 0, t.length);
        return t;
    }

    /** The index of the cluster holding λ_2 (c₂), or -1 for a one-state space. */
    public int secondCluster() {
        return clusters.size() > 1 ? 1 : -1;
    }
}
