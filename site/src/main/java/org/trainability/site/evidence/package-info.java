/**
 * The evidence as the site reads it: the audit JSON ({@link org.trainability.site.evidence.AuditEvidence},
 * shape fixed by the ledger module's {@code AuditJson}, read with the ledger's {@code JsonFields} and
 * its figures with the ledger's {@code FigureCodec}), the recorded snapshots under
 * {@code evidence/audits/}, what changed since the last one, and the gate's outlook on the
 * operational claims. Values are immutable; readers report bad input — a figure the codec refuses
 * included — with the file and field.
 */
package org.trainability.site.evidence;
