package org.lifelonglinks.system;

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

    ChangeOutbox(Driver driver) {
        this.driver = driver;
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

    /** Deletes changes up to {@code seq}, once the index has them durably; in batches, so any backlog fits. */
    public void forgetUpTo(long seq) {
        long deleted;
        do {
            deleted = driver.executableQuery("""
                            MATCH (c:IndexChange)
                            WHERE c.seq <= $seq
                            WITH c
                            LIMIT 5000
                            DELETE c
                            RETURN count(*) AS deleted
                            """)
                    .withParameters(Map.of("seq", seq))
                    .execute()
                    .records().getFirst().get("deleted").asLong();
        } while (deleted == 5000);
    }
}
