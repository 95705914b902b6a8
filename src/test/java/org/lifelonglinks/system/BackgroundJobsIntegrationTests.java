package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Long actions as background jobs over HTTP: the directory import, the case import and the tracing index rebuild
 * answer 202 with where to follow them, and the job ends DONE with the result or FAILED with the problem detail,
 * having written nothing. Only the user who started a job may read it.
 */
class BackgroundJobsIntegrationTests extends IntegrationTest {

    private static final String DIRECTORY_HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";
    private static final String CASE_HEADER = "young_person_id,young_person_given_name,young_person_family_name,"
            + "young_person_date_of_birth,area,referral_date,person_id,given_name,family_name,former_family_names,"
            + "known_as,date_of_birth,birth_year,sex,deceased,town,postcode,relationship,category,wish,source,baseline\n";

    @Test
    void aBackgroundDirectoryImportAnswers202AndEndsDoneWithTheResult() throws Exception {
        String directory = unique("carers");
        var csv = new StringBuilder(DIRECTORY_HEADER);
        for (int i = 0; i < 2_500; i++) {
            csv.append("R").append(i).append(",Alex,Testrecord").append(i).append(",,1980-01-01,,F,Leeds,\n");
        }
        csv.append("BAD,Alex,Testbad,,not-a-date,,F,Leeds,\n");

        var started = send("admin", ADMIN_PASSWORD, "POST", "/api/directories/" + directory
                + "/records?background=true", csv.toString());

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String jobId = json(started.body()).path("jobId").asString();
        assertThat(started.headers().firstValue("Location")).contains("/api/jobs/" + jobId);
        var job = awaitEnd(admin, jobId);
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("kind").asString()).isEqualTo("DIRECTORY_IMPORT");
        assertThat(job.path("done").asLong()).isEqualTo(2_501);
        assertThat(job.path("result").path("rowsRead").asLong()).isEqualTo(2_501);
        assertThat(job.path("result").path("added").asLong()).isEqualTo(2_500);
        assertThat(job.path("result").path("errors").get(0).path("line").asLong()).isEqualTo(2_502);
        assertThat(admin.get("/api/audit?action=DIRECTORY_IMPORTED&username=admin&limit=20").body()).contains(directory);
        assertThat(admin.delete("/api/directories/" + directory).status()).as("the records were written").isEqualTo(204);
    }

    @Test
    void anotherUsersJobIsNotFoundAndAnUnknownJobIsNotFound() {
        String directory = unique("school");
        var started = admin.send("POST", "/api/directories/" + directory + "/records?background=true",
                DIRECTORY_HEADER + "S1,Jo,Testschool,,,1990,,York,\n", "text/csv");
        String jobId = started.text("jobId");
        String otherAdmin = unique("admin");
        admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Other Admin", "roles": ["ADMIN"]}"""
                .formatted(otherAdmin, PASSWORD));

        var byOther = Api.at(port).as(otherAdmin, PASSWORD).get("/api/jobs/" + jobId);
        var byCoordinator = fixtures.user("COORDINATOR").get("/api/jobs/" + jobId);
        var unknown = admin.get("/api/jobs/" + UUID.randomUUID());

        assertThat(started.status()).isEqualTo(202);
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.text("type")).isEqualTo("/problems/not-found");
        assertThat(byCoordinator.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(awaitEnd(admin, jobId).path("state").asString()).isEqualTo("DONE");
    }

    @Test
    void aBadDirectoryFileInTheBackgroundEndsFailedWithTheProblemAndWritesNothing() {
        String directory = unique("broken");

        var started = admin.send("POST", "/api/directories/" + directory + "/records?background=true",
                "name,surname\nAlex,Testwrong\n", "text/csv");
        var job = awaitEnd(admin, started.text("jobId"));

        assertThat(job.path("state").asString()).isEqualTo("FAILED");
        assertThat(job.path("result").isNull()).isTrue();
        assertThat(job.path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(job.path("problem").path("type").asString()).isEqualTo("/problems/malformed-request");
        assertThat(job.path("problem").path("field").asString()).isEqualTo("header");
        assertThat(job.path("problem").path("detail").asString()).contains("The CSV header must be");
        assertThat(admin.delete("/api/directories/" + directory).status()).as("nothing written").isEqualTo(404);
    }

    @Test
    void aBackgroundCaseImportReportsEveryBadRowInADryRunAndRefusesTheWholeFileForReal() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = CASE_HEADER
                + "CASE-" + run + ",Robin,Testjob,2011-05-17,east,2026-01-10,P-" + run
                + ",Dana,Testmum,,,,1985,FEMALE,,,,mother,FAMILY,,CASE_FILE,OCCASIONAL\n"
                + "CASE-" + run + ",Robin,Testjob,2011-05-17,atlantis,2026-01-10,,,,,,,,,,,,,,,,\n";

        var dry = awaitEnd(admin, admin.send("POST", "/api/case-imports?background=true&dryRun=true", csv,
                "text/csv").text("jobId"));
        var real = awaitEnd(admin, admin.send("POST", "/api/case-imports?background=true", csv, "text/csv")
                .text("jobId"));

        assertThat(dry.path("state").asString()).isEqualTo("DONE");
        assertThat(dry.path("kind").asString()).isEqualTo("CASE_IMPORT_DRY_RUN");
        assertThat(dry.path("result").path("errorCount").asInt()).isEqualTo(1);
        assertThat(dry.path("result").path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(dry.path("result").path("errors").get(0).path("reason").asString()).contains("atlantis");
        assertThat(real.path("state").asString()).isEqualTo("FAILED");
        assertThat(real.path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(real.path("problem").path("detail").asString()).contains("1 rows cannot be imported", "line 3");
        assertThat(admin.get("/api/young-people").body()).as("nothing written").doesNotContain("CASE-" + run);

        String good = CASE_HEADER + "CASE-" + run + ",Robin,Testjob,2011-05-17,east,2026-01-10,,,,,,,,,,,,,,,,\n";
        var imported = awaitEnd(admin, admin.send("POST", "/api/case-imports?background=true", good, "text/csv")
                .text("jobId"));
        assertThat(imported.path("state").asString()).isEqualTo("DONE");
        assertThat(imported.path("result").path("youngPeople").path("created").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/young-people").body()).contains("CASE-" + run);
    }

    @Test
    void theTracingIndexIsRebuiltInTheBackgroundAndPeopleAreFoundAfterwards() {
        String youngPersonId = fixtures.youngPerson();
        String family = "Testrebuild" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        fixtures.person(youngPersonId, "Morgan", family);

        var started = admin.post("/api/tracing-index/rebuild", null);
        var job = awaitEnd(admin, started.text("jobId"));
        var refused = fixtures.user("COORDINATOR").post("/api/tracing-index/rebuild", null);

        assertThat(started.status()).isEqualTo(202);
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("result").path("indexed").asLong()).isPositive();
        assertThat(job.path("done").asLong()).isEqualTo(job.path("result").path("indexed").asLong());
        assertThat(refused.status()).isEqualTo(403);
        var found = admin.post("/api/trace", """
                {"givenName": "Morgan", "familyName": "%s"}""".formatted(family));
        assertThat(found.body()).contains(family);
        assertThat(admin.get("/api/audit?action=TRACING_INDEX_REBUILT&username=admin").json().size()).isPositive();
    }

    @Test
    void withoutBackgroundTheImportsAnswerAsBefore() {
        String directory = unique("plain");
        var answer = admin.send("POST", "/api/directories/" + directory + "/records",
                DIRECTORY_HEADER + "S1,Jo,Testplain,,,1990,,York,\n", "text/csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("rowsRead").asLong()).isEqualTo(1);
        assertThat(answer.json().has("jobId")).isFalse();
    }

    private static JsonNode awaitEnd(Api api, String jobId) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var response = api.get("/api/jobs/" + jobId);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            var job = response.json();
            if (!job.path("state").asString().equals("RUNNING") || Instant.now().isAfter(giveUp)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A raw request, for the headers the test client does not show (Location). */
    private HttpResponse<String> send(String username, String password, String method, String path, String csv)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .method(method, HttpRequest.BodyPublishers.ofString(csv))
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode json(String body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
    }
}
