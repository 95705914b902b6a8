package org.lifelonglinks.network;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.ConflictException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/**
 * Stores connections as {@code (:YoungPerson)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(:Person)}, a node of their
 * own so that contact attempts, safety decisions and plan commitments can hang from them later; reads whole
 * networks.
 */
@Repository
final class NetworkRepository {

    private final Driver driver;
    private final AuditTrail audit;

    NetworkRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /** Creates a person and connects them to the young person, all or nothing. */
    Connection addNewPerson(String youngPersonId, String personId, PersonDetails person, String connectionId,
            ConnectionDetails connection, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run("""
                        CREATE (p:Person {id: $id})
                        SET p += $properties, p.createdAt = datetime()
                        """, Map.of("id", personId, "properties", PersonRepository.properties(person))).consume();
                var created = connect(tx, youngPersonId, personId, connectionId, connection);
                audit.appendIn(tx, event);
                return created;
            });
        }
    }

    /** Connects someone already known to the young person; 409 if they are already in this network. */
    Connection connectExisting(String youngPersonId, String personId, String connectionId,
            ConnectionDetails connection, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean already = tx.run("""
                                RETURN EXISTS {
                                  (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(:Connection)-[:TO]->(:Person {id: $personId})
                                } AS already
                                """, Map.of("youngPersonId", youngPersonId, "personId", personId))
                        .single().get("already").asBoolean();
                if (already) {
                    throw new ConflictException("personId", "this person is already in the young person's network");
                }
                var created = connect(tx, youngPersonId, personId, connectionId, connection);
                audit.appendIn(tx, event);
                return created;
            });
        }
    }

    Optional<Connection> findConnection(String youngPersonId, String connectionId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection {id: $connectionId})-[:TO]->(p:Person)
                        RETURN c, p
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "connectionId", connectionId))
                .execute()
                .records().stream()
                .findFirst()
                .map(NetworkRepository::toConnection);
    }

    Optional<Connection> findConnectionTo(String youngPersonId, String personId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person {id: $personId})
                        RETURN c, p
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "personId", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(NetworkRepository::toConnection);
    }

    Connection updateConnection(String connectionId, ConnectionDetails details, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var updated = toConnection(tx.run("""
                                MATCH (c:Connection {id: $connectionId})-[:TO]->(p:Person)
                                SET c += $properties, c.updatedAt = datetime()
                                RETURN c, p
                                """, Map.of("connectionId", connectionId, "properties", properties(details)))
                        .single());
                audit.appendIn(tx, event);
                return updated;
            });
        }
    }

    Optional<Network> network(YoungPerson youngPerson) {
        try (var session = driver.session()) {
            return Optional.of(session.executeRead(tx -> {
                var rows = tx.run("""
                                MATCH (:YoungPerson {id: $id})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                                RETURN c, p
                                ORDER BY p.familyName, p.givenName, p.id
                                """, Map.of("id", youngPerson.id()))
                        .list();
                var people = rows.stream().map(r -> PersonRepository.toPerson(r.get("p").asNode())).toList();
                var connections = rows.stream().map(NetworkRepository::toConnection).toList();
                var ids = new java.util.ArrayList<String>();
                ids.add(youngPerson.id());
                people.forEach(p -> ids.add(p.id()));
                var kinship = tx.run("""
                                MATCH (a:Person)-[k:PARENT_OF|PARTNER_OF|SIBLING_OF]->(b:Person)
                                WHERE a.id IN $ids AND b.id IN $ids
                                RETURN a.id AS fromId, type(k) AS type, k.qualifier AS qualifier, b.id AS toId
                                ORDER BY fromId, toId
                                """, Map.of("ids", ids))
                        .list(NetworkRepository::toKin);
                return new Network(youngPerson, people, connections, kinship);
            }));
        }
    }

    private static Connection connect(TransactionContext tx, String youngPersonId, String personId, String connectionId,
            ConnectionDetails details) {
        var properties = properties(details);
        // pairKey carries a uniqueness constraint: one connection per young person and person, even under races.
        properties.put("pairKey", youngPersonId + "|" + personId);
        return toConnection(tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        MATCH (p:Person {id: $personId})
                        CREATE (yp)-[:HAS_CONNECTION]->(c:Connection {id: $connectionId})-[:TO]->(p)
                        SET c += $properties, c.createdAt = datetime()
                        RETURN c, p
                        """, Map.of("youngPersonId", youngPersonId, "personId", personId, "connectionId", connectionId,
                        "properties", properties))
                .single());
    }

    private static HashMap<String, Object> properties(ConnectionDetails details) {
        var properties = new HashMap<String, Object>();
        properties.put("relationship", details.relationship());
        properties.put("category", details.category().name());
        properties.put("wish", details.wish() == null ? null : details.wish().name());
        properties.put("source", details.source() == null ? null : details.source().name());
        properties.put("baseline", details.baseline().name());
        properties.put("hiddenFromYoungPerson", details.hiddenFromYoungPerson());
        return properties;
    }

    private static Connection toConnection(Record record) {
        var c = record.get("c").asNode();
        return new Connection(
                c.get("id").asString(),
                record.get("p").asNode().get("id").asString(),
                c.get("relationship").asString(),
                Category.valueOf(c.get("category").asString()),
                c.get("wish").isNull() ? null : Wish.valueOf(c.get("wish").asString()),
                c.get("source").isNull() ? null : Source.valueOf(c.get("source").asString()),
                Baseline.valueOf(c.get("baseline").asString()),
                c.get("hiddenFromYoungPerson").asBoolean(false),
                Instant.from(c.get("createdAt").asZonedDateTime()));
    }

    private static Kin toKin(Record record) {
        KinKind kind = switch (record.get("type").asString()) {
            case "PARENT_OF" -> KinKind.PARENT;
            case "PARTNER_OF" -> KinKind.PARTNER;
            default -> KinKind.SIBLING;
        };
        return new Kin(record.get("fromId").asString(), record.get("toId").asString(), kind,
                KinQualifier.valueOf(record.get("qualifier").asString()));
    }
}
