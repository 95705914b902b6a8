package org.lifelonglinks.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * Safety decisions inside another module's write transaction: the plan module locks a connection, then asks here
 * where it stands, so a decision recorded at the same moment is applied strictly before or after, never beside.
 * The rule itself is {@link SafetyState}'s, read with the service's clock.
 */
@Repository
public class SafetyDecisionRepository {

    private final Clock clock;

    SafetyDecisionRepository(Clock clock) {
        this.clock = clock;
    }

    /** Where the connection stands today, read in the caller's transaction (which already holds its lock). */
    public SafetyState stateIn(TransactionContext tx, String connectionId) {
        var rows = tx.run("""
                MATCH (:Connection {id: $connectionId})-[:CURRENT_SAFETY]->(d:SafetyDecision)
                RETURN d
                """, Map.of("connectionId", connectionId)).list();
        var current = rows.isEmpty() ? null : SafeguardingRepository.toDecision(rows.getFirst().get("d").asNode());
        return SafetyState.of(current, LocalDate.now(clock));
    }

    /** Keeps the decision as the connection's current one, in the caller's transaction. */
    public SafetyDecision recordIn(TransactionContext tx, String connectionId, NewDecision decision) {
        var properties = new HashMap<String, Object>();
        properties.put("id", UUID.randomUUID().toString());
        properties.put("decision", decision.decision().name());
        properties.put("basis", decision.basis().name());
        properties.put("conditions", decision.conditions());
        properties.put("reason", decision.reason());
        properties.put("decidedBy", decision.decidedBy());
        properties.put("decidedOn", decision.decidedOn());
        properties.put("reviewOn", decision.reviewOn());
        properties.put("expiresOn", decision.expiresOn());
        return SafeguardingRepository.toDecision(tx.run("""
                MATCH (c:Connection {id: $connectionId})
                OPTIONAL MATCH (c)-[old:CURRENT_SAFETY]->()
                DELETE old
                WITH DISTINCT c
                CREATE (c)-[:HAS_SAFETY_DECISION]->(d:SafetyDecision)
                SET d = $properties, d.recordedAt = datetime()
                CREATE (c)-[:CURRENT_SAFETY]->(d)
                RETURN d
                """, Map.of("connectionId", connectionId, "properties", properties)).single().get("d").asNode());
    }

    /**
     * Inside an erasure's transaction: deletes every decision recorded on these connections (the connections are
     * being deleted with the person they lead to). Returns how many were deleted.
     */
    public long eraseIn(TransactionContext tx, java.util.Collection<String> connectionIds) {
        return tx.run("""
                MATCH (c:Connection)-[:HAS_SAFETY_DECISION]->(d:SafetyDecision)
                WHERE c.id IN $ids
                DETACH DELETE d
                RETURN count(d) AS deleted
                """, Map.of("ids", java.util.List.copyOf(connectionIds))).single().get("deleted").asLong();
    }

    /** A checked decision to keep; checking it against the request's rules is the recording module's work. */
    public record NewDecision(SafetyDecisionKind decision, SafetyBasis basis, String conditions, String reason,
            String decidedBy, LocalDate decidedOn, LocalDate reviewOn, LocalDate expiresOn) {

        public NewDecision {
            java.util.Objects.requireNonNull(decision, "decision");
            java.util.Objects.requireNonNull(basis, "basis");
            java.util.Objects.requireNonNull(decidedBy, "decidedBy");
            java.util.Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }
}
