package org.lifelonglinks.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Stores notifications ({@code :Notification}, one per worker and key) and the e-mails waiting to go
 * ({@code :OutgoingMail}, the outbox). A notification holds ids and codes only: names are read with it, as they are
 * now.
 */
@Repository
final class NotificationRepository {

    /** One notification to store. */
    record Item(String key, NotificationKind kind, String youngPersonId, String personId, String taskId,
            LocalDate due, String taskState, String link, String detail, boolean urgent) {
    }

    /** A stored notification with the names of the records it is about, as they are now. */
    record Row(String id, NotificationKind kind, String youngPersonId, String youngPersonName, String personId,
            String personName, String taskId, LocalDate due, String taskState, String link, String detail,
            boolean urgent, Instant createdAt, Instant readAt, boolean resolved) {
    }

    /** An e-mail to send: its words are made before it is stored; the address is read when it is sent. */
    record Mail(String subject, String body) {
    }

    /** An e-mail due to be sent, with the address of its worker now (null if they have none or are disabled). */
    record Pending(String id, String username, String address, String subject, String body, int attempts) {
    }

    private final Driver driver;

    NotificationRepository(Driver driver) {
        this.driver = driver;
    }

    /** The enabled workers assigned to a young person in this role. */
    List<String> workersOn(String youngPersonId, String role) {
        return driver.executableQuery("""
                        MATCH (u:UserAccount)-[a:ASSIGNED_TO {role: $role}]->(:YoungPerson {id: $youngPersonId})
                        WHERE coalesce(u.enabled, true)
                        RETURN u.username AS username
                        ORDER BY username
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "role", role))
                .execute().records().stream().map(r -> r.get("username").asString()).toList();
    }

    /** Enabled workers' accounts (coordinators, social workers, administrators) with their roles. */
    List<Map.Entry<String, List<String>>> workers(boolean withEmailOnly) {
        return driver.executableQuery("""
                        MATCH (u:UserAccount)
                        WHERE coalesce(u.enabled, true)
                          AND any(r IN u.roles WHERE r IN ['COORDINATOR', 'SOCIAL_WORKER', 'ADMIN'])
                          AND (NOT $withEmailOnly OR u.email IS NOT NULL)
                        RETURN u.username AS username, u.roles AS roles
                        ORDER BY username
                        """)
                .withParameters(Map.of("withEmailOnly", withEmailOnly))
                .execute().records().stream()
                .map(r -> Map.entry(r.get("username").asString(), r.get("roles").asList(Value::asString)))
                .toList();
    }

    /**
     * Stores the items not already stored for this worker (by key), in one transaction; a new item about a task
     * resolves the worker's earlier ones about the same task (its "due" when it becomes "overdue"). If {@code mail}
     * is given and the worker has an e-mail address, one e-mail about the new items goes into the outbox in the
     * same transaction. Answers the new items.
     */
    List<Item> saveNew(String username, List<Item> items, Instant now, Function<List<Item>, Mail> mail) {
        if (items.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<Map<String, Object>>();
        var byKey = new HashMap<String, Item>();
        for (var item : items) {
            var row = new HashMap<String, Object>();
            row.put("id", UUID.randomUUID().toString());
            row.put("key", item.key());
            row.put("kind", item.kind().name());
            row.put("youngPersonId", item.youngPersonId());
            row.put("personId", item.personId());
            row.put("taskId", item.taskId());
            row.put("due", item.due());
            row.put("taskState", item.taskState());
            row.put("link", item.link());
            row.put("detail", item.detail());
            row.put("urgent", item.urgent());
            rows.add(row);
            byKey.put(item.key(), item);
        }
        var at = now.atZone(ZoneOffset.UTC);
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var created = tx.run("""
                                UNWIND $items AS item
                                MERGE (n:Notification {username: $username, key: item.key})
                                ON CREATE SET n.id = item.id, n.kind = item.kind, n.youngPersonId = item.youngPersonId,
                                    n.personId = item.personId, n.taskId = item.taskId, n.due = item.due,
                                    n.taskState = item.taskState, n.link = item.link, n.detail = item.detail,
                                    n.urgent = item.urgent, n.createdAt = $now
                                WITH n, item
                                WHERE n.id = item.id
                                RETURN n.key AS key
                                """, Map.of("items", rows, "username", username, "now", at))
                        .list(r -> byKey.get(r.get("key").asString()));
                var tasks = created.stream().map(Item::taskId).filter(java.util.Objects::nonNull).toList();
                if (!tasks.isEmpty()) {
                    var keys = created.stream().map(Item::key).toList();
                    tx.run("""
                            MATCH (old:Notification {username: $username})
                            WHERE old.taskId IN $tasks AND NOT old.key IN $keys AND old.resolvedAt IS NULL
                            SET old.resolvedAt = $now
                            """, Map.of("username", username, "tasks", tasks, "keys", keys, "now", at)).consume();
                }
                if (!created.isEmpty() && mail != null) {
                    boolean hasAddress = tx.run("""
                                    MATCH (u:UserAccount {username: $username})
                                    RETURN u.email IS NOT NULL AND coalesce(u.enabled, true) AS hasAddress
                                    """, Map.of("username", username))
                            .list(r -> r.get("hasAddress").asBoolean()).stream().findFirst().orElse(false);
                    if (hasAddress) {
                        queueIn(tx, username, mail.apply(created), at);
                    }
                }
                return created;
            });
        }
    }

    /** Marks resolved this worker's notifications about tasks that are no longer open. */
    void resolveTasksNotIn(String username, Collection<String> openTaskIds, Instant now) {
        driver.executableQuery("""
                        MATCH (n:Notification {username: $username})
                        WHERE n.taskId IS NOT NULL AND n.resolvedAt IS NULL AND NOT n.taskId IN $open
                        SET n.resolvedAt = $now
                        """)
                .withParameters(Map.of("username", username, "open", List.copyOf(openTaskIds),
                        "now", now.atZone(ZoneOffset.UTC)))
                .execute();
    }

    /** The worker's most recent notifications, newest first, with the names as they are now. */
    List<Row> recent(String username, int limit) {
        return driver.executableQuery("""
                        MATCH (n:Notification {username: $username})
                        WITH n
                        ORDER BY n.createdAt DESC
                        LIMIT $limit
                        OPTIONAL MATCH (yp:YoungPerson {id: n.youngPersonId})
                        OPTIONAL MATCH (p:Person {id: n.personId})
                        RETURN n, yp.givenName AS ypGiven, yp.familyName AS ypFamily,
                               p.givenName AS pGiven, p.familyName AS pFamily, p.knownAs AS pKnownAs
                        ORDER BY n.createdAt DESC
                        """)
                .withParameters(Map.of("username", username, "limit", limit))
                .execute().records().stream().map(NotificationRepository::toRow).toList();
    }

    /** Per young person, how many of the worker's notifications are neither read nor resolved. */
    Map<String, Integer> unreadByYoungPerson(String username) {
        var counts = new HashMap<String, Integer>();
        driver.executableQuery("""
                        MATCH (n:Notification {username: $username})
                        WHERE n.readAt IS NULL AND n.resolvedAt IS NULL
                        RETURN n.youngPersonId AS youngPersonId, count(n) AS unread
                        """)
                .withParameters(Map.of("username", username))
                .execute().records()
                .forEach(r -> counts.put(r.get("youngPersonId").asString(), r.get("unread").asInt()));
        return counts;
    }

    /** The young person a notification of this worker is about; empty if the worker has no such notification. */
    Optional<String> youngPersonOf(String username, String id) {
        return driver.executableQuery("""
                        MATCH (n:Notification {id: $id, username: $username})
                        RETURN n.youngPersonId AS youngPersonId
                        """)
                .withParameters(Map.of("id", id, "username", username))
                .execute().records().stream().map(r -> r.get("youngPersonId").asString()).findFirst();
    }

    void markRead(String username, String id, Instant now) {
        driver.executableQuery("""
                        MATCH (n:Notification {id: $id, username: $username})
                        SET n.readAt = coalesce(n.readAt, $now)
                        """)
                .withParameters(Map.of("id", id, "username", username, "now", now.atZone(ZoneOffset.UTC)))
                .execute();
    }

    /** Marks read the worker's unread notifications about these young people (or all, when null); answers how many. */
    int markAllRead(String username, Collection<String> youngPersonIds, Instant now) {
        var parameters = new HashMap<String, Object>();
        parameters.put("username", username);
        parameters.put("ids", youngPersonIds == null ? null : List.copyOf(youngPersonIds));
        parameters.put("now", now.atZone(ZoneOffset.UTC));
        return driver.executableQuery("""
                        MATCH (n:Notification {username: $username})
                        WHERE n.readAt IS NULL AND ($ids IS NULL OR n.youngPersonId IN $ids)
                        SET n.readAt = $now
                        RETURN count(n) AS marked
                        """)
                .withParameters(parameters)
                .execute().records().getFirst().get("marked").asInt();
    }

    /** Puts an e-mail into the outbox (for the weekly digest). */
    void queue(String username, Mail mail, Instant now) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                queueIn(tx, username, mail, now.atZone(ZoneOffset.UTC));
                return null;
            });
        }
    }

    private static void queueIn(org.neo4j.driver.TransactionContext tx, String username, Mail mail,
            java.time.ZonedDateTime at) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("username", username);
        parameters.put("subject", mail.subject());
        parameters.put("body", mail.body());
        parameters.put("now", at);
        tx.run("""
                CREATE (:OutgoingMail {id: $id, username: $username, subject: $subject, body: $body,
                                       state: 'PENDING', attempts: 0, createdAt: $now, nextAttemptAt: $now})
                """, parameters).consume();
    }

    /** E-mails waiting whose next attempt is due, oldest first. */
    List<Pending> pending(Instant now, int limit) {
        return driver.executableQuery("""
                        MATCH (m:OutgoingMail {state: 'PENDING'})
                        WHERE m.nextAttemptAt <= $now
                        WITH m
                        ORDER BY m.createdAt
                        LIMIT $limit
                        OPTIONAL MATCH (u:UserAccount {username: m.username})
                        RETURN m, CASE WHEN coalesce(u.enabled, false) THEN u.email END AS address
                        """)
                .withParameters(Map.of("now", now.atZone(ZoneOffset.UTC), "limit", limit))
                .execute().records().stream().map(r -> {
                    var m = r.get("m").asNode();
                    return new Pending(m.get("id").asString(), m.get("username").asString(),
                            r.get("address").asString(null), m.get("subject").asString(), m.get("body").asString(),
                            m.get("attempts").asInt());
                }).toList();
    }

    /** Records the outcome of one attempt: SENT, DROPPED (nowhere to send it), or still PENDING or FAILED. */
    void attempted(String id, String state, int attempts, Instant nextAttemptAt, String error, Instant now) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("state", state);
        parameters.put("attempts", attempts);
        parameters.put("next", nextAttemptAt == null ? null : nextAttemptAt.atZone(ZoneOffset.UTC));
        parameters.put("error", error);
        parameters.put("now", now.atZone(ZoneOffset.UTC));
        driver.executableQuery("""
                        MATCH (m:OutgoingMail {id: $id})
                        SET m.state = $state, m.attempts = $attempts, m.nextAttemptAt = $next, m.lastError = $error,
                            m.lastAttemptAt = $now,
                            m.sentAt = CASE WHEN $state = 'SENT' THEN $now END
                        """)
                .withParameters(parameters)
                .execute();
    }

    private static Row toRow(Record r) {
        var n = r.get("n").asNode();
        String ypName = r.get("ypGiven").isNull() ? null
                : (r.get("ypGiven").asString("") + " " + r.get("ypFamily").asString("")).strip();
        String personName = r.get("pKnownAs").isNull()
                ? (r.get("pGiven").isNull() && r.get("pFamily").isNull() ? null
                        : (r.get("pGiven").asString("") + " " + r.get("pFamily").asString("")).strip())
                : r.get("pKnownAs").asString();
        return new Row(n.get("id").asString(), NotificationKind.valueOf(n.get("kind").asString()),
                n.get("youngPersonId").asString(), ypName, n.get("personId").asString(null), personName,
                n.get("taskId").asString(null), n.get("due").isNull() ? null : n.get("due").asLocalDate(),
                n.get("taskState").asString(null), n.get("link").asString(), n.get("detail").asString(null),
                n.get("urgent").asBoolean(false), n.get("createdAt").asZonedDateTime().toInstant(),
                n.get("readAt").isNull() ? null : n.get("readAt").asZonedDateTime().toInstant(),
                !n.get("resolvedAt").isNull());
    }
}
