/**
 * Checks of the assumptions A1–A8 ({@link org.trainability.checks.assumptions.AssumptionChecks}): one
 * numerical check per assumption on the study models of
 * {@link org.trainability.checks.study.StudyModels}, each with a known-bad input it must
 * reject (an overflowing or underflowed law, systematic scan, periodic chains, doubled observables,
 * no burn-in from a cold start, a window of 2 τ_int, ε = 0.5, signal extinction), and jqwik
 * property containers (run by the audit, not by surefire) over generated models for A1–A4.
 */
package org.trainability.checks.assumptions;
