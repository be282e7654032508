package org.trainability.engine.symmetry;

import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.linalg.Tolerance;
import org.trainability.engine.model.SpinStates;
import org.trainability.engine.spectral.SymmetrizedKernel;

/**
 * Lumps a kernel on {-1,+1}^N onto the orbits {x, -x} of the spin flip, and forms the even sector
 * of its symmetrisation.
 *
 * <p><b>Lumping.</b> The lumped chain is Markov (strong lumpability) exactly when
 * {@code P(x, o') = P(-x, o')} for every state x and orbit o'. The residual
 * {@code max_{x,o'} |P(x,o') - P(-x,o')|} (entries of a stochastic matrix, so relative to its
 * ∞-norm 1) is measured; above the tolerance (default {@link #LUMPABILITY}) the lumping is refused
 * with {@link NotLumpableException}: a non-zero field b breaks the symmetry, for instance.
 *
 * <p><b>Even sector.</b> With the orthonormal even basis {@code e_o = (δ_{r_o} + δ_{-r_o})/√2},
 * the even block of S is {@code S_even(o,o') = ½ Σ_{x∈o, y∈o'} S(x,y)}; its spectrum is the part of
 * P's spectrum carried by flip-even functions, which O1.c says the lumped chain reproduces.
 *
 * <p>Stateless; thread-safe.
 */
public final class SpinFlipLumping {

    /** The default lumpability tolerance (rounding of transition probabilities is ~1e-16). */
    public static final Tolerance LUMPABILITY = Tolerance.absolute(1e-12);

    private SpinFlipLumping() {
    }

    /** {@code max_{x,o'} |P(x,o') - P(-x,o')|}. */
    public static double residual(DenseKernel kernel, int units) {
        int states = checkSize(kernel, units);
        int orbits = states / 2;
        double worst = 0;
        for (int x = 0; x < orbits; x++) {
            int xbar = SpinStates.flipAll(x, units);
            for (int o = 0; o < orbits; o++) {
                int obar = SpinStates.flipAll(o, units);
                double here = kernel.entry(x, o) + kernel.entry(x, obar);
                double there = kernel.entry(xbar, o) + kernel.entry(xbar, obar);
                worst = Math.max(worst, Math.abs(here - there));
            }
        }
        return worst;
    }

    /** Lumps with the default tolerance. */
    public static LumpedChain lump(DenseKernel kernel, EnumeratedLaw law) {
        return lump(kernel, law, LUMPABILITY);
    }

    /**
     * Lumps a kernel onto the spin-flip orbits.
     *
     * @throws NotLumpableException if the residual exceeds the tolerance
     */
    public static LumpedChain lump(DenseKernel kernel, EnumeratedLaw law, Tolerance tolerance) {
        int units = law.model().enumeratedUnits();
        int states = checkSize(kernel, units);
        double residual = residual(kernel, units);
        if (!tolerance.accepts(residual, 1.0)) {
            throw new NotLumpableException("kernel " + kernel.name() + " is not lumpable on the spin-flip orbits:"
                    + " max |P(x,o') − P(−x,o')| = " + String.format("%.3e", residual) + " (tolerance " + tolerance
                    + "); the law or the kernel is not flip-symmetric (a non-zero field, or a flip-odd start)",
                    residual);
        }
        int orbits = states / 2;
        var rows = new double[orbits][orbits];
        var stationary = new double[orbits];
        var logStationary = new double[orbits];
        for (int o = 0; o < orbits; o++) {
            int obar = SpinStates.flipAll(o, units);
            stationary[o] = law.probability(o) + law.probability(obar);
            double l1 = law.logProbability(o);
            double l2 = law.logProbability(obar);
            double top = Math.max(l1, l2);
            logStationary[o] = top + Math.log1p(Math.exp(Math.min(l1, l2) - top));
            for (int p = 0; p < orbits; p++) {
                rows[o][p] = kernel.entry(o, p) + kernel.entry(o, SpinStates.flipAll(p, units));
            }
        }
        return new LumpedChain(DenseKernel.of(kernel.name(), rows), stationary, logStationary, residual);
    }

    /**
     * The even block {@code S_even(o,o') = ½ Σ_{x∈o, y∈o'} S(x,y)} of a symmetrised kernel, row-major
     * over the orbits.
     */
    public static double[] evenSector(SymmetrizedKernel s, int units) {
        int states = s.size();
        if (states != SpinStates.stateCount(units)) {
            throw new IllegalArgumentException("the kernel has " + states + " states, not 2^" + units);
        }
        int orbits = states / 2;
        var even = new double[orbits * orbits];
        for (int o = 0; o < orbits; o++) {
            int obar = SpinStates.flipAll(o, units);
            for (int p = 0; p < orbits; p++) {
                int pbar = SpinStates.flipAll(p, units);
                even[o * orbits + p] = 0.5 * (s.entry(o, p) + s.entry(o, pbar) + s.entry(obar, p) + s.entry(obar, pbar));
            }
        }
        return even;
    }

    private static int checkSize(DenseKernel kernel, int units) {
        int states = SpinStates.stateCount(units);
        if (kernel.size() != states || units < 1) {
            throw new IllegalArgumentException("the kernel has " + kernel.size() + " states, not 2^" + units);
        }
        return states;
    }
}
