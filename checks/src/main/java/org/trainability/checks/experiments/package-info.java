/**
 * Checks of the experiment ladder (exp4, exp7, exp8, exp12), registered in
 * {@link org.trainability.checks.experiments.ExperimentChecks}: exp7's sweet-spot grid
 * ({@code SweetSpotGridCheck}, A2 and A6 over 64 denoising layers) and exp8's HTDML objective
 * ({@code HtdmlObjectiveCheck}, the gradient of log Q⊥ in J, ascent, and the open edge of O5.c);
 * and the scaffold that {@code ./ledger.sh new-experiment} writes new ones from.
 */
package org.trainability.checks.experiments;
