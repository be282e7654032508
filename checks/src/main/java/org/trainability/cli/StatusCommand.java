package org.trainability.cli;

import java.util.concurrent.Callable;
import org.trainability.ledger.audit.StatusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code ledger status}: the table of every entry with its reported, claimed and supported tags. */
@Command(name = "status", description = "Print every entry: id, title, reported, claimed, supported, checks.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Mixin
    EvidenceOptions evidence;

    @picocli.CommandLine.ParentCommand
    LedgerCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var report = evidence.session(root.root(), parent.checks()).report();
        spec.commandLine().getOut().print(StatusTable.render(report));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
