package org.lifelonglinks.tracing;

import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.network.PeopleSaved;
import org.lifelonglinks.network.PersonSaved;
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
                log.info("Indexed {} of {} people", done[0], inGraph);
            }
        });
        done[0] += index.upsertAll(batch);
        log.info("Tracing index refilled with {} people in {} ms", done[0], (System.nanoTime() - started) / 1_000_000);
    }
}
