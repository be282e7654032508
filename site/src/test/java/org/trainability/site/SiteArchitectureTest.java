package org.trainability.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The site reads the ledger and the evidence, never the engine, the checks or the command line.
 * The rule runs on the site's compiled classes; a negative control shows the same rule fails on a
 * dependency the site does have, so its silence means something.
 */
class SiteArchitectureTest {

    private static final JavaClasses SITE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trainability.site");

    private static ArchRule mustNotDependOn(String... packages) {
        return noClasses().that().resideInAPackage("org.trainability.site..")
                .should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    @Test
    void theSiteDependsOnNothingInTheEngineTheChecksOrTheCommandLine() {
        assertThat(SITE.size()).isGreaterThan(20);
        mustNotDependOn("org.trainability.engine..", "org.trainability.checks..", "org.trainability.cli..")
                .check(SITE);
    }

    @Test
    void theRuleCatchesADependencyWhenThereIsOne() {
        assertThatThrownBy(() -> mustNotDependOn("org.trainability.ledger..").check(SITE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.trainability.ledger");
    }
}
