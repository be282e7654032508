/**
 * The numerical engine: models, exact enumeration, kernels, the diagonalizer and every spectral
 * quantity of {@code docs/math.md}. It knows nothing of the ledger, the checks or the site;
 * the checks join the engine to the ledger.
 *
 * <p>{@link org.trainability.engine.RefusedInputException} is the one error the engine raises for
 * input it will not compute on; its message says what, where and what to do instead.
 */
package org.trainability.engine;
