package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.safeguarding.NetworkSafety;
import org.lifelonglinks.safeguarding.SafetyDecisionRepository;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * Contact events as {@code (:Connection)-[:HAS_CONTACT]->(:ContactEvent)}, and the connection's status and the
 * date the person was first reached ({@code reachedOn}) moving with them, in one transaction.
 */
@Repository
class ContactRepository {

    private final Driver driver;
    private final SafetyDecisionRepository safety;
    private final AuditTrail audit;
    private final Clock clock;

    ContactRepository(Driver driver, SafetyDecisionRepository safety, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.safety = safety;
        this.audit = audit;
        this.clock = clock;
    }

    ContactEvent record(String youngPersonId, ContactRequest request, String username) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var state = ConnectionStateRepository.lockAndRead(tx, safety, youngPersonId, request.personId())
                        .orElseThrow(() -> new InvalidFieldException("personId", "person " + request.personId()
                                + " is not in this young person's network"));
                if (request.kind().tracing()) {
                    WorkRules.requireNotBarred(state, "a tracing attempt");
                } else {
                    WorkRules.requireApproval(state, "recording contact with the young person");
                }
                var after = WorkRules.afterContact(state, request.kind(), request.outcome());
                var properties = new HashMap<String, Object>();
                properties.put("id", UUID.randomUUID().toString());
                properties.put("date", request.date());
                properties.put("kind", request.kind().name());
                properties.put("direct", request.kind().direct());
                properties.put("outcome", request.outcome() == null ? null : request.outcome().name());
                properties.put("note", request.note());
                properties.put("recordedBy", username);
                boolean reached = after.ordinal() >= ConnectionStatus.CONTACTED.ordinal()
                        && after != ConnectionStatus.NOT_SAFE && after != ConnectionStatus.ENDED
                        || request.kind().withYoungPerson();
                var row = tx.run("""
                        MATCH (c:Connection {id: $connectionId})
                        CREATE (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        SET e = $properties, e.recordedAt = datetime()
                        SET c.status = $status, c.reachedOn = CASE
                            WHEN $reached AND (c.reachedOn IS NULL OR c.reachedOn > $date) THEN $date
                            ELSE c.reachedOn END
                        RETURN e, c.status AS status
                        """, Map.of("connectionId", state.connectionId(), "properties", properties,
                        "status", after.name(), "reached", reached, "date", request.date())).single();
                audit.appendIn(tx, new AuditEvent(username, "CONTACT_RECORDED", youngPersonId, request.personId(),
                        request.kind() + (request.outcome() == null ? "" : " " + request.outcome())));
                if (after != state.status()) {
                    audit.appendIn(tx, statusChanged(username, youngPersonId, request.personId(), state.status(),
                            after));
                }
                return toEvent(row.get("e").asNode(), request.personId(), after);
            });
        }
    }

    ConnectionStatus move(String youngPersonId, String personId, ConnectionStatus next, String note,
            String username) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var state = ConnectionStateRepository.lockAndRead(tx, safety, youngPersonId, personId)
                        .orElseThrow(() -> new org.lifelonglinks.system.NotFoundException("Person in this network"));
                var after = WorkRules.requestedMove(state, next);
                setStatus(tx, state.connectionId(), after);
                var parameters = new HashMap<String, Object>();
                parameters.put("connectionId", state.connectionId());
                parameters.put("note", note);
                tx.run("MATCH (c:Connection {id: $connectionId}) SET c.statusNote = $note", parameters).consume();
                audit.appendIn(tx, statusChanged(username, youngPersonId, personId, state.status(), after));
                return after;
            });
        }
    }

    static void setStatus(TransactionContext tx, String connectionId, ConnectionStatus status) {
        tx.run("""
                MATCH (c:Connection {id: $connectionId})
                SET c.status = $status, c.statusChangedAt = datetime()
                """, Map.of("connectionId", connectionId, "status", status.name())).consume();
    }

    static AuditEvent statusChanged(String username, String youngPersonId, String personId,
            ConnectionStatus from, ConnectionStatus to) {
        return new AuditEvent(username, "STATUS_CHANGED", youngPersonId, personId, from + " -> " + to);
    }

    /** Contacts in the network, newest first; only one person's when {@code personId} is given. */
    List<ContactEvent> contacts(String youngPersonId, String personId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("youngPersonId", youngPersonId);
        parameters.put("personId", personId);
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        WHERE $personId IS NULL OR p.id = $personId
                        MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        RETURN e, p.id AS personId
                        ORDER BY e.date DESC, e.recordedAt DESC
                        """)
                .withParameters(parameters)
                .execute().records().stream()
                .map(r -> toEvent(r.get("e").asNode(), r.get("personId").asString(), null))
                .toList();
    }

    /** The situation now for everyone with direct contact in the last year (see {@link RecordedContact}). */
    Map<String, org.lifelonglinks.network.Baseline> situationNow(String youngPersonId, LocalDate today) {
        var situations = new HashMap<String, org.lifelonglinks.network.Baseline>();
        driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent {direct: true})
                        WHERE e.date >= $yearAgo AND e.date <= $today
                        RETURN p.id AS personId, c.baseline AS baseline,
                               count(CASE WHEN e.date >= $quarterAgo THEN 1 END) AS recent, count(e) AS year
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "today", today,
                        "yearAgo", today.minusDays(RecordedContact.OCCASIONAL_DAYS),
                        "quarterAgo", today.minusDays(RecordedContact.REGULAR_DAYS)))
                .execute().records()
                .forEach(r -> situations.put(r.get("personId").asString(), RecordedContact.situation(
                        org.lifelonglinks.network.Baseline.valueOf(r.get("baseline").asString()),
                        r.get("recent").asInt(), r.get("year").asInt())));
        return situations;
    }

    /** Every connection's status and latest contact, with safety as the safeguarding module answers it today. */
    List<Progress> progress(String youngPersonId, NetworkSafety safety) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        OPTIONAL MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        WITH c, p, count(e) AS contacts, max(e.date) AS lastContact
                        RETURN c, p, contacts, lastContact
                        ORDER BY p.familyName, p.givenName, p.id
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId))
                .execute().records().stream()
                .map(r -> toProgress(r, safety))
                .toList();
    }

    private static Progress toProgress(Record r, NetworkSafety safety) {
        var c = r.get("c").asNode();
        var p = r.get("p").asNode();
        return new Progress(p.get("id").asString(), ConnectionStateRepository.nameOf(p),
                c.get("relationship").asString(null), ConnectionStateRepository.status(c.get("status")),
                safety.safety(p.get("id").asString()).status(), ConnectionStateRepository.date(c.get("reachedOn")),
                r.get("contacts").asInt(), ConnectionStateRepository.date(r.get("lastContact")));
    }

    private static ContactEvent toEvent(org.neo4j.driver.types.Node e, String personId, ConnectionStatus after) {
        return new ContactEvent(e.get("id").asString(), personId, e.get("date").asLocalDate(),
                ContactKind.valueOf(e.get("kind").asString()),
                e.get("outcome").isNull() ? null : ContactOutcome.valueOf(e.get("outcome").asString()),
                e.get("note").asString(null), e.get("direct").asBoolean(),
                e.get("recordedBy").asString(), e.get("recordedAt").asZonedDateTime().toInstant(), after);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
