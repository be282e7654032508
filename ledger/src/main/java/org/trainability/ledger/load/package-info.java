/**
 * Reading the ledger's YAML files into records, with every problem reported by file, line and
 * field.
 */
package org.trainability.ledger.load;
