/**
 * Estimators on sampled chains (docs/math.md §2 and §5): the integrated autocorrelation time
 * τ̂_int with Sokal's automatic window (the emcee algorithm, half-Sokal convention), the
 * effective sample size, the RESOLVED / UNRESOLVED verdict, the canonical burn-in + window
 * gradient estimator and the empirical operational SNR with its confidence interval.
 *
 * <p>Nothing here knows of the ledger; the checks turn these results into evidence.
 */
package org.trainability.engine.estimate;
