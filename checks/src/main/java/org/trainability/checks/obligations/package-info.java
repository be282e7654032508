/**
 * Checks of the obligations O1–O4 ({@link org.trainability.checks.obligations.ObligationChecks}) and
 * what the assumption checks share with them: the study models and estimator settings
 * ({@link org.trainability.checks.study.StudyModels}), generated models for the property
 * containers ({@link org.trainability.checks.study.GeneratedModels}), brute-force references
 * that need neither eigenvectors nor reversibility ({@link org.trainability.checks.study.WindowMoments},
 * {@link org.trainability.checks.obligations.AutocovarianceSums},
 * {@link org.trainability.checks.obligations.PairedChains}), and the z-test of the sampler against
 * exact errors ({@link org.trainability.checks.obligations.SamplerAgreement}, α ≤ 1e-6 per setting).
 */
package org.trainability.checks.obligations;
