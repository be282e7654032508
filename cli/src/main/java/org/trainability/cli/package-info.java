/**
 * The command line ({@code ./ledger.sh}): the edge where the ledger, the checks and the engine
 * meet the user. Bad input becomes one message and exit status 2.
 */
package org.trainability.cli;
