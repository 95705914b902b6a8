package org.lifelonglinks.tracing;

import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.network.PeopleSaved;
import org.lifelonglinks.network.PersonSaved;
import org.lifelonglinks.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the people of every network searchable: each saved person is re-indexed as soon as the change commits,
 * and at start-up the index is refilled from the graph when it was missing, unreadable or out of step (its
 * count of network people differs from the graph's).
 */
@Component
class NetworkPeopleIndexer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(NetworkPeopleIndexer.class);
    private static final int BATCH = 5_000;

    private final java.util.concurrent.atomic.AtomicBoolean rebuilding =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final TracingIndex index;
    private final TraceablePeopleRepository people;

    NetworkPeopleIndexer(TracingIndex index, TraceablePeopleRepository people) {
        this.index = index;
        this.people = people;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long inGraph = people.count();
        long inIndex = index.count(TraceRecord.Kind.NETWORK_PERSON);
        if (index.rebuildRequired() || inGraph != inIndex) {
            rebuild(inGraph, inIndex);
        }
    }

    /** Re-indexes one person after a change, or removes them if they are gone. */
    @EventListener
    void onPersonSaved(PersonSaved event) {
        people.find(event.personId()).ifPresentOrElse(index::upsert,
                () -> index.delete(TraceRecord.Kind.NETWORK_PERSON, null, event.personId()));
    }

    /** Indexes the people an import created, in one commit rather than one per person. */
    @EventListener
    void onPeopleSaved(PeopleSaved event) {
        index.upsertAll(people.findAll(event.personIds()));
    }

    void rebuild(long inGraph, long inIndex) {
        rebuild(inGraph, inIndex, done -> log.info("Indexed {} of {} people", done, inGraph));
    }

    /**
     * Refills the index's network people from the graph, on an administrator's request. One refill at a time:
     * a second one asked for while one runs is refused rather than queued behind it.
     *
     * @param progress receives the people indexed so far (after each batch) and the people in the graph
     * @return how many people were indexed
     */
    long rebuildNow(java.util.function.BiConsumer<Long, Long> progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new ConflictException(null, "The tracing index is being rebuilt already; wait for it to finish");
        }
        try {
            long inGraph = people.count();
            progress.accept(0L, inGraph);
            return rebuild(inGraph, index.count(TraceRecord.Kind.NETWORK_PERSON),
                    done -> progress.accept(done, Math.max(inGraph, done)));
        } finally {
            rebuilding.set(false);
        }
    }

    private long rebuild(long inGraph, long inIndex, java.util.function.LongConsumer progress) {
        log.info("Refilling the tracing index from the graph ({} people in the graph, {} in the index)", inGraph,
                inIndex);
        long started = System.nanoTime();
        index.deleteKind(TraceRecord.Kind.NETWORK_PERSON);
        List<TraceRecord> batch = new ArrayList<>(BATCH);
        long[] done = {0};
        people.forEach(record -> {
            batch.add(record);
            if (batch.size() == BATCH) {
                done[0] += index.upsertAll(batch);
                batch.clear();
                progress.accept(done[0]);
            }
        });
        done[0] += index.upsertAll(batch);
        progress.accept(done[0]);
        log.info("Tracing index refilled with {} people in {} ms", done[0], (System.nanoTime() - started) / 1_000_000);
        return done[0];
    }
}
