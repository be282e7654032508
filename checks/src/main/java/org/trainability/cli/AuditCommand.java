package org.trainability.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.audit.StatusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ledger audit}: runs the checks, gates every claim, prints the table and every claim that
 * stands above its evidence. Exit 0 when every claim is supported, 1 when not.
 */
@Command(name = "audit", description = {
        "Run the checks and the gate; print the status table and every claim above its evidence.",
        "Exit status: 0 every claim supported, 1 some claim is not, 2 bad input."})
final class AuditCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the audit as JSON to FILE.")
    Path json;

    @Option(names = "--quiet", description = "Print only the verdict and the violations, not the table.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var report = AuditSession.run(root.root(), AuditSession.registry());
        var out = spec.commandLine().getOut();
        if (!quiet) {
            out.print(StatusTable.render(report));
            out.println();
        }
        if (json != null) {
            AuditJson.write(report, json);
        }
        out.println(report.explain());
        out.flush();
        return report.passes() ? 0 : 1;
    }
}
