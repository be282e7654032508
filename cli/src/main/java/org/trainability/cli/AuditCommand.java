package org.trainability.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.trainability.checks.evidence.EvidenceStore;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.audit.AuditSnapshots;
import org.trainability.ledger.audit.StatusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./ledger.sh audit}: runs the checks, gates every claim, prints the table and every claim that
 * stands above its evidence. Exit 0 when every claim is supported, 1 when not.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = {
        "Run every check (and its negative control) and the gate; print the status table and every claim "
                + "above its evidence.",
        "Exit status: 0 every claim supported, 1 some claim is not, 2 bad input."})
final class AuditCommand extends GatedCommand implements Callable<Integer> {

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the audit as JSON to FILE.")
    Path json;

    @Option(names = "--evidence-out", paramLabel = "DIR",
            description = "Keep this run's evidence: one sealed JSON record per check in DIR.")
    Path evidenceOut;

    @Option(names = "--record", description = "Keep this audit as the next snapshot in evidence/audits/, "
            + "chained to the previous one's digest.")
    boolean record;

    @Option(names = "--quiet", description = "Print only the verdict and the violations, not the table.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        var session = session();
        var report = session.report();
        var out = spec.commandLine().getOut();
        if (!quiet) {
            out.print(StatusTable.render(report));
            out.println();
        }
        session.notes().forEach(out::println);
        if (json != null) {
            AuditJson.write(report, json);
        }
        if (evidenceOut != null) {
            EvidenceStore.write(evidenceOut, session.records());
            out.println("evidence: " + session.records().size() + " records in " + evidenceOut);
        }
        if (record) {
            var snapshot = AuditSnapshots.record(root.root().resolve("evidence/audits"), report, Instant.now());
            out.println("recorded snapshot " + snapshot.sequence() + " in " + root.root().relativize(snapshot.file()));
        }
        out.println(report.explain());
        out.flush();
        return report.passes() ? 0 : 1;
    }
}
