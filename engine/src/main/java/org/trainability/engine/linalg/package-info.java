/**
 * Dense linear algebra the engine needs: one {@link org.trainability.engine.linalg.SymmetricEigensolver}
 * interface with a native LAPACK implementation (OpenBLAS {@code dsyevd}, via the bytedeco artifact)
 * and a pure-Java EJML fallback; {@link org.trainability.engine.linalg.Tolerance}, the type every
 * numerical comparison goes through.
 */
package org.trainability.engine.linalg;
