package org.lifelonglinks.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.ChangeOutbox;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Repository;

/**
 * Applies a case-system import in one transaction: reads what is recorded for the ids in the file, sorts every
 * record into created, updated or unchanged, and (unless it is a dry run) writes the differences in batches.
 * A dry run reads only.
 */
@Repository
class CaseImportRepository {

    private static final int BATCH = 2000;

    private final Driver driver;
    private final AuditTrail audit;

    CaseImportRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    CaseImport.Result apply(CaseImport cases, boolean dryRun, AuditEvent event) {
        try (var session = driver.session()) {
            return dryRun ? session.executeRead(tx -> plan(tx, cases, true))
                    : session.executeWrite(tx -> {
                        var result = plan(tx, cases, false);
                        audit.appendIn(tx, event.withDetail(describe(result)));
                        return result;
                    });
        }
    }

    /**
     * Everything is read before anything is written: a read that has to look through a large uncommitted write
     * in the same transaction is far slower than one against what is committed.
     */
    private CaseImport.Result plan(TransactionContext tx, CaseImport cases, boolean dryRun) {
        var writes = new ArrayList<Runnable>();
        var youngPeople = youngPeople(tx, cases.youngPeople(), writes);
        var people = people(tx, cases.people(), writes);
        var connections = connections(tx, cases.connections(), writes);
        if (!dryRun) {
            writes.forEach(Runnable::run);
        }
        return new CaseImport.Result(dryRun, youngPeople, people, connections);
    }

    private CaseImport.Changes youngPeople(TransactionContext tx, List<CaseImport.CaseYoungPerson> rows,
            List<Runnable> writes) {
        var recorded = existing(tx, "UNWIND $keys AS key MATCH (n:YoungPerson {localId: key}) RETURN key, n",
                rows.stream().map(r -> r.details().localId()).toList());
        var creates = new ArrayList<Map<String, Object>>();
        var updates = new ArrayList<Map<String, Object>>();
        int unchanged = 0;
        for (var row : rows) {
            var wanted = YoungPersonRepository.properties(row.details());
            var now = recorded.get(row.details().localId());
            if (now == null) {
                creates.add(Map.of("id", UUID.randomUUID().toString(), "properties", wanted));
            } else {
                // The case system does not own the Lifelong Links status: an update leaves it as it is.
                wanted.remove("status");
                if (differs(wanted, now)) {
                    updates.add(Map.of("key", row.details().localId(), "properties", wanted, "id", now.get("id")));
                } else {
                    unchanged++;
                }
            }
        }
        writes.add(() -> {
            batches(tx, creates, """
                    UNWIND $rows AS row
                    CREATE (yp:YoungPerson:Person {id: row.id})
                    SET yp += row.properties, yp.createdAt = datetime()
                    """);
            batches(tx, updates, """
                    UNWIND $rows AS row
                    MATCH (yp:YoungPerson {localId: row.key})
                    SET yp += row.properties, yp.updatedAt = datetime(), yp.version = coalesce(yp.version, 0) + 1
                    """);
            ChangeOutbox.peopleChangedIn(tx, changedIds(creates, updates));
        });
        return new CaseImport.Changes(creates.size(), updates.size(), unchanged);
    }

    private CaseImport.Changes people(TransactionContext tx, List<CaseImport.CasePerson> rows, List<Runnable> writes) {
        var recorded = existing(tx, "UNWIND $keys AS key MATCH (n:Person {caseId: key}) RETURN key, n",
                rows.stream().map(CaseImport.CasePerson::caseId).toList());
        var creates = new ArrayList<Map<String, Object>>();
        var updates = new ArrayList<Map<String, Object>>();
        int unchanged = 0;
        for (var row : rows) {
            var wanted = PersonRepository.properties(row.details());
            var now = recorded.get(row.caseId());
            if (now == null) {
                creates.add(Map.of("id", UUID.randomUUID().toString(), "caseId", row.caseId(), "properties",
                        wanted));
            } else if (differs(wanted, now)) {
                updates.add(Map.of("key", row.caseId(), "properties", wanted, "id", now.get("id")));
            } else {
                unchanged++;
            }
        }
        writes.add(() -> {
            batches(tx, creates, """
                    UNWIND $rows AS row
                    CREATE (p:Person {id: row.id, caseId: row.caseId})
                    SET p += row.properties, p.createdAt = datetime()
                    """);
            batches(tx, updates, """
                    UNWIND $rows AS row
                    MATCH (p:Person {caseId: row.key})
                    SET p += row.properties, p.updatedAt = datetime(), p.version = coalesce(p.version, 0) + 1
                    """);
            ChangeOutbox.peopleChangedIn(tx, changedIds(creates, updates));
        });
        return new CaseImport.Changes(creates.size(), updates.size(), unchanged);
    }

