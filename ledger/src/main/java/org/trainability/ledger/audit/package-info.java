/**
 * Audits: the gate's verdicts on a whole ledger as a report, a status table and JSON, and the
 * facts read from proof documents.
 */
package org.trainability.ledger.audit;
