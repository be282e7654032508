/**
 * Exact enumeration of a model's law over its 2^N states (N ≤ 12, RBM: 2^n visible states), in
 * log space: {@code π}, {@code E_π[f]}, {@code Var_π[f]}, the gradient {@code g}
 * ({@link org.trainability.engine.exact.EnumeratedLaw}); and the
 * {@link org.trainability.engine.exact.DenseLimit} beyond which the engine refuses, pointing to the
 * matrix-free path or the sampler.
 */
package org.trainability.engine.exact;
