package org.trainability.checks.theorem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainability.checks.CheckRunner;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.load.LedgerLoader;

/**
 * The audit runs checks on several threads; property checks that collect jqwik statistics once
 * failed there with "Cannot find store" (jqwik's state is JVM-wide). They must support on 3 threads.
 */
class PropertyChecksInParallelTest {

    @Test
    void propertyChecksWithStatisticsSupportWhenRunTogether() throws Exception {
        var ledger = new LedgerLoader().load(Path.of("..").toAbsolutePath().normalize());
        var runner = new CheckRunner(ledger, "test", 3, Clock.systemUTC());
        var records = runner.run(List.of(TheoremChecks.plateauForm(), TheoremChecks.assemblyIdentity()));
        for (var r : records) {
            assertThat(r.result().standing()).as(r.result().detail()).isEqualTo(CheckResult.Standing.SUPPORTS);
        }
    }
}