    private CaseImport.Changes connections(TransactionContext tx, List<CaseImport.CaseConnection> rows,
            List<Runnable> writes) {
        var keys = rows.stream().map(r -> r.youngPersonLocalId() + "|" + r.personCaseId()).toList();
        var recorded = existing(tx, """
                UNWIND $keys AS key
                WITH key, split(key, '|') AS ids
                WITH key, ids[0] AS youngPerson, ids[1] AS person
                MATCH (:YoungPerson {localId: youngPerson})-[:HAS_CONNECTION]->(n:Connection)
                      -[:TO]->(:Person {caseId: person})
                RETURN key, n
                """, keys);
        var creates = new ArrayList<Map<String, Object>>();
        var updates = new ArrayList<Map<String, Object>>();
        int unchanged = 0;
        for (var row : rows) {
            var wanted = NetworkRepository.properties(row.details());
            String key = row.youngPersonLocalId() + "|" + row.personCaseId();
            var now = recorded.get(key);
            if (now == null) {
                creates.add(Map.of("id", UUID.randomUUID().toString(), "youngPerson", row.youngPersonLocalId(),
                        "person", row.personCaseId(), "properties", wanted));
            } else if (differs(wanted, now)) {
                updates.add(Map.of("key", key, "properties", wanted));
            } else {
                unchanged++;
            }
        }
        writes.add(() -> {
            batches(tx, creates, """
                    UNWIND $rows AS row
                    MATCH (yp:YoungPerson {localId: row.youngPerson})
                    MATCH (p:Person {caseId: row.person})
                    CREATE (yp)-[:HAS_CONNECTION]->(c:Connection {id: row.id})-[:TO]->(p)
                    SET c += row.properties, c.pairKey = yp.id + '|' + p.id, c.createdAt = datetime()
                    """);
            batches(tx, updates, """
                    UNWIND $rows AS row
                    MATCH (:YoungPerson {localId: split(row.key, '|')[0]})-[:HAS_CONNECTION]->(c:Connection)
                          -[:TO]->(:Person {caseId: split(row.key, '|')[1]})
                    SET c += row.properties, c.updatedAt = datetime(), c.version = coalesce(c.version, 0) + 1
                    """);
        });
        return new CaseImport.Changes(creates.size(), updates.size(), unchanged);
    }

    /** The ids of the people a write created or changed, for the search index. */
    List<String> personIds(List<String> caseIds) {
        return driver.executableQuery("UNWIND $keys AS key MATCH (p:Person {caseId: key}) RETURN p.id AS id")
                .withParameters(Map.of("keys", caseIds)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private static Map<String, Map<String, Object>> existing(TransactionContext tx, String query, List<String> keys) {
        var found = new HashMap<String, Map<String, Object>>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            tx.run(query, Map.of("keys", keys.subList(from, Math.min(keys.size(), from + BATCH))))
                    .forEachRemaining(r -> found.put(r.get("key").asString(), r.get("n").asNode().asMap()));
        }
        return found;
    }

    /** The ids of the people created or changed, for the search index's outbox. */
    private static List<String> changedIds(List<Map<String, Object>> creates, List<Map<String, Object>> updates) {
        var ids = new ArrayList<String>(creates.size() + updates.size());
        creates.forEach(row -> ids.add((String) row.get("id")));
        updates.forEach(row -> ids.add((String) row.get("id")));
        return ids;
    }

    private static void batches(TransactionContext tx, List<Map<String, Object>> rows, String query) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            tx.run(query, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH)))).consume();
        }
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

    private static String describe(CaseImport.Result result) {
        return "young people " + result.youngPeople() + ", people " + result.people() + ", connections "
                + result.connections();
    }
}
