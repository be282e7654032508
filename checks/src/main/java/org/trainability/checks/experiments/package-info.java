/**
 * Checks of the experiment ladder, registered in
 * {@link org.trainability.checks.experiments.ExperimentChecks}: exp4's τ ∝ L diagnostic
 * ({@code TauGrowthCheck}), exp7's sweet-spot grid ({@code SweetSpotGridCheck}, A2 and A6 over 64
 * denoising layers), exp8's HTDML objective ({@code HtdmlObjectiveCheck}, the gradient of log Q⊥ in
 * J, ascent, and the open edge of O5.c) and exp12's tempering cut ({@code TemperingCutCheck}, τ_max
 * of random scan against reversible parallel tempering at equal cost); and the scaffold that
 * {@code ./ledger.sh new-experiment} writes new ones from.
 */
package org.trainability.checks.experiments;
