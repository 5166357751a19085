package io.muster.incident;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The incident-service's packages depend on each other in one direction only, so each feature can be
 * read knowing only the packages below it. At the bottom, the plumbing every feature shares (the HTTP
 * edge, storage, scheduling, Kafka, the outbox) knows no feature; {@code facts} is what every feature
 * reads of an incident, so that none needs the {@code lifecycle} that declares and closes it.
 */
class ModularityTests {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.muster.incident");

    private static final String[] PLUMBING = {
        "io.muster.incident.web..",
        "io.muster.incident.storage..",
        "io.muster.incident.scheduling..",
        "io.muster.incident.kafka..",
        "io.muster.incident.outbox..",
        "io.muster.incident.metrics.."
    };

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching("io.muster.incident.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void thePlumbingKnowsNoFeature() {
        classes()
                .that()
                .resideInAnyPackage(PLUMBING)
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage(PLUMBING).or(resideOutsideOfPackage("io.muster.incident..")))
                .check(MAIN_CLASSES);
    }
}
