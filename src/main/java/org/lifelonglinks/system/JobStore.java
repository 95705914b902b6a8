package org.lifelonglinks.system;

import java.time.Instant;
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
     */
    record StoredJob(String id, String owner, String kind, BackgroundJobs.State state, String phase, long done,
            long total, Map<String, String> parameters, String upload, String ifInterrupted, String result,
            String problem, Instant startedAt, Instant finishedAt) {
    }

    void create(StoredJob job);

    void progress(String id, String phase, long done, long total);

    void finish(String id, BackgroundJobs.State state, String phase, String result, String problem, Instant at);

    /** Jobs that were running when the service stopped. */
    List<StoredJob> unfinished();

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
        public List<StoredJob> unfinished() {
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
