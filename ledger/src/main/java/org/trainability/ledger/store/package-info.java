/** Writing back: atomic file writes and the edit a promotion makes to an entry's file. */
package org.trainability.ledger.store;
