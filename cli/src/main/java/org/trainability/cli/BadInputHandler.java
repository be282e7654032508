package org.trainability.cli;

import org.trainability.ledger.load.LedgerInputException;
import picocli.CommandLine;

/**
 * Turns bad input into one clear message and exit status 2, with no stack trace. Anything else is
 * a bug in this program, reported as such (exit 3).
 */
final class BadInputHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (ex instanceof LedgerInputException || ex instanceof UserInputException) {
            err.println(ex.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("internal error (please report): " + ex);
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != ex) {
                err.println("caused by: " + t);
            }
            for (var frame : t.getStackTrace()) {
                err.println("    at " + frame);
            }
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
