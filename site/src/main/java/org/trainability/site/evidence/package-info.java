/**
 * The evidence as the site reads it: the audit JSON ({@link org.trainability.site.evidence.AuditEvidence},
 * read with Jackson, shape fixed by the ledger module's {@code AuditJson}), the recorded snapshots
 * under {@code evidence/audits/}, what changed since the last one, and the gate's outlook on the
 * operational claims. Values are immutable; readers report bad input with the file and field.
 */
package org.trainability.site.evidence;
