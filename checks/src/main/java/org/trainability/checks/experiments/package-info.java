/**
 * Checks of the experiment ladder (exp4, exp7, exp8, exp12), registered in
 * {@link org.trainability.checks.experiments.ExperimentChecks}: exp12's tempering cut
 * ({@code TemperingCutCheck}, τ_max of random scan against reversible parallel tempering at equal
 * cost) and exp4's τ ∝ L diagnostic ({@code TauGrowthCheck}), both judging τ_max through
 * {@code SlowestObservable}; and the scaffold that {@code ./ledger.sh new-experiment} writes new
 * ones from.
 */
package org.trainability.checks.experiments;
