package org.trainability.checks.obligations;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.trainability.checks.CheckRunner;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.load.LedgerLoader;

/**
 * A child JVM for {@link PropertyChecksInParallelTest}: runs two property checks that collect jqwik
 * statistics on a 3-thread {@link CheckRunner}, twice, as the audit does in its own JVM. Exits 0
 * when every run supports, 1 otherwise (the details on stderr, which the test captures).
 */
public final class ParallelPropertyAudit {

    private ParallelPropertyAudit() {
    }

    public static void main(String[] args) throws Exception {
        var ledger = new LedgerLoader().load(Path.of(args[0]));
        var runner = new CheckRunner(ledger, "test", 3, Clock.systemUTC());
        int failures = 0;
        for (int round = 0; round < 2; round++) {
            for (var r : runner.run(List.of(ObligationChecks.plateauForm(), ObligationChecks.assemblyIdentity(),
                    ObligationChecks.lumpingStatement()))) {
                if (r.result().standing() != CheckResult.Standing.SUPPORTS) {
                    failures++;
                    System.err.println(r.result().id() + ": " + r.result().detail());
                }
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
