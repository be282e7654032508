package org.trainability.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of the ledger, the checks, the command line or the site (style.md habit 1). */
class EngineBoundaryTest {

    /** This module's main classes, read from their folder (scanning the 90 MB native jars is slow). */
    private static com.tngtech.archunit.core.domain.JavaClasses mainClasses() {
        var folder = java.nio.file.Path.of(org.trainability.engine.RefusedInputException.class.getProtectionDomain()
                .getCodeSource().getLocation().getPath());
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(folder);
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.trainability.engine.spectral")).isTrue();
        return classes;
    }

    @Test
    void engineDependsOnNoOtherPartOfTheProject() {
        var classes = mainClasses();
        noClasses().that().resideInAPackage("org.trainability.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trainability.ledger..",
                        "org.trainability.checks..", "org.trainability.cli..", "org.trainability.site..")
                .because("the engine must stay usable and testable without the ledger (style.md habit 1)")
                .check(classes);
    }

    /** The negative control: the same kind of rule does catch a dependency that exists (cli → engine). */
    @Test
    void theRuleCatchesARealDependency() {
        var classes = mainClasses();
        var rule = noClasses().that().resideInAPackage("org.trainability.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.trainability.engine..");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class);
    }
}
