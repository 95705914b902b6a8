package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.StandaloneService;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The index after the service stopped at the worst moment or lost its index folder: started twice over one data
 * folder, with the graph changed or the index damaged in between, trace must agree with the graph.
 */
@Tag("fault")
class IndexRecoveryIntegrationTests {

    /** A data folder populated once (a network person, a directory) and stopped cleanly; each test damages a copy. */
    private static Path populated;
    private static String populatedPersonId;

    private static final String ADMIN_PASSWORD = "recovery-admin-password";
    private static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";
    private static final int RECORDS = 3_000;

    @org.junit.jupiter.api.BeforeAll
    static void populateOnce() throws Exception {
        populated = freshDataDir();
        populatedPersonId = populate(populated);
    }

    @Test
    void aRenameCommittedToTheGraphButNeverAppliedToTheIndexIsCaughtUpAtTheNextStart() throws Exception {
        Path dataDir = freshDataDir();
        String personId;
        try (var first = start(dataDir)) {
            var admin = api(first);
            String youngPerson = youngPerson(admin);
            personId = admin.post("/api/young-people/" + youngPerson + "/people", """
                    {"givenName": "Marigold", "familyName": "Quennell", "birthYear": 1976, "relationship": "aunt",
                     "category": "FAMILY", "baseline": "LOST_TOUCH"}""").text("personId");
            assertThat(traceIds(admin, "Marigold", "Quennell")).contains(personId);
        }
        // The crash window: the rename and its outbox change commit, and the service dies before the index hears.
        try (var graph = EmbeddedNeo4j.start(dataDir, 0, 64L * 1024 * 1024);
             var driver = GraphDatabase.driver(graph.boltUri(), AuthTokens.basic(graph.username(), graph.password()));
             var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                        MATCH (p:Person {id: $id})
                        SET p.familyName = 'Pettigrew'
                        """, Map.of("id", personId)).consume();
                ChangeOutbox.peopleChangedIn(tx, List.of(personId));
            });
        }

        try (var second = start(dataDir)) {
            var admin = api(second);
            assertThat(traceIds(admin, "Marigold", "Pettigrew")).contains(personId);
            // Marigold alone still makes her a candidate for "Marigold Quennell": what must be gone is the old name.
            var stale = admin.post("/api/trace", """
                    {"givenName": "Marigold", "familyName": "Quennell", "limit": 20}""").json().path("candidates");
            assertThat(stale.valueStream().filter(c -> personId.equals(c.path("personId").asString()))
                    .map(c -> c.path("familyName").asString()))
                    .as("the index holds her new name only").containsOnly("Pettigrew");
        }
    }

    @Test
    void aDeletedIndexFolderIsRefilledWithEveryDirectoryRecordAndNetworkPerson() throws Exception {
        Path dataDir = copyOfPopulated();
        String personId = populatedPersonId;

        deleteRecursively(dataDir.resolve("tracing-index"));

        assertEverythingIsFound(dataDir, personId);
    }

    @Test
    void aTruncatedIndexFileIsReplacedAndEveryDirectoryRecordComesBack() throws Exception {
        Path dataDir = copyOfPopulated();
        String personId = populatedPersonId;

        try (Stream<Path> files = Files.list(dataDir.resolve("tracing-index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
        }

        assertEverythingIsFound(dataDir, personId);
    }

    @Test
    void anIndexWithFlippedBytesIsReplacedAndEveryDirectoryRecordComesBack() throws Exception {
        Path dataDir = copyOfPopulated();
        String personId = populatedPersonId;

        try (Stream<Path> files = Files.list(dataDir.resolve("tracing-index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cfs")
                    || f.getFileName().toString().endsWith(".doc")).toList()) {
                try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
                    long at = raf.length() / 2;
                    raf.seek(at);
                    int b = raf.read();
                    raf.seek(at);
                    raf.write(~b);
                }
            }
        }

        assertEverythingIsFound(dataDir, personId);
    }

    @Test
    void directoryRecordsHeldOnlyByAnOlderIndexAreCopiedIntoTheGraphBeforeAnyRefill() throws Exception {
        Path dataDir = copyOfPopulated();
        // An index from before the outbox: records only in Lucene, no applied-change number.
        try (var index = TracingIndex.open(dataDir.resolve("tracing-index"), NameTables.loadDefault())) {
            index.markApplied(-1);
            index.upsert(TraceRecord.directoryRecord("old-register", "OLD-1", "Wilhelmina", "Ashdown",
                    java.time.LocalDate.of(1961, 3, 14)));
        }

        try (var second = start(dataDir)) {
            var admin = api(second);
            assertThat(traceIds(admin, "Wilhelmina", "Ashdown")).contains("OLD-1");
        }
        deleteRecursively(dataDir.resolve("tracing-index"));
        try (var third = start(dataDir)) {
            assertThat(traceIds(api(third), "Wilhelmina", "Ashdown")).as("refilled from the graph").contains("OLD-1");
        }
    }

    /** A network person and a directory of {@value #RECORDS} records, then a clean stop. */
    private static String populate(Path dataDir) {
        try (var first = start(dataDir)) {
            var admin = api(first);
            String youngPerson = youngPerson(admin);
            String personId = admin.post("/api/young-people/" + youngPerson + "/people", """
                    {"givenName": "Evangeline", "familyName": "Thorncastle", "birthYear": 1969,
                     "relationship": "grandmother", "category": "FAMILY", "baseline": "LOST_TOUCH"}""")
                    .text("personId");
            var csv = new StringBuilder(HEADER);
            for (int i = 0; i < RECORDS; i++) {
                csv.append("C").append(i).append(",Ottoline,").append(surname(i)).append(",,1975-02-03,,F,Derby,\n");
            }
            var imported = admin.send("POST", "/api/directories/old-carers/records", csv.toString(), "text/csv");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().path("added").asLong()).isEqualTo(RECORDS);
            return personId;
        }
    }

    private static void assertEverythingIsFound(Path dataDir, String personId) {
        try (var second = start(dataDir)) {
            var admin = api(second);
            var index = second.getBean(TracingIndex.class);
            assertThat(index.count(TraceRecord.Kind.DIRECTORY_RECORD)).isEqualTo(RECORDS);
            assertThat(traceIds(admin, "Evangeline", "Thorncastle")).contains(personId);
            for (int i : new int[] {0, 1_234, RECORDS - 1}) {
                assertThat(traceIds(admin, "Ottoline", surname(i))).contains("C" + i);
            }
        }
    }

    /**
     * A surname of its own for record i, in letters: names are compared without their digits, so "Fairweather12"
     * and "Fairweather1234" would be the same name and every record would tie.
     */
    private static String surname(int i) {
        var letters = new StringBuilder("Fairweather");
        for (int n = i, digit = 0; digit < 3; digit++, n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private static List<String> traceIds(Api admin, String givenName, String familyName) {
        var response = admin.post("/api/trace", """
                {"givenName": "%s", "familyName": "%s", "limit": 20}""".formatted(givenName, familyName));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("candidates").valueStream()
                .map(c -> c.path("personId").isMissingNode() || c.path("personId").isNull()
                        ? c.path("recordId").asString() : c.path("personId").asString())
                .toList();
    }

    private static String youngPerson(Api admin) {
        var response = admin.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Testrecovery", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east"}""".formatted("LL-" + UUID.randomUUID()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return StandaloneService.start(ADMIN_PASSWORD, "lifelinks.data-dir=" + dataDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return StandaloneService.api(context, "admin", ADMIN_PASSWORD);
    }

    private static Path freshDataDir() throws Exception {
        return StandaloneService.freshDataDir("recovery");
    }

    /** A copy of the populated folder, owner-only as the service requires. */
    private static Path copyOfPopulated() throws Exception {
        Path copy = freshDataDir();
        try (Stream<Path> paths = Files.walk(populated)) {
            for (Path from : paths.toList()) {
                Path to = copy.resolve(populated.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
