/**
 * The checks that join the engine to the ledger, the one registry that lists them, and what the
 * groups of checks share: the engine under test and the model faults of their negative controls,
 * and the figure shapes of docs/figures.md their measurements carry.
 */
package org.trainability.checks;
