package org.trainability.engine.spectral;

/**
 * A cluster in C*(O): its index, eigenvalue λ_c, multiplicity and total weight W_c. Immutable.
 *
 * @param cluster the cluster's index in {@link Spectrum#clusters()}
 * @param lambda λ_c
 * @param multiplicity the cluster's size
 * @param weight W_c = Σ_a W_{a,c}
 */
public record RelevantMode(int cluster, double lambda, int multiplicity, double weight) {
}
