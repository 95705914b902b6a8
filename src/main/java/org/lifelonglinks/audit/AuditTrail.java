package org.lifelonglinks.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Repository;

/**
 * Appends entries to the audit trail, stored as {@code :AuditEvent} nodes, and reads them back.
 *
 * <p>A change and its audit entry are written in the same transaction ({@link #appendIn}) so that no change
 * is ever left unaudited; reads are recorded before their answer ({@link #append}), in a transaction the trail's
 * writer shares among the reads waiting at that moment (group commit).
 */
@Repository
public final class AuditTrail {

    private static final String APPEND = """
            CREATE (e:AuditEvent {
              id: $id, at: $at, username: $username, action: $action,
              youngPersonId: $youngPersonId, personId: $personId, detail: $detail, changes: $changes
            })
            """;

    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final tools.jackson.core.type.TypeReference<java.util.Map<String, List<String>>> CHANGES =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** The most reads' entries one transaction of the writer takes. */
    private static final int MOST_IN_ONE_COMMIT = 256;

    private final Driver driver;
    private final Clock clock;
    /** Reads waiting for their entry to be committed, in arrival order. */
    private final LinkedBlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    AuditTrail(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
        this.writer = Thread.ofPlatform().daemon().name("audit-trail-writer").unstarted(this::writeWhileOpen);
        this.writer.start();
    }

    /**
     * A request's entries on their way, committed together: each event with its page view and time, taken on the
     * request's own thread.
     */
    private record Waiting(AuditEvent event, String view, Instant at, CompletableFuture<Void> committed,
            List<Waiting> entries) {

        Waiting(AuditEvent event, String view, Instant at, CompletableFuture<Void> committed) {
            this(event, view, at, committed, List.of());
        }
    }

    /**
     * Records the event before the caller answers: committed by the trail's writer, in one transaction with the other
     * reads waiting at that moment (group commit).
     *
     * <p>One page view makes several calls, each of them a read; a page that sends the same {@code X-Page-View} id
     * with each (see {@link PageViews}) gets one entry for the reads of one view instead of one per call: the first
     * read is written with what it read, and the view's later reads by the same user, about the same young person
     * and person, within {@link PageViews#WINDOW}, are added to that entry's {@code alsoRead}. A change is never
     * folded into anything (it is written with {@link #appendIn}); without the header, or with anything but a
     * UUID in it, every read is its own entry.
     */
    public void append(AuditEvent event) {
        append(List.of(event));
    }

    /**
     * Records these events of one request (a chart reads the network, then draws it: two entries) in one commit,
     * before the caller answers; each is folded or not as {@link #append(AuditEvent)} says.
     */
    public void append(List<AuditEvent> events) {
        var now = clock.instant();
        var entries = events.stream().map(event -> new Waiting(event,
                PageViews.isRead(event.action()) ? PageViews.current() : null, now, null)).toList();
        var entry = new Waiting(null, null, now, new CompletableFuture<>(), entries);
        if (closed || !writer.isAlive()) {
            writeAlone(entry);
        } else {
            waiting.add(entry);
            // Closed while this entry was being queued, after the writer's last look: write it here.
            if (closed && waiting.remove(entry)) {
                writeAlone(entry);
            }
        }
        try {
            entry.committed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit entry was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The audit entry could not be written", e.getCause());
        }
    }

