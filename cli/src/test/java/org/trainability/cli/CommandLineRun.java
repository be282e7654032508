package org.trainability.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: its exit status and what it printed. */
record CommandLineRun(int exit, String out, String err) {

    /** A run with no checks at all: for commands on a test's own small ledger. */
    static CommandLineRun of(String... args) {
        return with(java.util.List.of(), args);
    }

    /** A run whose audit runs {@code checks} instead of the registry's. */
    static CommandLineRun with(java.util.List<? extends org.trainability.checks.Check> checks, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = LedgerCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), checks);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }
}
