package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.StandaloneService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Jobs outlive the process: two starts of the service over one data folder, with jobs left running in between
 * exactly as a kill leaves them (a stored RUNNING job, its upload on disk).
 */
class DurableJobsIntegrationTests {

    private static final String ADMIN_PASSWORD = "durable-jobs-admin-password";
    private static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";

    @Test
    void anInterruptedDirectoryImportIsResumedAndAnInterruptedCaseImportIsFailedWithAReason() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "test-data", "jobs-" + UUID.randomUUID()));
        String finishedJob;
        try (var first = start(dataDir)) {
            var admin = api(first);
            var started = admin.send("POST", "/api/directories/early/records?background=true",
                    HEADER + "E1,Araminta,Kettleworth,,1970-01-01,,F,York,\n", "text/csv");
            assertThat(started.status()).isEqualTo(202);
            finishedJob = started.text("jobId");
            assertThat(awaitEnd(admin, finishedJob).path("state").asString()).isEqualTo("DONE");
        }
        // What kill -9 leaves behind: jobs stored as running, one with its upload still in the data folder.
        String directoryJob = UUID.randomUUID().toString();
        String caseJob = UUID.randomUUID().toString();
        String abandonedJob = UUID.randomUUID().toString();
        String othersJob = UUID.randomUUID().toString();
        Path upload = dataDir.resolve("uploads").resolve("upload-interrupted.csv");
        Files.createDirectories(upload.getParent());
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            csv.append("K").append(i).append(",Bartholomew,").append(surname(i)).append(",,1965-04-04,,M,Bath,\n");
        }
        Files.writeString(upload, csv);
        try (var graph = EmbeddedNeo4j.start(dataDir, 0, 64L * 1024 * 1024);
             var driver = GraphDatabase.driver(graph.boltUri(), AuthTokens.basic(graph.username(), graph.password()))) {
            for (var job : List.of(
                    Map.<String, Object>of("id", directoryJob, "kind", "DIRECTORY_IMPORT", "upload",
                            upload.getFileName().toString(), "names", List.of("directory", "username"),
                            "values", List.of("resumed-register", "admin"), "ifInterrupted", ""),
                    Map.<String, Object>of("id", caseJob, "kind", "CASE_IMPORT", "upload", "gone.csv",
                            "names", List.of(), "values", List.of(),
                            "ifInterrupted", "either all of it or nothing was imported"))) {
                driver.executableQuery("""
                                CREATE (j:BackgroundJob {id: $job.id})
                                SET j.owner = 'admin', j.kind = $job.kind, j.state = 'RUNNING', j.phase = 'reading',
                                    j.done = 700, j.total = 1500, j.parameterNames = $job.names,
                                    j.parameterValues = $job.values, j.upload = $job.upload,
                                    j.ifInterrupted = $job.ifInterrupted, j.startedAt = $at
                                """)
                        .withParameters(Map.of("job", job, "at", ZonedDateTime.now(ZoneOffset.UTC)))
                        .execute();
            }
            // Two jobs of other instances sharing the graph: one stopped (its lease ran out), one still running.
            for (var job : List.of(Map.<String, Object>of("id", abandonedJob, "instance", "stopped-instance",
                            "lease", ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5)),
                    Map.<String, Object>of("id", othersJob, "instance", "live-instance",
                            "lease", ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)))) {
                driver.executableQuery("""
                                CREATE (j:BackgroundJob {id: $job.id})
                                SET j.owner = 'admin', j.kind = 'CASE_IMPORT', j.state = 'RUNNING', j.phase = 'writing',
                                    j.done = 40, j.total = 90, j.parameterNames = [], j.parameterValues = [],
                                    j.ifInterrupted = 'nothing was imported', j.startedAt = $at,
                                    j.instance = $job.instance, j.leaseUntil = $job.lease
                                """)
                        .withParameters(Map.of("job", job, "at", ZonedDateTime.now(ZoneOffset.UTC)))
                        .execute();
            }
        }

        try (var second = start(dataDir)) {
            var admin = api(second);
            var resumed = awaitEnd(admin, directoryJob);
            assertThat(resumed.path("state").asString()).as(resumed.toString()).isEqualTo("DONE");
            assertThat(resumed.path("result").path("added").asLong()).isEqualTo(1_500);
            var found = admin.post("/api/trace", """
                    {"givenName": "Bartholomew", "familyName": "%s"}""".formatted(surname(1_499)));
            assertThat(found.json().path("candidates").get(0).path("recordId").asString()).isEqualTo("K1499");
            assertThat(upload).as("the upload is removed once the job is done").doesNotExist();

            var failed = admin.get("/api/jobs/" + caseJob);
            assertThat(failed.status()).isEqualTo(200);
            assertThat(failed.json().path("state").asString()).isEqualTo("FAILED");
            assertThat(failed.json().path("problem").path("detail").asString())
                    .contains("restarted").contains("700 done of 1500").contains("either all of it or nothing");

            var abandoned = admin.get("/api/jobs/" + abandonedJob).json();
            assertThat(abandoned.path("state").asString()).isEqualTo("FAILED");
            assertThat(abandoned.path("problem").path("detail").asString())
                    .contains("The instance running this job (stopped-instance) stopped answering")
                    .contains("40 done of 90").contains("nothing was imported");
            var others = admin.get("/api/jobs/" + othersJob);
            assertThat(others.status()).as("another live instance's job is read from the graph").isEqualTo(200);
            assertThat(others.json().path("state").asString()).isEqualTo("RUNNING");
            assertThat(others.json().path("done").asLong()).isEqualTo(40);

            var before = admin.get("/api/jobs/" + finishedJob);
            assertThat(before.status()).as("a job finished before the restart is still answered").isEqualTo(200);
            assertThat(before.json().path("state").asString()).isEqualTo("DONE");
            assertThat(before.json().path("result").path("added").asLong()).isEqualTo(1);
        }
    }

    private static JsonNode awaitEnd(Api admin, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode job = admin.get("/api/jobs/" + jobId).json();
        while (job.path("state").asString().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = admin.get("/api/jobs/" + jobId).json();
        }
        return job;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return StandaloneService.start(ADMIN_PASSWORD, "lifelinks.data-dir=" + dataDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return StandaloneService.api(context, "admin", ADMIN_PASSWORD);
    }

    /**
     * A surname of its own for record i, in letters: names are compared without their digits, so "Inchcape0" and
     * "Inchcape1499" would be the same name and every record would tie.
     */
    private static String surname(int i) {
        var letters = new StringBuilder("Inchcape");
        for (int n = i, digit = 0; digit < 3; digit++, n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }
}
