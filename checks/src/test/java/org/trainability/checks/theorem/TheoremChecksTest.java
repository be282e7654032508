package org.trainability.checks.theorem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.ParameterValues;
import org.trainability.ledger.load.LedgerLoader;

/**
 * The group as the audit sees it, without running it (each check's own test runs it): unique ids,
 * links to entries the real ledger has, parameters the evidence can hold.
 */
class TheoremChecksTest {

    @Test
    void everyCheckLinksToRealEntriesAndDeclaresWritableParameters() throws Exception {
        var ledger = new LedgerLoader().load(Path.of("..").toAbsolutePath().normalize());
        var ids = new HashSet<String>();
        var checks = TheoremChecks.all(EngineUnderTest.real());
        assertThat(checks).extracting(c -> c.spec().id()).containsExactly("T-cond.plateau-assembly",
                "H-single.mis-anchoring");
        for (var check : checks) {
            var spec = check.spec();
            assertThat(ids.add(spec.id())).as("unique id %s", spec.id()).isTrue();
            for (var entry : spec.verifies()) {
                assertThat(ledger.contains(entry)).as("%s verifies %s", spec.id(), entry).isTrue();
            }
            assertThatCode(() -> ParameterValues.sanitize(spec.parameters())).as(spec.id()).doesNotThrowAnyException();
        }
    }
}
