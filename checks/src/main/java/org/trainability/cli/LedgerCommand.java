package org.trainability.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./ledger}: the command line of the trainability ledger.
 *
 * <p>Exit status: 0 success (and, for {@code audit}, every claim supported); 1 the audit found a
 * claim above its evidence, or a promotion was refused; 2 bad input (a malformed ledger file, an
 * unknown id or option), with a message naming the file, line and field.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, version = "trainability ledger 0.1.0",
        description = "Audits the trainability theorem's ledger: every tag is supported by checks run in this build.",
        subcommands = {StatusCommand.class, AuditCommand.class, PromoteCommand.class, ShowCommand.class,
                AnalyzeCommand.class, SampleCommand.class, TauCommand.class,
                CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        var cli = new CommandLine(new LedgerCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new BadInputHandler());
        return cli.execute(args);
    }
}
