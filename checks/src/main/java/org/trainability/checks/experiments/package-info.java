/**
 * Checks of the experiment ladder, registered in
 * {@link org.trainability.checks.experiments.ExperimentChecks}: exp1's exact grid ({@code Exp1Grid}),
 * exp2's RBM smoke test ({@code RbmSmokeExperiment}), exp4's τ ∝ L diagnostic
 * ({@code TauGrowth}), exp7's sweet-spot grid ({@code SweetSpotGrid}, A2 and A6 over 64
 * denoising layers), exp8's differentiable objective ({@code DifferentiableObjective}: the
 * gradient of log Q⊥ in J, {@code GradientAgreement}; ascent, {@code GradientAscent}; and the open
 * edge of O5.c, {@code MembershipBoundary}) and exp12's tempering cut ({@code TemperingCut}, τ_max
 * of random scan against reversible parallel tempering at equal cost); and the scaffold that
 * {@code ./ledger.sh new-experiment} writes new ones from.
 */
package org.trainability.checks.experiments;
