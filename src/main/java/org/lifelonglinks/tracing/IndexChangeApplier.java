package org.lifelonglinks.tracing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.lifelonglinks.network.PeopleSaved;
import org.lifelonglinks.network.PersonSaved;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the graph by applying the graph's {@link ChangeOutbox} in order. The
 * index commits the number of the last change it applied together with the change itself, so after any crash
 * it resumes from exactly there: at start-up (before the web server opens), continuously on a background
 * thread, and on demand when a request waits for its own change to become searchable.
 *
 * <p>An index that is new, was replaced because it was damaged, holds no applied-change number, or disagrees
 * with the graph's counts after catching up is refilled from the graph: network people and directory records.
 * So is one that finds a gap in the outbox's numbers: with several instances on one graph
 * ({@link ChangeOutbox}), an instance that was away longer than the follower expiry has lost the changes it missed.
 */
@Component
class IndexChangeApplier implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexChangeApplier.class);
    /** Changes read from the outbox at a time; each names at most 1,000 ids. */
    private static final int CHANGES_PER_COMMIT = 20;
    private static final int REFILL_BATCH = 5_000;
    /** How long a request waits for its change to be searchable before answering anyway (it is applied later). */
    static final Duration REQUEST_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);
    /** How often an index with nothing to apply tells the outbox it is still following. */
    private static final Duration STILL_FOLLOWING = Duration.ofMinutes(1);

    private final ReentrantLock applying = new ReentrantLock();
    private final AtomicBoolean refilling = new AtomicBoolean();
    private final TracingIndex index;
    private final TraceablePeopleRepository people;
    private final DirectoryRecordRepository directories;
    private final ChangeOutbox outbox;
    private volatile boolean stopped;
    private Thread follower;

    IndexChangeApplier(TracingIndex index, TraceablePeopleRepository people, DirectoryRecordRepository directories,
            ChangeOutbox outbox) {
        this.index = index;
        this.people = people;
        this.directories = directories;
        this.outbox = outbox;
    }

    @Override
    public void afterSingletonsInstantiated() {
        bringUpToDate();
        follower = Thread.ofPlatform().daemon().name("tracing-index-follower").start(this::follow);
    }

    /** Catches up from the last applied change, or refills the index when it cannot. */
    void bringUpToDate() {
        if (index.appliedChange() < 0 && !index.rebuildRequired()) {
            handOverDirectoryRecords();
        }
        if (index.appliedChange() < 0) {
            refill("the index is new, was damaged, or was being refilled");
        } else {
            long from = index.appliedChange();
            // Say where this index stands before anything else, so no other instance deletes what it still needs.
            outbox.followedTo(from);
            long applied = catchUp();
            if (applied > 0) {
                log.info("Tracing index caught up with {} changes after change {}", applied, from);
            }
            long peopleInGraph = people.count();
            long recordsInGraph = directories.count();
            long peopleInIndex = index.count(TraceRecord.Kind.NETWORK_PERSON);
            long recordsInIndex = index.count(TraceRecord.Kind.DIRECTORY_RECORD);
            if (peopleInGraph != peopleInIndex || recordsInGraph != recordsInIndex) {
                refill("its counts differ from the graph's (people " + peopleInIndex + " against " + peopleInGraph
                        + ", directory records " + recordsInIndex + " against " + recordsInGraph + ")");
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        if (follower != null) {
            follower.interrupt();
            follower.join(Duration.ofSeconds(10));
        }
    }

    /** The request that saved a person answers once that person is searchable (or after {@link #REQUEST_WAIT}). */
    @EventListener
    void onPersonSaved(PersonSaved event) {
        awaitLatest(REQUEST_WAIT);
    }

    /** As {@link #onPersonSaved}, for an import. */
    @EventListener
    void onPeopleSaved(PeopleSaved event) {
        awaitLatest(REQUEST_WAIT);
    }

    /**
     * Applies every change committed so far, waiting at most {@code wait} for another thread that is applying.
     *
     * @return whether the index now holds every change that was committed when this was called
     */
    boolean awaitLatest(Duration wait) {
        long target = outbox.latest();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (index.appliedChange() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !applying.tryLock(left, TimeUnit.NANOSECONDS)) {
                    log.warn("The tracing index has not caught up with change {} after {}; it will shortly", target,
                            wait);
                    return false;
                }
                try {
                    if (index.appliedChange() < target) {
                        catchUpLocked();
                    }
                } finally {
                    applying.unlock();
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            // The change is committed and in the outbox: the follower applies it when the index can be written.
            log.warn("Could not bring the tracing index up to date now; the follower will retry", e);
            return false;
        }
    }

    /** Applies every committed change not yet in the index; returns how many it applied. */
    long catchUp() {
        applying.lock();
        try {
            return catchUpLocked();
        } finally {
            applying.unlock();
        }
    }

    private long catchUpLocked() {
        long applied = 0;
        while (true) {
            long from = index.appliedChange();
            if (from < 0) {
                return applied;
            }
            // Read first: every change up to it was committed before the changes below are read.
            long latest = outbox.latest();
            List<ChangeOutbox.Change> changes = outbox.after(from, CHANGES_PER_COMMIT);
            if (changes.isEmpty() ? latest > from : changes.getFirst().seq() != from + 1) {
                refill("the changes after " + from + " were deleted before this index applied them (this instance"
                        + " was away longer than lifelinks.tracing.follower-expiry, or joined as they were deleted)");
                return applied;
            }
            if (changes.isEmpty()) {
                return applied;
            }
            apply(changes);
            applied += changes.size();
            outbox.forgetApplied(index.appliedChange());
        }
    }

    /** One commit for a run of changes: each named record is re-read and replaced, or removed if it is gone. */
    private void apply(List<ChangeOutbox.Change> changes) {
        Set<String> personIds = new LinkedHashSet<>();
        Map<String, Set<String>> recordIds = new LinkedHashMap<>();
        for (var change : changes) {
            if (change.directory() == null) {
                personIds.addAll(change.ids());
            } else {
                recordIds.computeIfAbsent(change.directory(), d -> new LinkedHashSet<>()).addAll(change.ids());
            }
        }
        // Read before the index's lock is taken: the current state is at least as new as every change here.
        List<TraceRecord> current = new ArrayList<>(people.findAll(personIds));
        recordIds.forEach((directory, ids) -> current.addAll(directories.findAll(directory, ids)));
        long through = changes.getLast().seq();
        index.applyChanges(through, writes -> {
            Set<String> found = new java.util.HashSet<>();
            for (TraceRecord record : current) {
                writes.upsert(record);
                found.add(Key.of(record));
            }
            for (String id : personIds) {
                if (!found.contains(Key.of(TraceRecord.Kind.NETWORK_PERSON, null, id))) {
                    writes.delete(TraceRecord.Kind.NETWORK_PERSON, null, id);
                }
            }
            recordIds.forEach((directory, ids) -> ids.forEach(id -> {
                if (!found.contains(Key.of(TraceRecord.Kind.DIRECTORY_RECORD, directory, id))) {
                    writes.delete(TraceRecord.Kind.DIRECTORY_RECORD, directory, id);
                }
            }));
        });
    }

    /**
     * Refills the index from the graph on an administrator's request. One refill at a time: a second one asked
     * for while one runs is refused rather than queued behind it. Requests that change people meanwhile wait for
     * their change at most {@link #REQUEST_WAIT}; the change is applied right after the refill.
     *
     * @param progress receives the records indexed so far (after each batch) and the records in the graph
     * @return how many records were indexed
     */
    long rebuildNow(BiConsumer<Long, Long> progress) {
        if (!refilling.compareAndSet(false, true)) {
            throw new ConflictException(null, "The tracing index is being rebuilt already; wait for it to finish");
        }
        try {
            long total = people.count() + directories.count();
            progress.accept(0L, total);
            return refill("an administrator asked", done -> progress.accept(done, Math.max(total, done)));
        } finally {
            refilling.set(false);
        }
    }

    private long refill(String why) {
        return refill(why, done -> log.info("Indexed {} records", done));
    }

    private long refill(String why, java.util.function.LongConsumer progress) {
        applying.lock();
        try {
            log.info("Refilling the tracing index from the graph: {}", why);
            long started = System.nanoTime();
            index.clearForRefill();
            // Everything up to here is committed and will be read below; later changes follow from the outbox,
            // which keeps them for this instance from now on.
            long through = outbox.latest();
            outbox.followedTo(through);
            List<TraceRecord> batch = new ArrayList<>(REFILL_BATCH);
            long[] done = {0};
            java.util.function.Consumer<TraceRecord> add = record -> {
                batch.add(record);
                if (batch.size() == REFILL_BATCH) {
                    done[0] += index.upsertAll(batch);
                    batch.clear();
                    progress.accept(done[0]);
                }
            };
            people.forEach(add);
            directories.forEach(add);
            done[0] += index.upsertAll(batch);
            index.markApplied(through);
            progress.accept(done[0]);
            log.info("Tracing index refilled with {} records in {} ms", done[0],
                    (System.nanoTime() - started) / 1_000_000);
            catchUpLocked();
            outbox.forgetApplied(index.appliedChange());
            return done[0];
        } finally {
            applying.unlock();
        }
    }

    /**
     * An index written before directory records were kept in the graph holds the only copy of them: copy them
     * into the graph before anything refills the index from it.
     */
    private void handOverDirectoryRecords() {
        Map<String, List<TraceRecord>> batches = new LinkedHashMap<>();
        long[] handed = {0};
        index.forEachRecord(TraceRecord.Kind.DIRECTORY_RECORD, record -> {
            var batch = batches.computeIfAbsent(record.directory(), d -> new ArrayList<>());
            batch.add(record);
            if (batch.size() == REFILL_BATCH) {
                directories.addMissing(record.directory(), batch);
                handed[0] += batch.size();
                batch.clear();
            }
        });
        batches.forEach((directory, batch) -> {
            if (!batch.isEmpty()) {
                directories.addMissing(directory, batch);
                handed[0] += batch.size();
            }
        });
        if (handed[0] > 0) {
            log.info("Copied {} directory records from the tracing index into the graph", handed[0]);
        }
    }

    /** Applies changes that no request waited for (a request that gave up waiting, a batch of an import). */
    private void follow() {
        Duration pause = POLL;
        long toldOutbox = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(pause);
                if (index.appliedChange() >= 0 && index.appliedChange() < outbox.latest()) {
                    catchUp();
                    toldOutbox = System.nanoTime();
                } else if (index.appliedChange() >= 0 && System.nanoTime() - toldOutbox > STILL_FOLLOWING.toNanos()) {
                    outbox.followedTo(index.appliedChange());
                    toldOutbox = System.nanoTime();
                }
                pause = POLL;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stopped) {
                    return;
                }
                log.warn("Applying changes to the tracing index failed; trying again", e);
                pause = Duration.ofMillis(Math.min(30_000, pause.toMillis() * 2));
            }
        }
    }
}
