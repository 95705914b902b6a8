package org.lifelonglinks.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CaseloadAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.VersionedNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Stores young people as {@code :YoungPerson:Person} nodes: a young person is also a person, so kinship and
 * other young people's networks can include them.
 */
@Repository
final class YoungPersonRepository {

    private static final String RETURN_YOUNG_PERSON = """
            OPTIONAL MATCH (worker:UserAccount)-[assigned:ASSIGNED_TO]->(yp)
            WITH yp, worker, assigned
            ORDER BY worker.username
            WITH yp,
                 collect(CASE WHEN assigned.role = 'COORDINATOR' THEN worker.username END) AS coordinators,
                 collect(CASE WHEN assigned.role = 'SOCIAL_WORKER' THEN worker.username END) AS socialWorkers
            RETURN yp, coordinators, socialWorkers
            ORDER BY yp.familyName, yp.givenName, yp.id
            """;

    private final Driver driver;
    private final AuditTrail audit;
    private final CaseloadAccess caseload;
    private final java.time.Clock clock;

    YoungPersonRepository(Driver driver, AuditTrail audit, CaseloadAccess caseload, java.time.Clock clock) {
        this.driver = driver;
        this.audit = audit;
        this.caseload = caseload;
        this.clock = clock;
    }

    void create(String id, YoungPersonDetails details, CurrentUser creator, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                requireLocalIdFree(tx, details.localId(), id);
                var parameters = properties(details);
                tx.run("""
                        CREATE (yp:YoungPerson:Person {id: $id})
                        SET yp += $properties, yp.createdAt = datetime()
                        """, Map.of("id", id, "properties", parameters)).consume();
                if (creator.is(Role.COORDINATOR)) {
                    caseload.assignIn(tx, id, creator.username(), Role.COORDINATOR);
                }
                audit.appendIn(tx, event);
                ChangeOutbox.peopleChangedIn(tx, List.of(id));
            });
        }
    }

    /** Applies a change to the record as it is when locked, under its version (see {@link VersionedNode}). */
    void update(String id, Long expected, UnaryOperator<YoungPersonDetails> change, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var written = VersionedNode.update(tx, "This young person's record", """
                                MATCH (n:YoungPerson {id: $id})""", Map.of("id", id), expected, current -> {
                            var details = change.apply(toDetails(current));
                            requireLocalIdFree(tx, details.localId(), id);
                            return properties(details);
                        })
                        .orElseThrow(() -> new NotFoundException("Young person"));
                // The day the record was closed (the casework stage "closed since"); reopening forgets it.
                tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        SET yp.closedOn = CASE WHEN yp.status = 'CLOSED' THEN coalesce(yp.closedOn, $today) END
                        """, Map.of("id", id, "today", java.time.LocalDate.now(clock))).consume();
                audit.appendIn(tx, event.withChanges(written.changes()));
                ChangeOutbox.peopleChangedIn(tx, List.of(id));
            });
        }
    }

    private static YoungPersonDetails toDetails(Node yp) {
        return new YoungPersonDetails(yp.get("givenName").asString(), yp.get("familyName").asString(),
                yp.get("dateOfBirth").asLocalDate(), yp.get("localId").asString(), yp.get("area").asString(),
                WorkStatus.valueOf(yp.get("status").asString()),
                yp.get("referralDate").isNull() ? null : yp.get("referralDate").asLocalDate());
    }

    /** Assigns a worker in the given role; false if there is no such account. */
    boolean assign(String id, String username, Role role, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                caseload.assignIn(tx, id, username, role);
                audit.appendIn(tx, event);
                return true;
            });
        }
    }

    boolean unassign(String id, String username, Role role, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean removed = caseload.unassignIn(tx, id, username, role);
                if (removed) {
                    audit.appendIn(tx, event);
                }
                return removed;
            });
        }
    }

    Optional<YoungPerson> find(String id) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $id})
                        """ + RETURN_YOUNG_PERSON)
                .withParameters(Map.of("id", id))
                .execute()
                .records().stream()
                .findFirst()
                .map(YoungPersonRepository::toYoungPerson);
    }

    boolean exists(String id) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $id})
                        RETURN count(yp) > 0 AS found
                        """)
                .withParameters(Map.of("id", id))
                .execute()
                .records().getFirst().get("found").asBoolean();
    }

    /** Every young person, or only those assigned to {@code username} when it is not null. */
    List<YoungPerson> list(String assignedTo) {
        var parameters = new HashMap<String, Object>();
        parameters.put("username", assignedTo);
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        WHERE $username IS NULL
                           OR EXISTS { (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp) }
                        """ + RETURN_YOUNG_PERSON)
                .withParameters(parameters)
                .execute()
                .records().stream()
                .map(YoungPersonRepository::toYoungPerson)
                .toList();
    }

    private static void requireLocalIdFree(TransactionContext tx, String localId, String id) {
        boolean taken = tx.run("""
                        MATCH (other:YoungPerson {localId: $localId})
                        WHERE other.id <> $id
                        RETURN count(other) > 0 AS taken
                        """, Map.of("localId", localId, "id", id))
                .single().get("taken").asBoolean();
        if (taken) {
            throw new ConflictException("localId", "another young person already has the local case id '" + localId + "'");
        }
    }

    static HashMap<String, Object> properties(YoungPersonDetails details) {
        var properties = new HashMap<String, Object>();
        properties.put("givenName", details.givenName());
        properties.put("familyName", details.familyName());
        properties.put("dateOfBirth", details.dateOfBirth());
        properties.put("birthYear", details.dateOfBirth().getYear());
        properties.put("localId", details.localId());
        properties.put("area", details.area());
        properties.put("status", details.status().name());
        properties.put("referralDate", details.referralDate());
        return properties;
    }

    private static YoungPerson toYoungPerson(Record record) {
        var yp = record.get("yp").asNode();
        return new YoungPerson(
                yp.get("id").asString(),
                yp.get("givenName").asString(),
                yp.get("familyName").asString(),
                yp.get("dateOfBirth").asLocalDate(),
                yp.get("localId").asString(),
                yp.get("area").asString(),
                WorkStatus.valueOf(yp.get("status").asString()),
                yp.get("referralDate").asLocalDate(),
                record.get("coordinators").asList(Value::asString),
                record.get("socialWorkers").asList(Value::asString),
                VersionedNode.versionOf(yp));
    }
}
