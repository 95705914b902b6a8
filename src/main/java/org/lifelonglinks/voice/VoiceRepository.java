package org.lifelonglinks.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.casework.CaseTasks;
import org.lifelonglinks.casework.TaskKind;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The young person's own words, kept on their record: {@code (:YoungPerson)-[:SAID]->(:OwnWords:<Kind>)} with the
 * kinds {@code OwnSuggestion}, {@code OwnWish}, {@code OwnMeetingWish}, {@code OwnHappening},
 * {@code OwnFamilyKnowledge}, {@code OwnMessage} (the coordinator's replies too) and {@code UnsafeAlert}. Each write
 * raises or closes the workers' tasks ({@link CaseTasks}) and appends its audit event in the same transaction.
 * Nothing is ever changed in place but a suggestion's answer and a message's read receipt.
 */
@Repository
class VoiceRepository {

    /** The labels of the young person's words; each node also carries {@code :OwnWords}. */
    enum Kind { OwnSuggestion, OwnWish, OwnMeetingWish, OwnHappening, OwnFamilyKnowledge, OwnMessage, UnsafeAlert }

    private final Driver driver;
    private final CaseTasks tasks;
    private final AuditTrail audit;
    private final Clock clock;

    VoiceRepository(Driver driver, CaseTasks tasks, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** A task to raise with the words: for the workers in these roles. */
    record Raise(TaskKind kind, String what, String note, List<Role> roles) {
    }

    /** A worker assigned to the young person. */
    record Worker(String username, String displayName, Role role) {
    }

    /** The workers assigned to the young person, coordinators first. */
    List<Worker> workers(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (worker:UserAccount)-[assigned:ASSIGNED_TO]->(:YoungPerson {id: $id})
                        WHERE worker.enabled IS NULL OR worker.enabled
                        RETURN worker.username AS username, coalesce(worker.displayName, worker.username) AS name,
                               assigned.role AS role
                        ORDER BY role, username
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> new Worker(r.get("username").asString(), r.get("name").asString(),
                        Role.valueOf(r.get("role").asString())))
                .toList();
    }

    /** Stores the words (with the id given, or a new one), raises the task if any, audits; answers the node. */
    Said say(String youngPersonId, Kind kind, Map<String, Object> properties, Raise raise, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var node = sayIn(tx, youngPersonId, kind, properties);
                if (raise != null) {
                    tasks.raiseIn(tx, youngPersonId, raise.kind(), raise.what(), raise.note(), today(), raise.roles(),
                            node.get("id").asString(), event.username());
                }
                audit.appendIn(tx, event);
                return node;
            });
        }
    }

    private Said sayIn(TransactionContext tx, String youngPersonId, Kind kind, Map<String, Object> properties) {
        var stored = new HashMap<String, Object>(properties);
        stored.putIfAbsent("id", UUID.randomUUID().toString());
        stored.put("saidOn", today());
        // The label comes from the enum, never from input.
        var rows = tx.run("""
                MATCH (yp:YoungPerson {id: $youngPersonId})
                CREATE (yp)-[:SAID]->(w:OwnWords:%s)
                SET w = $properties, w.saidAt = $now
                RETURN w AS node
                """.formatted(kind.name()), Map.of("youngPersonId", youngPersonId, "properties", stored,
                "now", java.time.ZonedDateTime.now(clock))).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Young person");
        }
        return said(rows.getFirst().get("node").asNode());
    }

    /** Every node of this kind on the record, oldest first. */
    List<Said> said(String youngPersonId, Kind kind) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(w:OwnWords)
                        WHERE $kind IN labels(w)
                        RETURN w
                        ORDER BY w.saidAt, w.id
                        """)
                .withParameters(Map.of("id", youngPersonId, "kind", kind.name()))
                .execute().records().stream()
                .map(r -> said(r.get("w").asNode()))
                .toList();
    }

    /** Every word of the young person's record, of every kind, oldest first (for the chronology). */
    List<Said> allSaid(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(w:OwnWords)
                        RETURN w
                        ORDER BY w.saidAt, w.id
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> said(r.get("w").asNode()))
                .toList();
    }

    /**
     * Records a coordinator's decision on a waiting suggestion and closes its tasks; 404 if there is no such
     * suggestion, 409 if it was already decided.
     */
    void decide(String youngPersonId, String suggestionId, Map<String, Object> decision, String username,
            AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var rows = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(s:OwnSuggestion {id: $suggestionId})
                        SET s.lock = true
                        REMOVE s.lock
                        RETURN s.state AS state
                        """, Map.of("id", youngPersonId, "suggestionId", suggestionId)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Suggestion");
                }
                if (!"WAITING".equals(rows.getFirst().get("state").asString())) {
                    throw new ConflictException("state", "This suggestion has already been answered");
                }
                tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(s:OwnSuggestion {id: $suggestionId})
                        SET s += $decision, s.decidedBy = $username, s.decidedAt = datetime()
                        """, Map.of("id", youngPersonId, "suggestionId", suggestionId, "decision", decision,
                        "username", username)).consume();
                tasks.closeIn(tx, youngPersonId, TaskKind.YOUNG_PERSON_SUGGESTION, suggestionId, today(), username);
                audit.appendIn(tx, event);
            });
        }
    }

    /** Marks the young person's unread messages read by this coordinator; closes the "message waiting" tasks. */
    int markRead(String youngPersonId, String username, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                int read = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(m:OwnMessage {fromYoungPerson: true})
                        WHERE m.seenAt IS NULL
                        SET m.seenAt = datetime(), m.seenBy = $username
                        RETURN count(m) AS read
                        """, Map.of("id", youngPersonId, "username", username)).single().get("read").asInt();
                tasks.closeIn(tx, youngPersonId, TaskKind.YOUNG_PERSON_MESSAGE, null, today(), username);
                audit.appendIn(tx, event.withDetail(read + " messages"));
                return read;
            });
        }
    }

    /**
     * A young person's message: stored always; a "message waiting" task for their coordinators only when none is
     * open already (one task for a run of messages, closed when the coordinator reads them).
     */
    Said sendFromYoungPerson(String youngPersonId, Map<String, Object> properties, String what, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                checkReplyIn(tx, youngPersonId, (String) properties.get("replyTo"));
                var node = sayIn(tx, youngPersonId, Kind.OwnMessage, properties);
                boolean open = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_TASK]->(t:Task {kind: $kind})
                        WHERE t.doneOn IS NULL
                        RETURN count(t) > 0 AS open
                        """, Map.of("id", youngPersonId, "kind", TaskKind.YOUNG_PERSON_MESSAGE.name()))
                        .single().get("open").asBoolean();
                if (!open) {
                    tasks.raiseIn(tx, youngPersonId, TaskKind.YOUNG_PERSON_MESSAGE, what, null, today(),
                            List.of(Role.COORDINATOR), node.get("id").asString(), event.username());
                }
                audit.appendIn(tx, event);
                return node;
            });
        }
    }

    /** A coordinator's message to the young person (their replies count as reading what came before). */
    Said sendFromCoordinator(String youngPersonId, Map<String, Object> properties, String username,
            AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                checkReplyIn(tx, youngPersonId, (String) properties.get("replyTo"));
                var node = sayIn(tx, youngPersonId, Kind.OwnMessage, properties);
                audit.appendIn(tx, event);
                return node;
            });
        }
    }

    private void checkReplyIn(TransactionContext tx, String youngPersonId, String replyTo) {
        if (replyTo == null) {
            return;
        }
        boolean found = tx.run("""
                MATCH (:YoungPerson {id: $id})-[:SAID]->(m:OwnMessage {id: $replyTo})
                RETURN count(m) > 0 AS found
                """, Map.of("id", youngPersonId, "replyTo", replyTo)).single().get("found").asBoolean();
        if (!found) {
            throw new org.lifelonglinks.system.InvalidFieldException("replyTo",
                    "replyTo is not a message in this conversation");
        }
    }

    /**
     * "I don't feel safe": every tap is stored and audited; urgent tasks for the coordinators and social workers
     * are raised unless some were raised less than {@code every} ago. The young person's record is locked first,
     * so two taps at once raise one set. Answers the usernames tasks were raised for (empty when not raised).
     */
    List<String> unsafe(String youngPersonId, Map<String, Object> properties, Duration every, String what,
            String note, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        SET yp.lastUnsafeAt = datetime()
                        """, Map.of("id", youngPersonId)).consume();
                Value last = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(a:UnsafeAlert)
                        WHERE a.raised
                        RETURN max(a.saidAt) AS last
                        """, Map.of("id", youngPersonId)).single().get("last");
                boolean raise = last.isNull()
                        || !last.asZonedDateTime().toInstant().plus(every).isAfter(clock.instant());
                var stored = new HashMap<String, Object>(properties);
                stored.put("raised", raise);
                var node = sayIn(tx, youngPersonId, Kind.UnsafeAlert, stored);
                List<String> raised = raise ? tasks.raiseIn(tx, youngPersonId, TaskKind.YOUNG_PERSON_UNSAFE, what,
                        note, today(), List.of(Role.COORDINATOR, Role.SOCIAL_WORKER), node.get("id").asString(),
                        event.username()) : List.of();
                tx.run("""
                        MATCH (w:UnsafeAlert {id: $alert})
                        SET w.tasksRaisedFor = $raised
                        """, Map.of("alert", node.get("id").asString(), "raised", raised)).consume();
                audit.appendIn(tx, event.withDetail(raise ? "urgent tasks for " + raised.size() + " workers"
                        : "tasks already raised less than " + every.toMinutes() + " minutes ago"));
                return raised;
            });
        }
    }

    /** The current plan's commitments: id, person and what. */
    List<Map<String, Object>> currentCommitments(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_PLAN]->(:Plan {current: true})-[:HAS_COMMITMENT]->(c:Commitment)
                        RETURN c.id AS commitmentId, c.personId AS personId, c.activity AS activity,
                               c.frequency AS frequency
                        ORDER BY c.startDate, c.id
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> r.asMap())
                .toList();
    }

    /** The young person's given and family names, when the record exists. */
    Optional<String> givenName(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $id})
                        RETURN yp.givenName AS name
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream().findFirst().map(r -> r.get("name").asString());
    }

    private static Said said(org.neo4j.driver.types.Node node) {
        var labels = new java.util.HashSet<String>();
        node.labels().forEach(labels::add);
        return new Said(node.asMap(), labels);
    }

    static LocalDate dateOf(Said said, String property) {
        var value = said.get(property);
        return value.isNull() ? null : value.asLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
