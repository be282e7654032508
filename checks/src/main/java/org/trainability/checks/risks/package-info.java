/**
 * Checks of the finding F4 and the risks R3–R6 ({@link org.trainability.checks.risks.RiskChecks}):
 * F4's positive/negative phase MSE ratio on RBMs with sampled hidden units and the closed form of
 * the sampled positive phase's error (a jqwik property container, run by the audit), R3's drift of
 * an empirical Q_op reference as its window grows, R5's τ ∝ L detection on a Glauber ring, and R6's
 * PCD tracking lag along a training path. Every check builds its kernels and samplers through
 * {@link org.trainability.checks.EngineUnderTest}, states its false-failure rate, and has a
 * negative control that must fail. R1 and R2 are checked with the exp1 grid and O5.c elsewhere.
 */
package org.trainability.checks.risks;
