package org.lifelonglinks.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Runs long actions (large imports, rebuilding the search index) on a virtual thread so the request that starts
 * one answers at once, and keeps each job's state for its starter to poll: running, done with the result, or
 * failed with the same problem detail the synchronous call would have answered. Jobs are held in memory and
 * forgotten an hour after they finish; only the user who started a job may read it.
 */
@Component
public class BackgroundJobs {

    /** How long a finished job can still be read. */
    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** Where a job is. */
    public enum State { RUNNING, DONE, FAILED }

    /** What a job tells its watchers while it runs. */
    @FunctionalInterface
    public interface Progress {

        /**
         * The job is now in {@code phase} (a few words, e.g. "reading") and has done {@code done} of {@code total}
         * units; {@code total} is negative when not known.
         */
        void update(String phase, long done, long total);
    }

    /**
     * A job as its starter sees it.
     *
     * @param id         the job's id, for {@code GET /api/jobs/{id}}
     * @param kind       what it does, e.g. {@code DIRECTORY_IMPORT}
     * @param state      RUNNING, DONE or FAILED
     * @param phase      what it is doing now, in words
     * @param done       units done so far (rows read, people indexed)
     * @param total      units in all, or null when not known
     * @param result     what the action answered, once DONE
     * @param problem    the problem detail, once FAILED
     * @param startedAt  when it started
     * @param finishedAt when it finished, or null
     */
    public record JobView(String id, String kind, State state, String phase, long done, Long total, Object result,
            Map<String, Object> problem, Instant startedAt, Instant finishedAt) {
    }

    /**
     * A request body saved for a job to read after the request has ended.
     *
     * @param file  where it is; the job deletes it when it ends
     * @param lines how many lines hold something (for a CSV file: the header and the rows, a little more if
     *              quoted fields hold line breaks), counted while saving, so progress can say "of how many"
     */
    public record Upload(Path file, long lines) {

        /** Deletes the file; a failure is only logged (the folder is emptied at the next start anyway). */
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload {}", file.getFileName(), e);
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ApiExceptionHandler problems;
    private final Clock clock;
    private final Path uploads;

    BackgroundJobs(ApiExceptionHandler problems, Clock clock, StorageProperties storage) {
        this.problems = problems;
        this.clock = clock;
        this.uploads = storage.dataDir().resolve("uploads");
        clearUploads();
    }

    /**
     * Saves a request body beside the data (it holds personal data: not in the shared temporary folder), readable
     * by the service's own user only.
     */
    public Upload save(InputStream body) {
        Path file = null;
        try {
            if (!Files.isDirectory(uploads)) {
                Files.createDirectories(uploads);
                DataFolder.tighten(uploads);
            }
            file = Files.createTempFile(uploads, "upload-", ".csv");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions apply
            }
            long lines = 0;
            boolean lineHasText = false;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = body.read(buffer)) > 0) {
                    out.write(buffer, 0, read);
                    for (int i = 0; i < read; i++) {
                        byte b = buffer[i];
                        if (b == '\n') {
                            lines += lineHasText ? 1 : 0;
                            lineHasText = false;
                        } else if (b != '\r' && b != ' ' && b != '\t') {
                            lineHasText = true;
                        }
                    }
                }
            }
            return new Upload(file, lines + (lineHasText ? 1 : 0));
        } catch (IOException e) {
            if (file != null) {
                new Upload(file, 0).delete();
            }
            throw new UncheckedIOException("The upload could not be saved", e);
        }
    }

    /** Uploads left by jobs that a stop of the service interrupted. */
    private void clearUploads() {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (var files = Files.list(uploads)) {
            files.forEach(file -> new Upload(file, 0).delete());
        } catch (IOException e) {
            log.warn("Could not clear {}", uploads, e);
        }
    }

    /**
     * Starts {@code work} on a virtual thread for {@code owner}. What it returns becomes the result; an exception
     * it throws becomes the problem detail (so the work must leave nothing half written, as the synchronous
     * actions already do). {@code cleanUp} runs afterwards either way (deleting a temporary file, say).
     */
    public JobView start(String owner, String kind, Function<Progress, Object> work, Runnable cleanUp) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(work, "work");
        forgetExpired();
        var job = new Job(UUID.randomUUID().toString(), owner, kind, clock.instant());
        jobs.put(job.id, job);
        Thread.ofVirtual().name("job-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + job.id).start(() -> {
            try {
                Object result = work.apply(job::update);
                job.finish(State.DONE, result, null, clock.instant());
            } catch (Exception e) {
                job.finish(State.FAILED, null, describe(e), clock.instant());
            } finally {
                if (cleanUp != null) {
                    cleanUp.run();
                }
            }
        });
        return job.view();
    }

    /** As {@link #start(String, String, Function, Runnable)} with nothing to clean up. */
    public JobView start(String owner, String kind, Function<Progress, Object> work) {
        return start(owner, kind, work, null);
    }

    /** The answer to a request that started a job: 202, where to follow it, and its id. */
    public static ResponseEntity<Object> accepted(JobView job) {
        return ResponseEntity.accepted().location(URI.create("/api/jobs/" + job.id()))
                .body(Map.of("jobId", job.id()));
    }

    /**
     * The job with this id, if {@code owner} started it and it has not expired.
     *
     * @throws NotFoundException otherwise: someone else's job answers exactly as one that does not exist
     */
    public JobView find(String owner, String id) {
        forgetExpired();
        var job = jobs.get(id);
        if (job == null || !job.owner.equals(owner)) {
            throw new NotFoundException("Job");
        }
        return job.view();
    }

    private void forgetExpired() {
        Instant cutOff = clock.instant().minus(KEPT_FOR);
        jobs.values().removeIf(job -> job.finishedBefore(cutOff));
    }

    /** The problem detail the API would have answered for this failure, as a plain map for the job's JSON. */
    private Map<String, Object> describe(Exception e) {
        ProblemDetail detail = (ProblemDetail) problems.problemFor(e).getBody();
        var body = new LinkedHashMap<String, Object>();
        body.put("type", detail.getType().toString());
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        return body;
    }

    /** One job's changing state; written by its thread, read by any request. */
    private static final class Job {
        final String id;
        final String owner;
        final String kind;
        final Instant startedAt;
        private String phase = "starting";
        private long done;
        private long total = -1;
        private State state = State.RUNNING;
        private Object result;
        private Map<String, Object> problem;
        private Instant finishedAt;

        Job(String id, String owner, String kind, Instant startedAt) {
            this.id = id;
            this.owner = owner;
            this.kind = kind;
            this.startedAt = startedAt;
        }

        synchronized void update(String phase, long done, long total) {
            if (state == State.RUNNING) {
                this.phase = phase;
                this.done = done;
                this.total = total;
            }
        }

        synchronized void finish(State state, Object result, Map<String, Object> problem, Instant at) {
            this.state = state;
            this.result = result;
            this.problem = problem;
            this.finishedAt = at;
            this.phase = state == State.DONE ? "finished" : "failed";
        }

        synchronized boolean finishedBefore(Instant cutOff) {
            return finishedAt != null && finishedAt.isBefore(cutOff);
        }

        synchronized JobView view() {
            return new JobView(id, kind, state, phase, done, total < 0 ? null : total, result, problem, startedAt,
                    finishedAt);
        }
    }
}
