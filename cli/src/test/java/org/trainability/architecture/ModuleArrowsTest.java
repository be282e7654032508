package org.trainability.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of the README, checked on compiled classes: the arrows run one way,
 * {@code engine} and {@code ledger} at the bottom, {@code checks} joining them, the command line at
 * the edge (docs/style.md habit 1). Maven already refuses a missing dependency at compile time;
 * these rules also catch one added to a pom by mistake. The site module checks its own arrows
 * ({@code SiteArchitectureTest}).
 */
class ModuleArrowsTest {

    static JavaClasses classes;

    /**
     * Each module's main classes, read from where the build put them: a folder when the IDE or
     * {@code mvn test} runs, the module's jar in a reactor {@code mvn verify}. Only our modules are
     * read; scanning the 90 MB native jars would be slow.
     */
    @BeforeAll
    static void importModules() {
        var locations = Stream.of(org.trainability.engine.RefusedInputException.class,
                        org.trainability.ledger.model.Ledger.class, org.trainability.checks.Check.class,
                        org.trainability.cli.LedgerCommand.class)
                .map(ModuleArrowsTest::locationOf)
                .collect(Collectors.toSet());
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
        for (var module : List.of(org.trainability.engine.RefusedInputException.class,
                org.trainability.ledger.model.Ledger.class, org.trainability.checks.Check.class,
                org.trainability.cli.LedgerCommand.class)) {
            assertThat(classes.contain(module)).as("imported %s", module.getName()).isTrue();
        }
    }

    private static Location locationOf(Class<?> type) {
        try {
            var path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(path) ? Location.of(path) : Location.of(new JarFile(path.toFile()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the classes of " + type.getName(), e);
        }
    }

    @Test
    void theEngineDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.trainability.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trainability.ledger..",
                        "org.trainability.checks..", "org.trainability.cli..", "org.trainability.site..")
                .because("the engine is a library in its own right, usable without the ledger")
                .check(classes);
    }

    @Test
    void theLedgerDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.trainability.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trainability.engine..",
                        "org.trainability.checks..", "org.trainability.cli..", "org.trainability.site..")
                .because("the ledger knows records, tags, links and the gate, no numerics")
                .check(classes);
    }

    @Test
    void theChecksDependOnNeitherTheCommandLineNorTheSite() {
        noClasses().that().resideInAPackage("org.trainability.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trainability.cli..",
                        "org.trainability.site..")
                .check(classes);
    }

    /** The negative control: the same kind of rule does catch a dependency that exists (cli → engine). */
    @Test
    void theRulesCatchARealDependency() {
        var rule = noClasses().that().resideInAPackage("org.trainability.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.trainability.engine..");
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class);
    }
}
