package org.lifelonglinks.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The outbox the search index follows: every write that changes something searchable (a network person, a
 * directory record) records, in its own transaction, a numbered {@code :IndexChange} naming what changed. The
 * graph and its outbox therefore commit together or not at all, and the index can always catch up from the
 * last change it applied, whatever was killed in between.
 *
 * <p>The numbers come from one {@code :ChangeCounter} node incremented in the writing transaction. Its write
 * lock is held until commit, so changes become visible in the order of their numbers: a reader that has seen
 * change n has seen every change before it. The lock serialises only the last statement of each writer.
 *
 * <p>Several instances of the service may share one graph, each with its own index. Each records how far its index
 * has come as an {@code :IndexFollower {instance}} ({@link #followedTo}); a change is deleted only once every
 * follower heard from within {@code lifelinks.tracing.follower-expiry} (default 3 days) has applied it. A follower
 * silent for longer is forgotten: if it comes back, it finds a gap in the numbers and refills its index from the
 * graph, as a new instance does.
 */
@Component
public final class ChangeOutbox {

    /** Most ids named by one change: a large import becomes several consecutive changes. */
    static final int IDS_PER_CHANGE = 1_000;

    private static final String RECORD = """
            MERGE (k:ChangeCounter {name: 'tracing-index'})
            ON CREATE SET k.seq = 0
            SET k.seq = k.seq + size($chunks)
            WITH k.seq - size($chunks) AS base
            UNWIND range(0, size($chunks) - 1) AS i
            CREATE (:IndexChange {seq: base + i + 1, directory: $directory, ids: $chunks[i], at: datetime()})
            """;

    /**
     * A recorded change.
     *
     * @param seq       its number, from 1, without gaps
     * @param directory the directory whose records changed, or {@code null} for network people
     * @param ids       the person ids or record ids that changed (created, updated or deleted)
     */
    public record Change(long seq, String directory, List<String> ids) {

        public Change {
            ids = List.copyOf(ids);
        }
    }

    private final Driver driver;
    private final ServiceInstance instance;
    private final Duration followerExpiry;

    ChangeOutbox(Driver driver, ServiceInstance instance,
            @org.springframework.beans.factory.annotation.Value("${lifelinks.tracing.follower-expiry:3d}")
            Duration followerExpiry) {
        this.driver = driver;
        this.instance = instance;
        this.followerExpiry = followerExpiry;
    }

    /** Records, inside the caller's write transaction, that these network people changed. */
    public static void peopleChangedIn(TransactionContext tx, Collection<String> personIds) {
        recordIn(tx, null, personIds);
    }

    /** Records, inside the caller's write transaction, that these records of a directory changed. */
    public static void directoryRecordsChangedIn(TransactionContext tx, String directory,
            Collection<String> recordIds) {
        recordIn(tx, Objects.requireNonNull(directory, "directory"), recordIds);
    }

    private static void recordIn(TransactionContext tx, String directory, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> distinct = ids.stream().distinct().toList();
        var chunks = new ArrayList<List<String>>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_CHANGE) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_CHANGE)));
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("chunks", chunks);
        parameters.put("directory", directory);
        tx.run(RECORD, parameters).consume();
    }

    /** The number of the latest committed change; 0 when there is none. */
    public long latest() {
        return driver.executableQuery("""
                        OPTIONAL MATCH (k:ChangeCounter {name: 'tracing-index'})
                        RETURN coalesce(k.seq, 0) AS seq
                        """)
                .execute()
                .records().getFirst().get("seq").asLong();
    }

    /** Committed changes numbered above {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> after(long seq, int limit) {
        return driver.executableQuery("""
                        MATCH (c:IndexChange)
                        WHERE c.seq > $seq
                        RETURN c.seq AS seq, c.directory AS directory, c.ids AS ids
                        ORDER BY c.seq
                        LIMIT $limit
                        """)
                .withParameters(Map.of("seq", seq, "limit", limit))
                .execute()
                .records().stream()
                .map(r -> new Change(r.get("seq").asLong(), r.get("directory").asString(null),
                        r.get("ids").asList(Value::asString)))
                .toList();
    }

    /**
     * Records that this instance's index holds every change up to {@code seq}; also says the instance is alive, so
     * an index that has nothing to apply calls this now and then.
     */
    public void followedTo(long seq) {
        driver.executableQuery("""
                        MERGE (f:IndexFollower {instance: $instance})
                        SET f.applied = $seq, f.seenAt = datetime()
                        """)
                .withParameters(Map.of("instance", instance.id(), "seq", seq))
                .execute();
    }

    /**
     * Records this instance's position ({@link #followedTo}), forgets followers silent for longer than the expiry,
     * and deletes the changes every remaining follower has applied; in batches, so any backlog fits.
     *
     * @return the number up to which changes are now deleted
     */
    public long forgetApplied(long seq) {
        // One transaction for the common case (a few changes to delete): this runs after every applied change, and
        // each write transaction is a flush to disk.
        var first = driver.executableQuery("""
                        MERGE (me:IndexFollower {instance: $instance})
                        SET me.applied = $seq, me.seenAt = datetime()
                        WITH me
                        OPTIONAL MATCH (gone:IndexFollower)
                        WHERE gone.seenAt < datetime() - duration({seconds: $expiry})
                        DELETE gone
                        WITH count(*) AS ignored
                        MATCH (f:IndexFollower)
                        WITH min(f.applied) AS everyone
                        OPTIONAL MATCH (c:IndexChange)
                        WHERE c.seq <= everyone
                        WITH everyone, c
                        LIMIT 5000
                        DELETE c
                        RETURN everyone, count(c) AS deleted
                        """)
                .withParameters(Map.of("instance", instance.id(), "seq", seq, "expiry", followerExpiry.toSeconds()))
                .execute()
                .records().getFirst();
        long everyone = first.get("everyone").asLong(0);
        long deleted = first.get("deleted").asLong();
        while (deleted == 5000) {
            deleted = driver.executableQuery("""
                            MATCH (c:IndexChange)
                            WHERE c.seq <= $seq
                            WITH c
                            LIMIT 5000
                            DELETE c
                            RETURN count(*) AS deleted
                            """)
                    .withParameters(Map.of("seq", everyone))
                    .execute()
                    .records().getFirst().get("deleted").asLong();
        }
        return everyone;
    }

    /** Each follower's position: the instance's name and the last change its index applied. */
    public Map<String, Long> followers() {
        var followers = new java.util.TreeMap<String, Long>();
        driver.executableQuery("MATCH (f:IndexFollower) RETURN f.instance AS instance, f.applied AS applied")
                .execute().records()
                .forEach(r -> followers.put(r.get("instance").asString(), r.get("applied").asLong()));
        return followers;
    }
}
