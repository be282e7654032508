/**
 * Derivatives of the corrected predictor in the couplings: the gradient of {@code log Q⊥} with
 * respect to every coupling J_kl, through the Poisson form of T_O (no eigenvectors), for the
 * random-scan heat-bath kernel — the differentiable objective of the research program
 * (its "HTDML" property, exp8; docs/glossary.md).
 *
 * <p>Entry point: {@link org.trainability.engine.sensitivity.PredictorGradient#of}; the derivative of
 * the kernel itself is {@link org.trainability.engine.sensitivity.HeatBathDerivative}. The derivation
 * is written in {@code PredictorGradient}'s Javadoc and in {@code docs/engine.md}.
 */
package org.trainability.engine.sensitivity;
