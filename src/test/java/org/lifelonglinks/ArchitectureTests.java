package org.lifelonglinks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layout honest: features do not depend on each other in circles, and technology stays in its module. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lifelonglinks");

    @Test
    void featureModulesHaveNoCycles() {
        slices().matching("org.lifelonglinks.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theNeo4jDriverIsUsedOnlyByRepositoriesAndSystem() {
        noClasses().that().resideOutsideOfPackage("org.lifelonglinks.system..")
                .and().areNotAnnotatedWith(org.springframework.stereotype.Repository.class)
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(CLASSES);
    }

    @Test
    void embeddedNeo4jStaysInSystem() {
        noClasses().that().resideOutsideOfPackage("org.lifelonglinks.system..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.graphdb..",
                        "org.neo4j.configuration..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void luceneStaysInTracing() {
        noClasses().that().resideOutsideOfPackage("org.lifelonglinks.tracing..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void jgraphtStaysInAnalysis() {
        noClasses().that().resideOutsideOfPackage("org.lifelonglinks.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
                .check(CLASSES);
    }
}
