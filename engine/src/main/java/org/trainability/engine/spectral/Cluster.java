package org.trainability.engine.spectral;

/**
 * A cluster of the sorted spectrum (docs/math.md §4): a maximal run of eigenvalues whose neighbours
 * differ by at most δ_cl. Immutable.
 *
 * @param first index of its first (largest) eigenvalue in the descending spectrum
 * @param size the number of eigenvalues (the multiplicity)
 * @param lambda λ_c, the mean of its eigenvalues
 */
public record Cluster(int first, int size, double lambda) {

    public Cluster {
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("a cluster needs first >= 0 and size >= 1, got " + first + ", " + size);
        }
    }

    /** {@code γ_c = 1 - λ_c}. */
    public double gap() {
        return 1 - lambda;
    }

    /** Whether eigenvalue index j belongs to it. */
    public boolean contains(int j) {
        return j >= first && j < first + size;
    }
}
