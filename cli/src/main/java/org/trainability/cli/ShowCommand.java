package org.trainability.cli;

import java.util.concurrent.Callable;
import org.trainability.ledger.audit.StatusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./ledger.sh show ID}: one entry with its statement, tags, links, checks and history. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one entry with its links, checks and history.")
final class ShowCommand extends GatedCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--fresh", description = "Run the checks now instead of reading the last audit's evidence.")
    boolean fresh;


    @Parameters(paramLabel = "ID", description = "The entry id, such as A6 or O1.c.")
    String id;

    @Override
    public Integer call() throws Exception {
        var session = lookingSession(fresh);
        var report = session.report();
        session.notes().forEach(spec.commandLine().getOut()::println);
        var entry = report.ledger().find(id).orElseThrow(() -> new UserInputException(
                "unknown entry '" + id + "'; known ids: " + String.join(", ",
                        report.ledger().entries().stream().map(e -> e.id()).toList())));
        spec.commandLine().getOut().print(StatusTable.show(report, entry));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
