/**
 * Samplers for the kernels of docs/math.md §3, fast enough for N in the thousands: a sparse (CSR)
 * coupling representation, per-chain state with local fields {@code h_i = Σ_j J_ij x_j + b_i}
 * kept up to date incrementally on every flip, single-site heat-bath and Metropolis kernels in
 * random, systematic and symmetric order, block Gibbs on a proper colouring (the two-colour
 * checkerboard of a grid), block Gibbs for RBMs and reversible parallel tempering.
 *
 * <p>Randomness is always a parameter: each chain runs on its own {@code split()} stream, split
 * in chain order on the calling thread, so the numbers never depend on how many threads run the
 * chains ({@link ParallelChains}).
 */
package org.trainability.engine.sample;
