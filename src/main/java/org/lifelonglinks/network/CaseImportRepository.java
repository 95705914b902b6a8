package org.lifelonglinks.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.TransactionMemory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Repository;

/**
 * Applies a case-system import in one transaction, a batch at a time as the file is read: for each batch it reads
 * what is recorded for the batch's ids (unique-index seeks only), sorts every record into created, updated or
 * unchanged, and (unless it is a dry run) writes the differences with a few {@code UNWIND} statements. New nodes
 * are made with {@code CREATE} and their properties in one step; existing ones are found by {@code localId},
 * {@code caseId} or {@code id}, each backed by a uniqueness constraint. The changed people are recorded in the
 * search index's outbox once, at the end, so the outbox's counter is locked only while the import commits.
 */
@Repository
class CaseImportRepository {

    /** Records (young people, people and connections together) read and written per statement. */
    static final int BATCH = 5_000;

    private static final String YOUNG_PEOPLE_RECORDED =
            "UNWIND $keys AS key MATCH (n:YoungPerson {localId: key}) RETURN key, n";
    private static final String PEOPLE_RECORDED = "UNWIND $keys AS key MATCH (n:Person {caseId: key}) RETURN key, n";
    private static final String CONNECTIONS_RECORDED = """
            UNWIND $keys AS key
            MATCH (:YoungPerson {localId: key[0]})-[:HAS_CONNECTION]->(n:Connection)-[:TO]->(:Person {caseId: key[1]})
            RETURN key[0] + '\\n' + key[1] AS key, n
            """;
    private static final String YOUNG_PEOPLE_UPDATE = """
            UNWIND $rows AS row
            MATCH (yp:YoungPerson {localId: row.key})
            SET yp += row.properties, yp.updatedAt = datetime(), yp.version = coalesce(yp.version, 0) + 1
            """;
    private static final String PEOPLE_UPDATE = """
            UNWIND $rows AS row
            MATCH (p:Person {caseId: row.key})
            SET p += row.properties, p.updatedAt = datetime(), p.version = coalesce(p.version, 0) + 1
            """;
    private static final String CONNECTIONS_UPDATE = """
            UNWIND $rows AS row
            MATCH (:YoungPerson {localId: row.youngPerson})-[:HAS_CONNECTION]->(c:Connection)
                  -[:TO]->(:Person {caseId: row.person})
            SET c += row.properties, c.updatedAt = datetime(), c.version = coalesce(c.version, 0) + 1
            """;

    private final Driver driver;
    private final AuditTrail audit;

    CaseImportRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /**
     * Opens the import's transaction (read only for a dry run). {@code committed} receives the ids of the people
     * created or changed, after the commit.
     */
    CaseImport start(boolean dryRun, AuditEvent event, Consumer<List<String>> committed) {
        Session session = driver.session(SessionConfig.builder()
                .withDefaultAccessMode(dryRun ? AccessMode.READ : AccessMode.WRITE).build());
        try {
            return new StreamingImportRepository(session, session.beginTransaction(), dryRun, event, committed);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** One import's open transaction (named a repository: it is the part of this one that runs the queries). */
    private final class StreamingImportRepository implements CaseImport {

        private final Session session;
        private final Transaction tx;
        private final TransactionContext context;
        private final boolean dryRun;
        private final AuditEvent event;
        private final Consumer<List<String>> committed;
        private final List<YoungPersonDetails> youngPeople = new ArrayList<>();
        private final List<Object[]> people = new ArrayList<>();
        private final List<Object[]> connections = new ArrayList<>();
        /** People (young people included) created or changed: the search index's outbox names them at the end. */
        private final List<String> changed = new ArrayList<>();
        private final int[] youngPeopleCounts = new int[3];
        private final int[] peopleCounts = new int[3];
        private final int[] connectionCounts = new int[3];
        private boolean open = true;

        StreamingImportRepository(Session session, Transaction tx, boolean dryRun, AuditEvent event,
                Consumer<List<String>> committed) {
            this.session = session;
            this.tx = tx;
            this.context = new TransactionContextRepository(tx);
            this.dryRun = dryRun;
            this.event = event;
            this.committed = committed;
        }

        @Override
        public void youngPerson(YoungPersonDetails details) {
            youngPeople.add(Objects.requireNonNull(details));
            flushIfFull();
        }

        @Override
        public void person(String caseId, PersonDetails details) {
            people.add(new Object[] {Objects.requireNonNull(caseId), Objects.requireNonNull(details)});
            flushIfFull();
        }

        @Override
        public void connection(String youngPersonLocalId, String personCaseId, ConnectionDetails details) {
            connections.add(new Object[] {youngPersonLocalId, personCaseId, Objects.requireNonNull(details)});
            flushIfFull();
        }

        @Override
        public Result finish() {
            flush();
            var result = new Result(dryRun, changes(youngPeopleCounts), changes(peopleCounts),
                    changes(connectionCounts));
            if (!dryRun) {
                ChangeOutbox.peopleChangedIn(context, changed);
                audit.appendIn(context, event.withDetail("young people " + result.youngPeople() + ", people "
                        + result.people() + ", connections " + result.connections()));
                tx.commit();
            }
            close();
            if (!dryRun) {
                committed.accept(List.copyOf(changed));
            }
            return result;
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                tx.close();
            } finally {
                session.close();
            }
        }

        private void flushIfFull() {
            if (youngPeople.size() + people.size() + connections.size() >= BATCH) {
                flush();
            }
        }

        /**
         * Sorts and writes the batch: young people and people first (their lookups see only what was committed
         * before the import or written by an earlier batch), then the connections between them.
         */
        private void flush() {
            if (!open) {
                throw new IllegalStateException("The case import has ended");
            }
            Set<String> newYoungPeople = youngPeople();
            Set<String> newPeople = people();
            connections(newYoungPeople, newPeople);
            youngPeople.clear();
            people.clear();
            connections.clear();
        }

        private Set<String> youngPeople() {
            var recorded = recorded(YOUNG_PEOPLE_RECORDED,
                    youngPeople.stream().map(YoungPersonDetails::localId).toList());
            var creates = new ArrayList<Map<String, Object>>();
            var updates = new ArrayList<Map<String, Object>>();
            Set<String> created = new HashSet<>();
            for (var details : youngPeople) {
                var wanted = YoungPersonRepository.properties(details);
                var now = recorded.get(details.localId());
                if (now == null) {
                    String id = UUID.randomUUID().toString();
                    wanted.put("id", id);
                    creates.add(wanted);
                    created.add(details.localId());
                    changed.add(id);
                } else {
                    // The case system does not own the Lifelong Links status: an update leaves it as it is.
                    wanted.remove("status");
                    if (differs(wanted, now)) {
                        updates.add(Map.of("key", details.localId(), "properties", wanted));
                        changed.add((String) now.get("id"));
                    } else {
                        youngPeopleCounts[2]++;
                    }
                }
            }
            youngPeopleCounts[0] += creates.size();
            youngPeopleCounts[1] += updates.size();
            if (!dryRun) {
                write(create("CREATE (yp:YoungPerson:Person {", creates, "})"), creates);
                write(YOUNG_PEOPLE_UPDATE, updates);
            }
            return created;
        }

        private Set<String> people() {
            var recorded = recorded(PEOPLE_RECORDED, people.stream().map(p -> (String) p[0]).toList());
            var creates = new ArrayList<Map<String, Object>>();
            var updates = new ArrayList<Map<String, Object>>();
            Set<String> created = new HashSet<>();
            for (var person : people) {
                String caseId = (String) person[0];
                var wanted = PersonRepository.properties((PersonDetails) person[1]);
                var now = recorded.get(caseId);
                if (now == null) {
                    String id = UUID.randomUUID().toString();
                    var row = new HashMap<>(wanted);
                    row.put("id", id);
                    row.put("caseId", caseId);
                    creates.add(row);
                    created.add(caseId);
                    changed.add(id);
                } else if (differs(wanted, now)) {
                    updates.add(Map.of("key", caseId, "properties", wanted));
                    changed.add((String) now.get("id"));
                } else {
                    peopleCounts[2]++;
                }
            }
            peopleCounts[0] += creates.size();
            peopleCounts[1] += updates.size();
            if (!dryRun) {
                write(create("CREATE (p:Person {", creates, "})"), creates);
                write(PEOPLE_UPDATE, updates);
            }
            return created;
        }

        /** A connection to a young person or a person this batch creates is new: it is not looked for. */
        private void connections(Set<String> newYoungPeople, Set<String> newPeople) {
            var keys = new ArrayList<List<String>>();
            for (var connection : connections) {
                if (!newYoungPeople.contains((String) connection[0]) && !newPeople.contains((String) connection[1])) {
                    keys.add(List.of((String) connection[0], (String) connection[1]));
                }
            }
            var recorded = recorded(CONNECTIONS_RECORDED, keys);
            var creates = new ArrayList<Map<String, Object>>();
            var updates = new ArrayList<Map<String, Object>>();
            for (var connection : connections) {
                var wanted = NetworkRepository.properties((ConnectionDetails) connection[2]);
                var now = recorded.get(connection[0] + "\n" + connection[1]);
                if (now == null) {
                    var row = new HashMap<>(wanted);
                    row.put("id", UUID.randomUUID().toString());
                    row.put("youngPerson", connection[0]);
                    row.put("person", connection[1]);
                    creates.add(row);
                } else if (differs(wanted, now)) {
                    updates.add(Map.of("youngPerson", connection[0], "person", connection[1], "properties", wanted));
                } else {
                    connectionCounts[2]++;
                }
            }
            connectionCounts[0] += creates.size();
            connectionCounts[1] += updates.size();
            if (!dryRun && !creates.isEmpty()) {
                Set<String> properties = new TreeSet<>(creates.getFirst().keySet());
                properties.removeAll(Set.of("youngPerson", "person"));
                write("""
                        UNWIND $rows AS r
                        MATCH (yp:YoungPerson {localId: r.youngPerson})
                        MATCH (p:Person {caseId: r.person})
                        CREATE (yp)-[:HAS_CONNECTION]->(c:Connection {%s, pairKey: yp.id + '|' + p.id,
                                createdAt: datetime()})-[:TO]->(p)
                        """.formatted(assignments(properties)), creates);
                write(CONNECTIONS_UPDATE, updates);
            } else if (!dryRun) {
                write(CONNECTIONS_UPDATE, updates);
            }
        }

        private Map<String, Map<String, Object>> recorded(String query, List<?> keys) {
            var found = new HashMap<String, Map<String, Object>>();
            if (!keys.isEmpty()) {
                withinMemory(() -> tx.run(query, Map.of("keys", keys))
                        .forEachRemaining(r -> found.put(r.get("key").asString(), r.get("n").asNode().asMap())));
            }
            return found;
        }

        private void write(String query, List<Map<String, Object>> rows) {
            if (!rows.isEmpty()) {
                withinMemory(() -> tx.run(query, Map.of("rows", rows)).consume());
            }
        }

        /**
         * The whole file is one transaction, held in the database's memory until it commits: a file larger than
         * the memory allowed for transactions is refused as too large (413), not as a server error.
         */
        private void withinMemory(Runnable step) {
            TransactionMemory.within("file", "the file is too large to import in one transaction with the memory "
                    + "this service has (each row holds 15 to 30 KB until the import commits); split it into files "
                    + "of whole young people and import each; nothing was imported", () -> {
                        step.run();
                        return null;
                    });
        }
    }

    /**
     * {@code UNWIND $rows AS r} and a {@code CREATE} that sets every property of the rows at once (a null one is
     * not set), instead of a {@code SET n += map} afterwards: one step per node, and no eager read of the batch.
     */
    private static String create(String head, List<Map<String, Object>> rows, String tail) {
        if (rows.isEmpty()) {
            return "";
        }
        return "UNWIND $rows AS r " + head + assignments(new TreeSet<>(rows.getFirst().keySet()))
                + ", createdAt: datetime()" + tail;
    }

    /** {@code name: r.name, …} for property names this code chose (never text from a file). */
    private static String assignments(Set<String> properties) {
        return properties.stream().map(p -> "`" + p + "`: r.`" + p + "`").collect(Collectors.joining(", "));
    }

    private static CaseImport.Changes changes(int[] counts) {
        return new CaseImport.Changes(counts[0], counts[1], counts[2]);
    }

    /** Compares as the graph stores values (Neo4j keeps every integer as a long, dates as dates). */
    private static boolean differs(Map<String, Object> wanted, Map<String, Object> recorded) {
        for (var entry : wanted.entrySet()) {
            Object stored = recorded.get(entry.getKey());
            Object asStored = entry.getValue() == null ? null : Values.value(entry.getValue()).asObject();
            boolean emptyList = asStored instanceof List<?> list && list.isEmpty() && stored == null;
            if (!emptyList && !Objects.equals(asStored, stored)) {
                return true;
            }
        }
        return false;
    }

    /** The import's explicit transaction, as the context the audit trail and the outbox write in. */
    private record TransactionContextRepository(Transaction tx) implements TransactionContext {

        @Override
        public Result run(String query, Value parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Record parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query) {
            return tx.run(query);
        }

        @Override
        public Result run(Query query) {
            return tx.run(query);
        }
    }
}
