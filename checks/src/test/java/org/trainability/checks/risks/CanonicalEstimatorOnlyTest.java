package org.trainability.checks.risks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trainability.engine.estimate.PersistentChains;

/**
 * R6's mitigation, enforced: the canonical estimator is the one every check uses — persistent
 * chains (PCD) appear only in the check that shows their tracking lag.
 */
class CanonicalEstimatorOnlyTest {

    private static JavaClasses mainClasses() {
        // The engine and the checks are two modules: import both folders.
        var engine = Path.of(PersistentChains.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        var checks = Path.of(org.trainability.checks.Check.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(java.util.List.of(engine, checks));
    }

    @Test
    void onlyTheTrackingLagCheckRunsPersistentChains() {
        noClasses().that().resideOutsideOfPackage("org.trainability.engine..")
                .and().doNotBelongToAnyOf(TrackingLag.class)
                .should().dependOnClassesThat().belongToAnyOf(PersistentChains.class)
                .because("every check uses the canonical estimator of docs/math.md §2; PCD sits outside the theorem (R6)")
                .check(mainClasses());
    }

    /** The negative control: the same rule without the exception does catch the one use there is. */
    @Test
    void theRuleCatchesTheUseThereIs() {
        var rule = noClasses().that().resideOutsideOfPackage("org.trainability.engine..")
                .should().dependOnClassesThat().belongToAnyOf(PersistentChains.class);
        assertThatThrownBy(() -> rule.check(mainClasses())).isInstanceOf(AssertionError.class)
                .hasMessageContaining(TrackingLag.class.getSimpleName());
    }
}
