package org.lifelonglinks.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Repository;

/**
 * Appends entries to the audit trail, stored as {@code :AuditEvent} nodes, and reads them back.
 *
 * <p>A change and its audit entry are written in the same transaction ({@link #appendIn}) so that no change
 * is ever left unaudited; reads are recorded in a transaction of their own ({@link #append}).
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

    private final Driver driver;
    private final Clock clock;

    AuditTrail(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
    }

    /**
     * Records the event in its own transaction, before the caller answers.
     *
     * <p>One page view makes several calls, each of them a read; a page that sends the same {@code X-Page-View} id
     * with each (see {@link PageViews}) gets one entry for the reads of one view instead of one per call: the first
     * read is written with what it read, and the view's later reads by the same user, about the same young person
     * and person, within {@link PageViews#WINDOW}, are added to that entry's {@code alsoRead}. A change is never
     * folded into anything (it is written with {@link #appendIn}); without the header, or with anything but a
     * UUID in it, every read is its own entry.
     */
    public void append(AuditEvent event) {
        String view = PageViews.isRead(event.action()) ? PageViews.current() : null;
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            if (view == null) {
                session.executeWriteWithoutResult(tx -> appendIn(tx, event));
            } else {
                session.executeWriteWithoutResult(tx -> appendOnceIn(tx, event, view));
            }
        }
    }

    /**
     * The read of a page view: the view's key (a hash of user, young person, person and view id) is a node under a
     * uniqueness constraint, so the view's calls arriving at once wait for each other here and exactly one writes
     * the entry.
     */
    private void appendOnceIn(TransactionContext tx, AuditEvent event, String view) {
        var now = clock.instant();
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
        String id = write(tx, event);
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
        write(tx, event);
    }

    private String write(TransactionContext tx, AuditEvent event) {
        String id = UUID.randomUUID().toString();
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("at", clock.instant().atZone(ZoneOffset.UTC));
        parameters.put("username", event.username());
        parameters.put("action", event.action());
        parameters.put("youngPersonId", event.youngPersonId());
        parameters.put("personId", event.personId());
        parameters.put("detail", event.detail());
        parameters.put("changes", event.changes() == null ? null : JSON.writeValueAsString(event.changes()));
        tx.run(APPEND, parameters).consume();
        return id;
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
