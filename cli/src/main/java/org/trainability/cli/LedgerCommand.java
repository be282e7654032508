package org.trainability.cli;

import java.io.PrintWriter;
import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.CheckRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./ledger.sh}: the command line of the trainability ledger.
 *
 * <p>Exit status: 0 success (and, for {@code audit}, every claim supported); 1 the audit found a
 * claim above its evidence, or a promotion was refused; 2 bad input (a malformed ledger file, an
 * unknown id or option), with a message naming the file, line and field.
 */
@Command(name = "./ledger.sh", mixinStandardHelpOptions = true, version = "trainability ledger 0.1.0",
        description = "Audits the trainability theorem's ledger: every tag is supported by checks run in this build.",
        subcommands = {StatusCommand.class, AuditCommand.class, PromoteCommand.class, ShowCommand.class,
                AnalyzeCommand.class, NewExperimentCommand.class, SampleCommand.class, TauCommand.class, CalibrateCommand.class, CheckCommand.class,
                CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final List<? extends Check> checks;

    LedgerCommand(List<? extends Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks the audit runs. */
    List<? extends Check> checks() {
        return checks;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CheckRegistry.standard());
    }

    /** Runs the command line with the given checks instead of the registry's (for tests). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, List<? extends Check> checks) {
        var cli = new CommandLine(new LedgerCommand(checks));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new BadInputHandler());
        return cli.execute(args);
    }
}
