package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.network.Baseline;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Reads a connection's state for the rules inside the caller's write transaction. Touching the connection
 * first takes Neo4j's write lock on it, so two requests about the same person are applied one after the other
 * and each sees the other's result.
 */
final class ConnectionStateRepository {

    private ConnectionStateRepository() {
    }

    static Optional<ConnectionState> lockAndRead(TransactionContext tx, String youngPersonId, String personId,
            LocalDate today) {
        var rows = tx.run("""
                MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person {id: $personId})
                SET c.lockedAt = datetime()
                WITH c, p
                OPTIONAL MATCH (c)-[:CURRENT_SAFETY]->(d:SafetyDecision)
                RETURN c, p, d
                """, Map.of("youngPersonId", youngPersonId, "personId", personId)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.getFirst();
        var c = row.get("c").asNode();
        var p = row.get("p").asNode();
        var decision = row.get("d").isNull() ? null : toDecision(row.get("d").asNode());
        return Optional.of(new ConnectionState(c.get("id").asString(), personId, nameOf(p),
                c.get("relationship").asString(null), Baseline.valueOf(c.get("baseline").asString()),
                c.get("hiddenFromYoungPerson").asBoolean(false), status(c.get("status")),
                c.get("statusBeforeNotSafe").isNull() ? null : status(c.get("statusBeforeNotSafe")),
                SafetyState.of(decision, today)));
    }

    /** The name the young person knows someone by. */
    static String nameOf(Node person) {
        String knownAs = person.get("knownAs").asString(null);
        if (knownAs != null) {
            return knownAs;
        }
        String given = person.get("givenName").asString(null);
        return given != null ? given : person.get("familyName").asString("someone");
    }

    static ConnectionStatus status(Value value) {
        return value.isNull() ? ConnectionStatus.IDENTIFIED : ConnectionStatus.valueOf(value.asString());
    }

    static SafetyDecision toDecision(Node d) {
        return new SafetyDecision(d.get("id").asString(), SafetyDecisionKind.valueOf(d.get("decision").asString()),
                SafetyBasis.valueOf(d.get("basis").asString()), d.get("conditions").asString(null),
                d.get("reason").asString(null), d.get("decidedBy").asString(),
                d.get("decidedOn").asLocalDate(), date(d.get("reviewOn")), date(d.get("expiresOn")),
                d.get("recordedAt").asZonedDateTime().toInstant());
    }

    static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
