package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

/** A long directory import never holds other writers up: it writes in batches and lets them in between. */
class DirectoryImportConcurrencyIntegrationTests extends IntegrationTest {

    private static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";

    @Test
    void aPersonIsAddedAndFoundWithinSecondsWhileALargeDirectoryImportRuns() throws Exception {
        String directory = unique("register");
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 30_000; i++) {
            csv.append("R").append(i).append(",Cordelia,Blackthorne").append(i).append(",,1982-07-09,,F,Hull,\n");
        }
        var started = admin.send("POST", "/api/directories/" + directory + "/records?background=true",
                csv.toString(), "text/csv");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.text("jobId");
        awaitRowsRead(jobId, 2_000);

        String youngPerson = fixtures.youngPerson();
        long before = System.nanoTime();
        String surname = unique("Wolstenholme").replace("-", "");
        String personId = fixtures.person(youngPerson, "Peregrine", surname);
        Duration took = Duration.ofNanos(System.nanoTime() - before);

        var job = admin.get("/api/jobs/" + jobId).json();
        assertThat(job.path("state").asString()).as("the import was still running").isEqualTo("RUNNING");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        var found = admin.post("/api/trace", """
                {"givenName": "Peregrine", "familyName": "%s"}""".formatted(surname));
        assertThat(found.json().path("candidates").get(0).path("personId").asString()).isEqualTo(personId);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (admin.get("/api/jobs/" + jobId).json().path("state").asString().equals("RUNNING")
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(admin.get("/api/jobs/" + jobId).json().path("result").path("added").asLong()).isEqualTo(30_000);
    }

    private void awaitRowsRead(String jobId, long rows) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var job = admin.get("/api/jobs/" + jobId).json();
            if (job.path("done").asLong() >= rows || !job.path("state").asString().equals("RUNNING")) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
