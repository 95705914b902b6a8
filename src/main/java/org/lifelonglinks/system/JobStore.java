package org.lifelonglinks.system;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where {@link BackgroundJobs} keeps its jobs so they outlive the process: written before a job's 202 is answered,
 * again when its progress moves on and when it ends.
 */
interface JobStore {

    /**
     * A job as stored.
     *
     * @param parameters    what a resumed job needs besides its upload (a directory's name, say)
     * @param upload        the saved request body's file name in the uploads folder, or null
     * @param ifInterrupted what to tell the user if a restart interrupts the job and it cannot be resumed
     * @param result        the result as JSON, once done
     * @param problem       the problem detail as JSON, once failed
     * @param instance      the instance running it ({@link ServiceInstance}); null for a job stored before jobs
     *                      named theirs
     * @param leaseUntil    until when that instance holds it: renewed while it runs; once past, another instance
     *                      takes it over (null: long past)
     */
    record StoredJob(String id, String owner, String kind, BackgroundJobs.State state, String phase, long done,
            long total, Map<String, String> parameters, String upload, String ifInterrupted, String result,
            String problem, Instant startedAt, Instant finishedAt, String instance, Instant leaseUntil) {
    }

    /** A running job this instance has just taken over, and the instance that held it before (or null). */
    record Claimed(StoredJob job, String from) {
    }

    void create(StoredJob job);

    /** Extends the lease of these running jobs of {@code instance} to {@code until}. */
    void renew(Collection<String> ids, String instance, Instant until);

    /**
     * Takes over, for {@code instance} until {@code until}, the running jobs whose lease ended before {@code now}
     * (or that have none); when {@code ownToo}, also those the instance itself held before it (re)started.
     */
    List<Claimed> claimAbandoned(String instance, boolean ownToo, Instant now, Instant until);

    void progress(String id, String phase, long done, long total);

    void finish(String id, BackgroundJobs.State state, String phase, String result, String problem, Instant at);

    StoredJob find(String id);

    /** Forgets jobs that finished before {@code cutOff}. */
    void forgetFinishedBefore(Instant cutOff);

    /** Keeps nothing: for tests of the job runner alone. */
    JobStore NONE = new JobStore() {
        @Override
        public void create(StoredJob job) {
        }

        @Override
        public void progress(String id, String phase, long done, long total) {
        }

        @Override
        public void finish(String id, BackgroundJobs.State state, String phase, String result, String problem,
                Instant at) {
        }

        @Override
        public void renew(Collection<String> ids, String instance, Instant until) {
        }

        @Override
        public List<Claimed> claimAbandoned(String instance, boolean ownToo, Instant now, Instant until) {
            return List.of();
        }

        @Override
        public StoredJob find(String id) {
            return null;
        }

        @Override
        public void forgetFinishedBefore(Instant cutOff) {
        }
    };
}
