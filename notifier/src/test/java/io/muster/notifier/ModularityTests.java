package io.muster.notifier;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The notifier's packages depend on each other in one direction only, so each can be read (and
 * changed) knowing only the packages below it: the provider port ({@code channel}) under the ledger,
 * the outcomes and the engine ({@code delivery}); Kafka plumbing under every feature that consumes.
 */
class ModularityTests {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.muster.notifier");

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching("io.muster.notifier.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }
}
