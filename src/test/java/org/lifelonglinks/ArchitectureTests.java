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

    /**
     * Ready for a cluster: one driver (Boot's, wrapped by system.ClusterReadyDriver) and one bookmark manager shared
     * by every session and executable query. No class makes a driver of its own or gives a session or query a
     * bookmark manager or bookmarks of its own (a read could then miss this instance's last write).
     */
    @Test
    void onlyTheClusterReadyDriverChoosesBookmarksAndNoClassMakesADriver() {
        noClasses().that().doNotHaveFullyQualifiedName("org.lifelonglinks.system.ClusterReadyDriver")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                "withBookmarkManager|withBookmarks|driver|executableQueryBookmarkManager"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe("the Neo4j driver",
                                                owner -> owner.getPackageName().startsWith("org.neo4j.driver"))))))
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

    /**
     * Safeguarding has one owner: only the safeguarding module reads safety decisions or the hidden flag, and no
     * module can fall back to "nobody is barred" by asking for an optional bean.
     */
    @Test
    void onlyTheSafeguardingModuleReadsTheHiddenFlag() {
        noClasses().that().resideOutsideOfPackages("org.lifelonglinks.safeguarding..", "org.lifelonglinks.network..")
                .should().callMethod(org.lifelonglinks.network.Connection.class, "hiddenFromYoungPerson")
                .orShould().callMethod(org.lifelonglinks.network.ConnectionDetails.class, "hiddenFromYoungPerson")
                .check(CLASSES);
    }

    @Test
    void noModuleAsksForAnOptionalCollaborator() {
        noClasses().should().dependOnClassesThat()
                .areAssignableTo(org.springframework.beans.factory.ObjectProvider.class)
                .check(CLASSES);
    }

    private static final java.util.regex.Pattern TEXT_BLOCK = java.util.regex.Pattern.compile("\"\"\"(.*?)\"\"\"",
            java.util.regex.Pattern.DOTALL);

    // Cypher names the property bare; a JSON body sent to the API (the demo's) quotes it.
    private static final java.util.regex.Pattern UNQUOTED_HIDDEN_FLAG = java.util.regex.Pattern.compile(
            "(?<!\")hiddenFromYoungPerson(?!\")");

    /**
     * Looks into every query (the Java text blocks) and every driver-record read outside the owner: none may mention
     * a safety decision, and only the network's own storage may map the hidden flag.
     */
    @Test
    void onlyTheSafeguardingModuleMentionsSafetyDecisionsOrTheHiddenFlagInCypher() throws java.io.IOException {
        var main = java.nio.file.Path.of("src/main/java/org/lifelonglinks");
        var owner = main.resolve("safeguarding");
        var storage = main.resolve("network/NetworkRepository.java");
        try (var files = java.nio.file.Files.walk(main)) {
            var offenders = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(owner))
                    .filter(f -> {
                        String source = read(f);
                        var queries = new StringBuilder();
                        var blocks = TEXT_BLOCK.matcher(source);
                        while (blocks.find()) {
                            queries.append(blocks.group(1));
                        }
                        boolean decisions = queries.indexOf("SafetyDecision") >= 0
                                || queries.indexOf("CURRENT_SAFETY") >= 0 || queries.indexOf("HAS_SAFETY_DECISION") >= 0;
                        boolean hiddenFlag = !f.equals(storage) && (UNQUOTED_HIDDEN_FLAG.matcher(queries).find()
                                || source.contains("get(\"hiddenFromYoungPerson\")"));
                        return decisions || hiddenFlag;
                    })
                    .map(main::relativize).map(Object::toString).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).as("files reading safety decisions or the hidden "
                    + "flag outside org.lifelonglinks.safeguarding").isEmpty();
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
