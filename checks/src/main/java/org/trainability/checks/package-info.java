/** The checks that join the engine to the ledger, and the one registry that lists them. */
package org.trainability.checks;
