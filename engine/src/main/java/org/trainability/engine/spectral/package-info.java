/**
 * The spectral quantities of docs/math.md §4 for reversible kernels: symmetrisation (refusing a
 * non-reversible kernel with its measured residual), the eigendecomposition, clusters and the
 * basis-independent cluster weights W_{a,c}, γ, τ_int in spectral and Poisson form, T_O, C*(O),
 * γ_eff, R_eff, the predictors Q⊥, Q⊥_C*, Q_single, the exact stationary Q_op(K) for M chains, and
 * the bias from a start law.
 *
 * <p>Entry point: {@link org.trainability.engine.spectral.SpectralAnalysis#of}. Values are records
 * ({@link org.trainability.engine.spectral.Spectrum},
 * {@link org.trainability.engine.spectral.ClusterWeights},
 * {@link org.trainability.engine.spectral.Prediction}); the Poisson solve
 * ({@link org.trainability.engine.spectral.PoissonEquation}) needs no eigenvectors.
 */
package org.trainability.engine.spectral;
