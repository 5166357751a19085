package io.muster.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gateway's features form no package cycle: each top-level package of {@code io.muster.gateway} (with its
 * sub-packages) may depend on others only one way, so a feature can be read, tested and moved on its own.
 */
class ModularityTests {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.muster.gateway");

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("io.muster.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }
}
