package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.safeguarding.SafetyDecisionRepository;
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

    /** Locks the connection, then asks the safeguarding module where it stands: after the lock, so no decision slips between. */
    static Optional<ConnectionState> lockAndRead(TransactionContext tx, SafetyDecisionRepository safety,
            String youngPersonId, String personId) {
        var rows = tx.run("""
                MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person {id: $personId})
                SET c.lockedAt = datetime()
                RETURN c, p
                """, Map.of("youngPersonId", youngPersonId, "personId", personId)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.getFirst();
        var c = row.get("c").asNode();
        var p = row.get("p").asNode();
        return Optional.of(new ConnectionState(c.get("id").asString(), personId, nameOf(p),
                c.get("relationship").asString(null), Baseline.valueOf(c.get("baseline").asString()),
                status(c.get("status")),
                c.get("statusBeforeNotSafe").isNull() ? null : status(c.get("statusBeforeNotSafe")),
                safety.stateIn(tx, c.get("id").asString())));
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

    static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
