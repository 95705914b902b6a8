package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

/**
 * A long directory import never holds other writers up: it writes in batches and lets them, and the search
 * index, in between.
 */
class DirectoryImportConcurrencyIntegrationTests extends IntegrationTest {

    private static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";

    @Test
    void aPersonAddedWhileALargeDirectoryImportRunsIsFoundBeforeTheImportEnds() throws Exception {
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
        String surname = unique("Wolstenholme").replace("-", "");
        String personId = fixtures.person(youngPerson, "Peregrine", surname);
        // Said through the job's state, not a stopwatch: the add answered and the person became searchable
        // while the import was still running, so the import cannot have held the writers or the index lock
        // for its whole length. How many seconds that took depends only on how loaded the machine is.
        assertThat(stateOf(jobId)).as("the import was still running when the add answered").isEqualTo("RUNNING");
        assertThat(awaitFound(surname)).as("the person added during the import is found").isEqualTo(personId);
        assertThat(stateOf(jobId)).as("the import was still running when the person was found")
                .isEqualTo("RUNNING");

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (admin.get("/api/jobs/" + jobId).json().path("state").asString().equals("RUNNING")
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(admin.get("/api/jobs/" + jobId).json().path("result").path("added").asLong()).isEqualTo(30_000);
    }

    private String stateOf(String jobId) {
        return admin.get("/api/jobs/" + jobId).json().path("state").asString();
    }

    /** The person id of the first candidate for Peregrine of this surname, once there is one (or empty). */
    private String awaitFound(String surname) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var candidates = admin.post("/api/trace", """
                    {"givenName": "Peregrine", "familyName": "%s"}""".formatted(surname)).json().path("candidates");
            if (candidates.size() > 0) {
                return candidates.get(0).path("personId").asString();
            }
            Thread.sleep(100);
        }
        return "";
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
