/**
 * Evidence: one sealed JSON record per check run (result, parameters, seed, negative control,
 * duration, commit, statement fingerprint, SHA-256 digest), written atomically and refused on
 * reading when the seal is broken.
 */
package org.trainability.checks.evidence;