    /**
     * The writer: takes every read waiting, writes all their entries in one transaction, commits, and only then lets
     * each of them answer (group commit: one commit, one flush of the transaction log, for the reads of that moment,
     * each still durable before its answer). If the shared transaction fails, each entry is tried alone, so one
     * entry's failure is only its own read's.
     */
    private void writeWhileOpen() {
        var batch = new ArrayList<Waiting>();
        while (!closed) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                continue; // closing: the loop's condition decides
            }
            waiting.drainTo(batch, MOST_IN_ONE_COMMIT - 1);
            writeTogether(batch);
            batch.clear();
        }
        waiting.drainTo(batch);
        batch.forEach(this::writeAlone);
    }

    private void writeTogether(List<Waiting> batch) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> writeAllIn(tx, batch));
        } catch (Error e) {
            // The writer must outlive anything: the requests waiting learn of it, and the next ones still queue.
            batch.forEach(entry -> entry.committed().completeExceptionally(e));
            return;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().committed().completeExceptionally(e);
            } else {
                batch.forEach(this::writeAlone);
            }
            return;
        }
        batch.forEach(entry -> entry.committed().complete(null));
    }

    private void writeAlone(Waiting entry) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> writeAllIn(tx, List.of(entry)));
            entry.committed().complete(null);
        } catch (RuntimeException e) {
            entry.committed().completeExceptionally(e);
        }
    }

    /** Entries without a page view in one statement; a page view's one by one, as each may fold into another. */
    private void writeAllIn(TransactionContext tx, List<Waiting> batch) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var entry : batch.stream().flatMap(request -> request.entries().stream()).toList()) {
            if (entry.view() == null) {
                rows.add(row(entry.event(), entry.at()));
            } else {
                appendOnceIn(tx, entry.event(), entry.view(), entry.at());
            }
        }
        if (!rows.isEmpty()) {
            tx.run("""
                    UNWIND $rows AS row
                    CREATE (e:AuditEvent)
                    SET e = row
                    """, Map.of("rows", rows)).consume();
        }
    }

    /** Stops the writer once the entries already waiting are written; later reads write their own. */
    @PreDestroy
    void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The read of a page view: the view's key (a hash of user, young person, person and view id) is a node under a
     * uniqueness constraint, so the view's calls arriving at once wait for each other here and exactly one writes
     * the entry.
     */
    private void appendOnceIn(TransactionContext tx, AuditEvent event, String view, Instant now) {
        String key = PageViews.key(event, view);
        var parameters = new HashMap<String, Object>();
        parameters.put("key", key);
        parameters.put("now", now.atZone(ZoneOffset.UTC));
        var seen = tx.run("""
                MERGE (v:AuditPageView {key: $key})
                SET v.touchedAt = $now
                RETURN v.eventId AS eventId, v.since AS since
                """, parameters).single();
        String eventId = seen.get("eventId").asString(null);
        boolean recent = eventId != null
                && !Instant.from(seen.get("since").asZonedDateTime()).isBefore(now.minus(PageViews.WINDOW));
        if (recent) {
            long folded = tx.run("""
                    MATCH (e:AuditEvent {id: $eventId})
                    SET e.alsoRead = CASE WHEN $action = e.action OR $action IN coalesce(e.alsoRead, [])
                                          THEN e.alsoRead ELSE coalesce(e.alsoRead, []) + $action END
                    RETURN count(e) AS folded
                    """, java.util.Map.of("eventId", eventId, "action", event.action()))
                    .single().get("folded").asLong();
            if (folded == 1) {
                return;
            }
        }
        String id = write(tx, event, now);
        parameters.put("eventId", id);
        parameters.put("cutoff", now.minus(PageViews.WINDOW).atZone(ZoneOffset.UTC));
        tx.run("""
                MATCH (v:AuditPageView {key: $key})
                SET v.eventId = $eventId, v.since = $now
                """, parameters).consume();
        // Views past their window fold nothing more: forget a few of them each time a new one starts.
        tx.run("""
                MATCH (old:AuditPageView)
                WHERE old.since < $cutoff
                WITH old LIMIT 20
                DELETE old
                """, parameters).consume();
    }

    /** Records the event inside the caller's transaction, so it commits or rolls back with the change. */
    public void appendIn(TransactionContext tx, AuditEvent event) {
        write(tx, event, clock.instant());
    }

    private String write(TransactionContext tx, AuditEvent event, Instant at) {
        var parameters = row(event, at);
        tx.run(APPEND, parameters).consume();
        return (String) parameters.get("id");
    }

    /** An entry's properties, with a new id. */
    private static Map<String, Object> row(AuditEvent event, Instant at) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("at", at.atZone(ZoneOffset.UTC));
        parameters.put("username", event.username());
        parameters.put("action", event.action());
        parameters.put("youngPersonId", event.youngPersonId());
        parameters.put("personId", event.personId());
        parameters.put("detail", event.detail());
        parameters.put("changes", event.changes() == null ? null : JSON.writeValueAsString(event.changes()));
        return parameters;
    }

    /** Entries matching every given filter, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        var parameters = new HashMap<String, Object>();
        parameters.put("youngPersonId", query.youngPersonId());
        parameters.put("personId", query.personId());
        parameters.put("username", query.username());
        parameters.put("action", query.action());
        parameters.put("from", query.from() == null ? null : query.from().atZone(ZoneOffset.UTC));
        parameters.put("to", query.to() == null ? null : query.to().atZone(ZoneOffset.UTC));
        parameters.put("limit", query.limit());
        return driver.executableQuery("""
                        MATCH (e:AuditEvent)
                        WHERE ($youngPersonId IS NULL OR e.youngPersonId = $youngPersonId)
                          AND ($personId IS NULL OR e.personId = $personId)
                          AND ($username IS NULL OR e.username = $username)
                          AND ($action IS NULL OR e.action = $action OR $action IN coalesce(e.alsoRead, []))
                          AND ($from IS NULL OR e.at >= $from)
                          AND ($to IS NULL OR e.at < $to)
                        RETURN e
                        ORDER BY e.at DESC, e.id
                        LIMIT $limit
                        """)
                .withParameters(parameters)
                .execute()
                .records().stream()
                .map(AuditTrail::toEntry)
                .toList();
    }

    private static AuditEntry toEntry(Record record) {
        var e = record.get("e").asNode();
        return new AuditEntry(
                e.get("id").asString(),
                Instant.from(e.get("at").asZonedDateTime()),
                e.get("username").asString(),
                e.get("action").asString(),
                e.get("youngPersonId").asString(null),
                e.get("personId").asString(null),
                e.get("detail").asString(null),
                e.get("changes").isNull() ? null : JSON.readValue(e.get("changes").asString(), CHANGES),
                e.get("alsoRead").isNull() ? List.of() : e.get("alsoRead").asList(org.neo4j.driver.Value::asString));
    }

    /**
     * Inside an erasure's transaction: the entries about these people keep who did what and when, but lose the old
     * and new values, which are the erased person's data. Returns how many entries were touched.
     */
    public long forgetValuesOfIn(TransactionContext tx, java.util.Collection<String> ids) {
        return tx.run("""
                        MATCH (e:AuditEvent)
                        WHERE (e.personId IN $ids OR e.youngPersonId IN $ids)
                          AND e.changes IS NOT NULL
                        REMOVE e.changes
                        RETURN count(e) AS touched
                        """, java.util.Map.of("ids", List.copyOf(ids)))
                .single().get("touched").asLong();
    }

    /** The word the trail shows for someone whose record was erased: their name went with it. */
    static final String ERASED = "erased";

    /**
     * Names for the ids in these entries, looked up now: a user's display name, a young person's or person's given
     * and family name. Someone erased is {@link #ERASED} (the record, and its name, are gone; a tombstone says why);
     * an id that names no record and was never erased (a refused look at a made-up id) has no name.
     */
    Names names(List<AuditEntry> entries) {
        var usernames = entries.stream().map(AuditEntry::username).distinct().toList();
        var ids = java.util.stream.Stream.concat(entries.stream().map(AuditEntry::youngPersonId),
                entries.stream().map(AuditEntry::personId)).filter(java.util.Objects::nonNull).distinct().toList();
        var users = new HashMap<String, String>();
        driver.executableQuery("""
                        MATCH (u:UserAccount) WHERE u.username IN $usernames
                        RETURN u.username AS username, coalesce(u.displayName, u.username) AS name
                        """)
                .withParameters(java.util.Map.of("usernames", usernames)).execute().records()
                .forEach(r -> users.put(r.get("username").asString(), r.get("name").asString()));
        var people = new HashMap<String, String>();
        driver.executableQuery("""
                        UNWIND $ids AS id
                        OPTIONAL MATCH (p:Person {id: id})
                        WITH id, p
                        RETURN id,
                               CASE WHEN p IS NOT NULL
                                    THEN trim(coalesce(p.givenName, '') + ' ' + coalesce(p.familyName, ''))
                                    WHEN EXISTS { MATCH (:AuditEvent {action: 'PERSON_ERASED', personId: id}) }
                                      OR EXISTS { MATCH (:AuditEvent {action: 'YOUNG_PERSON_ERASED', youngPersonId: id}) }
                                      OR EXISTS {
                                           MATCH (a:AuditEvent {personId: id}) WHERE a.youngPersonId IS NOT NULL
                                             AND EXISTS { MATCH (:AuditEvent {action: 'YOUNG_PERSON_ERASED',
                                                                              youngPersonId: a.youngPersonId}) } }
                                    THEN $erased END AS name
                        """)
                .withParameters(java.util.Map.of("ids", ids, "erased", ERASED)).execute().records()
                .forEach(r -> {
                    if (!r.get("name").isNull()) {
                        people.put(r.get("id").asString(), r.get("name").asString());
                    }
                });
        return new Names(users, people);
    }

    /** Users by username, and young people and people by id, named as the trail's page shows them. */
    record Names(java.util.Map<String, String> users, java.util.Map<String, String> people) {
    }

    /** A choice for a filter: what is sent, and the words shown. */
    record Choice(String value, String label) {
    }

    /** Every account (by display name), every young person (by family then given name). */
    Choices choices(String youngPersonId) {
        var users = driver.executableQuery("""
                        MATCH (u:UserAccount)
                        WITH u, coalesce(u.displayName, u.username) AS name
                        RETURN u.username AS value, name + ' (' + u.username + ')' AS label
                        ORDER BY toLower(name), u.username
                        """).execute().records().stream()
                .map(r -> new Choice(r.get("value").asString(), r.get("label").asString())).toList();
        var youngPeople = driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        RETURN yp.id AS value,
                               trim(coalesce(yp.givenName, '') + ' ' + coalesce(yp.familyName, '')) AS label
                        ORDER BY toLower(yp.familyName), toLower(yp.givenName), yp.id
                        """).execute().records().stream()
                .map(r -> new Choice(r.get("value").asString(), r.get("label").asString())).toList();
        List<Choice> people = youngPersonId == null ? List.of() : driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
                        RETURN DISTINCT p.id AS value,
                               trim(coalesce(p.givenName, '') + ' ' + coalesce(p.familyName, '')) AS label,
                               toLower(coalesce(p.familyName, '')) AS family, toLower(coalesce(p.givenName, '')) AS given
                        ORDER BY family, given, value
                        """).withParameters(java.util.Map.of("id", youngPersonId)).execute().records().stream()
                .map(r -> new Choice(r.get("value").asString(), r.get("label").asString())).toList();
        return new Choices(users, youngPeople, people, AuditActions.CHOICES);
    }

    /** What the trail's filters offer; {@code people} are the chosen young person's network (empty without one). */
    record Choices(List<Choice> users, List<Choice> youngPeople, List<Choice> people, List<Choice> actions) {
    }
}
