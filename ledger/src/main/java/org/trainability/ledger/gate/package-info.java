/**
 * The gate: check results in ({@link org.trainability.ledger.gate.CheckResult}), supported tags
 * out ({@link org.trainability.ledger.gate.Support}). The supported tag is derived, never set.
 */
package org.trainability.ledger.gate;
