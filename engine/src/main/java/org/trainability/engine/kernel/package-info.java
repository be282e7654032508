/**
 * The kernels of docs/math.md §3 as exact dense operators on the enumerated states
 * ({@link org.trainability.engine.kernel.ExactKernels}), their names shared with the sampler
 * ({@link org.trainability.engine.kernel.KernelName}), and the measured detailed-balance residual
 * ({@link org.trainability.engine.kernel.DetailedBalance}).
 */
package org.trainability.engine.kernel;
