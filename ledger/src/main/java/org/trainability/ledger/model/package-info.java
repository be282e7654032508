/**
 * The ledger's records: one sealed {@link org.trainability.ledger.model.Entry} type with a record
 * per kind (theorem tier, historical claim, assumption, obligation, finding, risk, experiment),
 * the {@link org.trainability.ledger.model.Tag} ladder, and the {@link
 * org.trainability.ledger.model.Ledger} that holds them. Depends on nothing else in the project.
 */
package org.trainability.ledger.model;
