package dev.clvops.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module arrows of STYLE.md: feature modules talk only through platform-api, which stays plain Java. */
class ArchitectureTests {

    private static final List<String> FEATURE_MODULES = List.of("training", "monitoring", "reports", "ui");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // a reactor build puts platform-api's test-jar (TestDatabase: zonky, Flyway) on the classpath
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.clvops");

    @Test
    void featureModulesNeverImportEachOther() {
        for (String module : FEATURE_MODULES) {
            String[] others = FEATURE_MODULES.stream().filter(other -> !other.equals(module))
                    .map(other -> "dev.clvops." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.clvops." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(CLASSES);
        }
    }

    @Test
    void platformApiDependsOnNoOtherModuleAndNoSpring() {
        noClasses().that().resideInAPackage("dev.clvops.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clvops.training..", "dev.clvops.monitoring..",
                        "dev.clvops.reports..", "dev.clvops.ui..", "dev.clvops.deploy..", "org.springframework..")
                .check(CLASSES);
    }

    /** The platform-api test-jar's TestDatabase (zonky + Flyway) is on the classpath under verify, not in main. */
    @Test
    void platformApiUsesNoVendorSdk() {
        noClasses().that().resideInAPackage("dev.clvops.platform..")
                .and().resideOutsideOfPackage("dev.clvops.platform.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "io.zonky..",
                        "org.springframework.batch..", "org.flywaydb..", "com.zaxxer..")
                .check(CLASSES);
    }
}
