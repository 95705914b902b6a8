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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs long actions (large imports, rebuilding the search index) on a virtual thread so the request that starts
 * one answers at once, and keeps each job's state for its starter to poll: running, done with the result, or
 * failed with the same problem detail the synchronous call would have answered. Only the user who started a job
 * may read it; it is forgotten an hour after it finishes.
 *
 * <p>Jobs are durable: a job and its saved upload are stored (a {@code :BackgroundJob} node, the file in the data
 * folder, flushed to disk) before its 202 is answered. When the service starts again, a job that was running is
 * resumed if its kind was registered as resumable ({@link #registerResumable}: the work must be idempotent), or
 * else marked FAILED with a reason saying what the interruption left; never forgotten.
 *
 * <p>Several instances: the job is read from the graph by whichever instance the user's next request reaches
 * (progress is stored every few seconds). The instance running a job holds a lease on it ({@link #LEASE}), renewed
 * while it runs; an instance that dies stops renewing, and another one takes the job over once the lease has run
 * out: it resumes it if it can (a resumable kind whose upload it can reach), or marks it FAILED saying which
 * instance stopped and what that left.
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

    /**
     * Work that can run again from the start after a restart without harm (an import by stable ids).
     */
    @FunctionalInterface
    public interface ResumableWork {

        /** Runs the job with the parameters and upload it was started with; returns its result. */
        Object run(Map<String, String> parameters, Upload upload, Progress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final String DEFAULT_IF_INTERRUPTED = "it did not finish and changed nothing; start it again";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How often a running job's progress is written to the store. */
    private static final Duration STORE_PROGRESS_EVERY = Duration.ofSeconds(2);
    /** How long a running job stays this instance's without a renewal; renewed every quarter of it. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, ResumableWork> resumable = new ConcurrentHashMap<>();
    private final ApiExceptionHandler problems;
    private final Clock clock;
    private final Path uploads;
    private final JobStore store;
    private final String instance;

    /** Keeps jobs in memory only: for tests of the runner alone. */
    BackgroundJobs(ApiExceptionHandler problems, Clock clock, StorageProperties storage) {
        this(problems, clock, storage, JobStore.NONE, "this-instance");
        clearUploads(Set.of());
    }

    @Autowired
    BackgroundJobs(ApiExceptionHandler problems, Clock clock, StorageProperties storage, JobStore store,
            ServiceInstance instance) {
        this(problems, clock, storage, store, instance.id());
    }

    private BackgroundJobs(ApiExceptionHandler problems, Clock clock, StorageProperties storage, JobStore store,
            String instance) {
        this.problems = problems;
        this.clock = clock;
        this.uploads = storage.dataDir().resolve("uploads");
        this.store = store;
        this.instance = instance;
    }

    /**
     * Declares that jobs of {@code kind} are resumed after a restart by running {@code work} again. Register in
     * the constructor of the bean that starts them, so it is known before the service is ready.
     */
    public void registerResumable(String kind, ResumableWork work) {
        resumable.put(kind, Objects.requireNonNull(work, "work"));
    }

    /**
     * Starts a job of a kind registered with {@link #registerResumable}, storing its parameters and upload so a
     * restart can run it again.
     */
    public JobView startResumable(String owner, String kind, Map<String, String> parameters, Upload upload) {
        ResumableWork work = resumable.get(kind);
        if (work == null) {
            throw new IllegalStateException("No resumable work is registered for " + kind);
        }
        var job = newJob(owner, kind, parameters, upload, null);
        run(job, progress -> work.run(parameters, upload, progress), upload == null ? null : upload::delete);
        return job.view();
    }

    /**
     * After a restart: resumes the jobs this instance was running (and any whose instance's lease has run out), if
     * their kind is resumable and their upload is still there; marks the others FAILED with the reason. Then removes
     * uploads no job needs any more.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        store.forgetFinishedBefore(clock.instant().minus(KEPT_FOR));
        Instant now = clock.instant();
        clearUploads(takeOver(store.claimAbandoned(instance, true, now, now.plus(LEASE))));
    }

    /**
     * Renews this instance's lease on the jobs it runs, then takes over running jobs whose instance stopped renewing
     * theirs (it died, or lost the database for longer than the lease).
     */
    @Scheduled(fixedDelay = 15_000, initialDelay = 15_000)
    void keepLeases() {
        Instant now = clock.instant();
        var running = jobs.values().stream().filter(Job::running).map(job -> job.id).toList();
        store.renew(running, instance, now.plus(LEASE));
        takeOver(store.claimAbandoned(instance, false, now, now.plus(LEASE)));
    }

    /** Resumes or fails jobs just claimed; returns the uploads of those resumed. */
    private Set<Path> takeOver(java.util.List<JobStore.Claimed> claimed) {
        var kept = new java.util.HashSet<Path>();
        for (var claim : claimed) {
            var stored = claim.job();
            if (jobs.containsKey(stored.id())) {
                continue;
            }
            boolean restarted = claim.from() == null || claim.from().equals(instance);
            String what = restarted ? "a restart" : "the instance running it stopping";
            var work = resumable.get(stored.kind());
            Upload upload = stored.upload() == null ? null : new Upload(uploads.resolve(stored.upload()), -1);
            boolean uploadThere = upload == null || Files.isRegularFile(upload.file());
            var job = new Job(stored.id(), stored.owner(), stored.kind(), stored.startedAt());
            jobs.put(job.id, job);
            if (work != null && uploadThere) {
                log.info("Resuming the {} job {} that {} interrupted", stored.kind(), stored.id(), what);
                job.update(restarted ? "resumed after a restart" : "resumed by another instance", 0, stored.total());
                if (upload != null) {
                    kept.add(upload.file());
                }
                run(job, progress -> work.run(stored.parameters(), upload, progress),
                        upload == null ? null : upload::delete);
            } else {
                String progress = stored.done() > 0 ? stored.done() + " done of " + (stored.total() < 0
                        ? "an unknown number" : stored.total()) + " when last recorded" : "no progress recorded";
                String reason = (restarted ? "The service restarted while this job was running ("
                        : "The instance running this job (" + claim.from() + ") stopped answering; its hold on the "
                        + "job ran out without being renewed (") + progress + "): "
                        + (work != null ? (restarted ? "its upload is gone" : "its upload was on that instance")
                        + ", so it cannot be resumed; records written before the "
                        + (restarted ? "restart" : "instance stopped") + " were kept; send the file again"
                        : stored.ifInterrupted() == null ? DEFAULT_IF_INTERRUPTED : stored.ifInterrupted()) + ".";
                log.warn("The {} job {} was interrupted by {} and cannot be resumed", stored.kind(), stored.id(), what);
                var problem = new LinkedHashMap<String, Object>();
                problem.put("type", ProblemTypes.JOB_INTERRUPTED.toString());
                problem.put("title", restarted ? "Interrupted by a restart" : "Interrupted: its instance stopped");
                problem.put("status", 503);
                problem.put("detail", reason);
                finish(job, State.FAILED, null, problem);
            }
        }
        return kept;
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
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
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
                // On disk before the job is stored and answered, so a restart finds the whole upload.
                channel.force(true);
            }
            return new Upload(file, lines + (lineHasText ? 1 : 0));
        } catch (IOException e) {
            if (file != null) {
                new Upload(file, 0).delete();
            }
            throw new UncheckedIOException("The upload could not be saved", e);
        }
    }

    /** Uploads left by jobs that a stop of the service interrupted and that are not being resumed. */
    private void clearUploads(Set<Path> keep) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (var files = Files.list(uploads)) {
            files.filter(file -> !keep.contains(file)).forEach(file -> new Upload(file, 0).delete());
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
        return start(owner, kind, DEFAULT_IF_INTERRUPTED, work, cleanUp);
    }

    /**
     * As {@link #start(String, String, Function, Runnable)}; {@code ifInterrupted} tells the user what a restart
     * during the job leaves (e.g. "nothing was imported: the import is one transaction; send the file again").
     */
    public JobView start(String owner, String kind, String ifInterrupted, Function<Progress, Object> work,
            Runnable cleanUp) {
        Objects.requireNonNull(work, "work");
        var job = newJob(owner, kind, Map.of(), null, ifInterrupted);
        run(job, work, cleanUp);
        return job.view();
    }

    /** Makes the job and stores it, before the request that starts it is answered. */
    private Job newJob(String owner, String kind, Map<String, String> parameters, Upload upload,
            String ifInterrupted) {
        Objects.requireNonNull(owner, "owner");
        forgetExpired();
        var job = new Job(UUID.randomUUID().toString(), owner, kind, clock.instant());
        store.create(new JobStore.StoredJob(job.id, owner, kind, State.RUNNING, job.phase, 0, -1,
                Map.copyOf(parameters), upload == null ? null : upload.file().getFileName().toString(),
                ifInterrupted, null, null, job.startedAt, null, instance, job.startedAt.plus(LEASE)));
        jobs.put(job.id, job);
        return job;
    }

    private void run(Job job, Function<Progress, Object> work, Runnable cleanUp) {
        Thread.ofVirtual().name("job-" + job.kind.toLowerCase(java.util.Locale.ROOT) + "-" + job.id).start(() -> {
            long[] stored = {System.nanoTime()};
            Progress progress = (phase, done, total) -> {
                job.update(phase, done, total);
                if (System.nanoTime() - stored[0] > STORE_PROGRESS_EVERY.toNanos()) {
                    stored[0] = System.nanoTime();
                    try {
                        store.progress(job.id, phase, done, total);
                    } catch (RuntimeException e) {
                        log.debug("Could not store the progress of job {}", job.id, e);
                    }
                }
            };
            boolean finished = false;
            try {
                Object result = work.apply(progress);
                finished = finish(job, State.DONE, result, null);
            } catch (Exception e) {
                finished = finish(job, State.FAILED, null, describe(e));
            } finally {
                // An upload is kept while its job is not stored as finished, so a restart can still resume it.
                if (cleanUp != null && finished) {
                    cleanUp.run();
                }
            }
        });
    }

    /** Stores and then shows the end of a job; false if it could not be stored (a restart will deal with it). */
    private boolean finish(Job job, State state, Object result, Map<String, Object> problem) {
        Instant at = clock.instant();
        boolean stored = true;
        try {
            store.finish(job.id, state, state == State.DONE ? "finished" : "failed",
                    result == null ? null : JSON.writeValueAsString(result),
                    problem == null ? null : JSON.writeValueAsString(problem), at);
        } catch (RuntimeException e) {
            log.warn("Could not store the end of job {}", job.id, e);
            stored = false;
        }
        job.finish(state, result, problem, at);
        return stored;
    }

    /** As {@link #start(String, String, String, Function, Runnable)} with nothing to clean up. */
    public JobView start(String owner, String kind, String ifInterrupted, Function<Progress, Object> work) {
        return start(owner, kind, ifInterrupted, work, null);
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
        if (job != null) {
            if (!job.owner.equals(owner)) {
                throw new NotFoundException("Job");
            }
            return job.view();
        }
        // Run by another instance, or finished before the last restart: answered from the store.
        var stored = store.find(id);
        if (stored == null || !stored.owner().equals(owner) || (stored.state() != State.RUNNING
                && (stored.finishedAt() == null || stored.finishedAt().isBefore(clock.instant().minus(KEPT_FOR))))) {
            throw new NotFoundException("Job");
        }
        return new JobView(stored.id(), stored.kind(), stored.state(), stored.phase(), stored.done(),
                stored.total() < 0 ? null : stored.total(), parse(stored.result()), parseMap(stored.problem()),
                stored.startedAt(), stored.finishedAt());
    }

    private static Object parse(String json) {
        return json == null ? null : JSON.readValue(json, Object.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseMap(String json) {
        return json == null ? null : JSON.readValue(json, Map.class);
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

        synchronized boolean running() {
            return state == State.RUNNING;
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
