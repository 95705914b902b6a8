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

    /** Records the event in its own transaction. */
    public void append(AuditEvent event) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> appendIn(tx, event));
        }
    }

    /** Records the event inside the caller's transaction, so it commits or rolls back with the change. */
    public void appendIn(TransactionContext tx, AuditEvent event) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("at", clock.instant().atZone(ZoneOffset.UTC));
        parameters.put("username", event.username());
        parameters.put("action", event.action());
        parameters.put("youngPersonId", event.youngPersonId());
        parameters.put("personId", event.personId());
        parameters.put("detail", event.detail());
        parameters.put("changes", event.changes() == null ? null : JSON.writeValueAsString(event.changes()));
        tx.run(APPEND, parameters).consume();
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
                          AND ($action IS NULL OR e.action = $action)
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
                e.get("changes").isNull() ? null : JSON.readValue(e.get("changes").asString(), CHANGES));
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

}
