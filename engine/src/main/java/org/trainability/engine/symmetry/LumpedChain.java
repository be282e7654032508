package org.trainability.engine.symmetry;

import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.spectral.SymmetrizedKernel;

/**
 * A chain lumped onto spin-flip orbits: orbit o is {r_o, -r_o} with representative
 * {@code r_o = o} (the state whose top spin is +1, i.e. bit N-1 clear), the lumped kernel
 * {@code P̃(o, o') = P(r_o, r_o') + P(r_o, -r_o')} and the lumped stationary law
 * {@code π̃(o) = π(r_o) + π(-r_o)}. Immutable (arrays copied); thread-safe.
 *
 * @param kernel P̃ on the orbits, a dense kernel of the same name
 * @param stationary π̃
 * @param logStationary log π̃, formed in log space (finite where π̃ underflows)
 * @param residual the measured lumpability residual {@code max |P(x,o') - P(-x,o')|}
 */
public record LumpedChain(DenseKernel kernel, double[] stationary, double[] logStationary, double residual) {

    public LumpedChain {
        stationary = stationary.clone();
        logStationary = logStationary.clone();
    }

    @Override
    public double[] logStationary() {
        return logStationary.clone();
    }

    @Override
    public double[] stationary() {
        return stationary.clone();
    }

    /** The number of orbits. */
    public int orbitCount() {
        return stationary.length;
    }

    /**
     * The lumped chain's spectrum (descending), through its symmetrisation with π̃.
     *
     * @throws org.trainability.engine.spectral.NotReversibleException if P̃ is not reversible for π̃
     */
    public double[] spectrum(SymmetricEigensolver solver) {
        var s = SymmetrizedKernel.of(kernel, logStationary, SymmetrizedKernel.REVERSIBILITY);
        return solver.decompose(s.entries(), s.size()).values();
    }

    /** The kernel lumped. */
    public KernelName name() {
        return kernel.name();
    }
}
