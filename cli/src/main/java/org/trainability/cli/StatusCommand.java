package org.trainability.cli;

import java.util.concurrent.Callable;
import org.trainability.ledger.audit.StatusTable;
import picocli.CommandLine.Command;

/** {@code ./ledger.sh status}: the table of every entry with its reported, claimed and supported tags. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Print every entry: id, title, reported, claimed, supported, checks.")
final class StatusCommand extends GatedCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--fresh", description = "Run the checks now instead of reading the last audit's evidence.")
    boolean fresh;


    @Override
    public Integer call() throws Exception {
        var session = lookingSession(fresh);
        var report = session.report();
        session.notes().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().print(StatusTable.render(report));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
