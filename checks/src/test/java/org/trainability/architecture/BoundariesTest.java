package org.trainability.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of style.md habit 1, checked on the compiled classes of the ledger and checks
 * modules (both are on this module's classpath): the ledger knows no numerics and nothing of the
 * checks or the command line.
 */
class BoundariesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trainability");
    }

    @Test
    void theLedgerDependsOnNoEngineChecksOrCommandLine() {
        noClasses().that().resideInAPackage("org.trainability.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.trainability.engine..", "org.trainability.checks..", "org.trainability.cli..",
                        "org.trainability.site..")
                .check(classes);
    }
}
