package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Repository;

/**
 * Safety decisions as {@code (:Connection)-[:HAS_SAFETY_DECISION]->(:SafetyDecision)}, every one kept, with
 * {@code CURRENT_SAFETY} pointing at the latest. A do-not-contact decision marks the connection NOT_SAFE,
 * remembering where it stood; lifting it restores that status.
 */
@Repository
class SafetyRepository {

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;

    SafetyRepository(Driver driver, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
    }

    SafetyDecision record(String personId, SafetyDecisionRequest request, String decidedBy, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var state = ConnectionStateRepository.lockAndRead(tx, request.youngPersonId(), personId, today())
                        .orElseThrow(() -> new NotFoundException("Person in this network"));
                var properties = new HashMap<String, Object>();
                properties.put("id", UUID.randomUUID().toString());
                properties.put("decision", request.decision().name());
                properties.put("basis", request.basis().name());
                properties.put("conditions", request.conditions());
                properties.put("reason", request.reason());
                properties.put("decidedBy", decidedBy);
                properties.put("decidedOn", request.decidedOn());
                properties.put("reviewOn", request.reviewOn());
                properties.put("expiresOn", request.expiresOn());
                var decision = ConnectionStateRepository.toDecision(tx.run("""
                        MATCH (c:Connection {id: $connectionId})
                        OPTIONAL MATCH (c)-[old:CURRENT_SAFETY]->()
                        DELETE old
                        WITH DISTINCT c
                        CREATE (c)-[:HAS_SAFETY_DECISION]->(d:SafetyDecision)
                        SET d = $properties, d.recordedAt = datetime()
                        CREATE (c)-[:CURRENT_SAFETY]->(d)
                        RETURN d
                        """, Map.of("connectionId", state.connectionId(), "properties", properties))
                        .single().get("d").asNode());
                var status = state.status();
                if (request.decision() == SafetyDecisionKind.DO_NOT_CONTACT && status != ConnectionStatus.ENDED
                        && status != ConnectionStatus.NOT_SAFE) {
                    setStatus(tx, state.connectionId(), ConnectionStatus.NOT_SAFE, status);
                } else if (request.decision() != SafetyDecisionKind.DO_NOT_CONTACT
                        && status == ConnectionStatus.NOT_SAFE) {
                    var before = state.statusBeforeNotSafe() == null ? ConnectionStatus.IDENTIFIED
                            : state.statusBeforeNotSafe();
                    setStatus(tx, state.connectionId(), before, null);
                }
                audit.appendIn(tx, event);
                return decision;
            });
        }
    }

    /** Every decision about the person in this network, newest first. */
    List<SafetyDecision> history(String youngPersonId, String personId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(:Person {id: $personId})
                        MATCH (c)-[:HAS_SAFETY_DECISION]->(d:SafetyDecision)
                        RETURN d ORDER BY d.recordedAt DESC
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "personId", personId))
                .execute().records().stream()
                .map(r -> ConnectionStateRepository.toDecision(r.get("d").asNode()))
                .toList();
    }

    /** People under a standing do-not-contact decision in the young person's network. */
    Set<String> doNotContact(String youngPersonId) {
        return Set.copyOf(driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        MATCH (c)-[:CURRENT_SAFETY]->(d:SafetyDecision {decision: 'DO_NOT_CONTACT'})
                        WHERE d.expiresOn IS NULL OR d.expiresOn >= $today
                        RETURN p.id AS personId
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "today", today()))
                .execute().records().stream()
                .map(r -> r.get("personId").asString())
                .toList());
    }

    private static void setStatus(org.neo4j.driver.TransactionContext tx, String connectionId,
            ConnectionStatus status, ConnectionStatus before) {
        tx.run("""
                MATCH (c:Connection {id: $connectionId})
                SET c.status = $status, c.statusBeforeNotSafe = $before, c.statusChangedAt = datetime()
                """, CypherParameters.of("connectionId", connectionId, "status", status.name(),
                "before", before == null ? null : before.name())).consume();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
