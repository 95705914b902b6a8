package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jobs facility on its own: states, progress, problems, who may read a job, expiry, saved uploads. */
class BackgroundJobsTests {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock();

    private BackgroundJobs jobs() {
        return new BackgroundJobs(new ApiExceptionHandler(), clock, new StorageProperties(dataDir));
    }

    @Test
    void aJobReportsProgressWhileItRunsAndItsResultWhenDone() throws Exception {
        var jobs = jobs();
        var halfway = new CountDownLatch(1);
        var carryOn = new CountDownLatch(1);

        var started = jobs.start("casey", "TEST", progress -> {
            progress.update("reading", 1_200, 5_000);
            halfway.countDown();
            await(carryOn);
            return Map.of("rows", 5_000);
        });
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        var running = jobs.find("casey", started.id());
        carryOn.countDown();
        var done = awaitEnd(jobs, "casey", started.id());

        assertThat(started.state()).isEqualTo(BackgroundJobs.State.RUNNING);
        assertThat(running.state()).isEqualTo(BackgroundJobs.State.RUNNING);
        assertThat(running.phase()).isEqualTo("reading");
        assertThat(running.done()).isEqualTo(1_200);
        assertThat(running.total()).isEqualTo(5_000);
        assertThat(done.state()).isEqualTo(BackgroundJobs.State.DONE);
        assertThat(done.result()).isEqualTo(Map.of("rows", 5_000));
        assertThat(done.problem()).isNull();
        assertThat(done.finishedAt()).isNotNull();
    }

    @Test
    void aFailedJobKeepsTheProblemDetailTheApiWouldHaveAnswered() {
        var jobs = jobs();

        var started = jobs.start("casey", "TEST", progress -> {
            throw new BadRequestException("header", "The CSV header must be id,given_name");
        });
        var failed = awaitEnd(jobs, "casey", started.id());

        assertThat(failed.state()).isEqualTo(BackgroundJobs.State.FAILED);
        assertThat(failed.result()).isNull();
        assertThat(failed.problem()).containsEntry("status", 400)
                .containsEntry("type", "/problems/malformed-request")
                .containsEntry("field", "header")
                .containsEntry("detail", "The CSV header must be id,given_name");
    }

    @Test
    void anUnexpectedFailureIsAServerErrorWithoutItsMessage() {
        var jobs = jobs();

        var started = jobs.start("casey", "TEST", progress -> {
            throw new IllegalStateException("secret internals");
        });
        var failed = awaitEnd(jobs, "casey", started.id());

        assertThat(failed.problem()).containsEntry("status", 500);
        assertThat(failed.problem().toString()).doesNotContain("secret internals");
    }

    @Test
    void onlyTheStarterReadsAJobAndItIsForgottenAnHourAfterItFinishes() {
        var jobs = jobs();
        var started = jobs.start("casey", "TEST", progress -> "ok");
        awaitEnd(jobs, "casey", started.id());

        assertThatThrownBy(() -> jobs.find("robin", started.id())).isInstanceOf(NotFoundException.class);
        clock.move(Duration.ofMinutes(59));
        assertThat(jobs.find("casey", started.id()).state()).isEqualTo(BackgroundJobs.State.DONE);
        clock.move(Duration.ofMinutes(2));
        assertThatThrownBy(() -> jobs.find("casey", started.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUploadIsSavedWithItsLinesCountedAndCleanUpRunsAfterTheJob() {
        var jobs = jobs();
        var upload = jobs.save(new ByteArrayInputStream("id,name\r\n1,Alex\n\n2,Sam".getBytes(StandardCharsets.UTF_8)));

        assertThat(upload.lines()).as("blank lines are not counted; the last line needs no line break").isEqualTo(3);
        assertThat(upload.file()).startsWith(dataDir.resolve("uploads")).exists();

        var started = jobs.start("casey", "TEST", progress -> "read", upload::delete);
        awaitEnd(jobs, "casey", started.id());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(upload.file()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(upload.file()).doesNotExist();
    }

    private static BackgroundJobs.JobView awaitEnd(BackgroundJobs jobs, String owner, String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            var job = jobs.find(owner, id);
            if (job.state() != BackgroundJobs.State.RUNNING || System.nanoTime() > deadline) {
                return job;
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves on by hand. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-02T07:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
