package org.lifelonglinks.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.VersionedNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Stores people as {@code :Person} nodes, their kinship as {@code PARENT_OF}, {@code PARTNER_OF} and
 * {@code SIBLING_OF} relationships, and their contact details in a separate {@code :ContactDetails} node.
 */
@Repository
final class PersonRepository {

    private final Driver driver;
    private final AuditTrail audit;

    PersonRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    Optional<Person> find(String personId) {
        return driver.executableQuery("""
                        MATCH (p:Person {id: $id})
                        RETURN p
                        """)
                .withParameters(Map.of("id", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(r -> toPerson(r.get("p").asNode()));
    }

    /** The young people whose networks hold this person, including the person themself if a young person. */
    List<String> networksOf(String personId) {
        return driver.executableQuery("""
                        MATCH (p:Person {id: $id})
                        OPTIONAL MATCH (yp:YoungPerson)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p)
                        WITH p, collect(DISTINCT yp.id) AS networks
                        RETURN CASE WHEN p:YoungPerson THEN networks + p.id ELSE networks END AS networks
                        """)
                .withParameters(Map.of("id", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(r -> r.get("networks").asList(Value::asString))
                .orElse(List.of());
    }

    /**
     * Applies a change to the person as they are when locked, under their version (see {@link VersionedNode}):
     * refused with 412 when {@code expected} is given and is no longer current.
     */
    Person update(String personId, Long expected, UnaryOperator<PersonDetails> change, List<AuditEvent> events) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var written = VersionedNode.update(tx, "This person", """
                                MATCH (n:Person {id: $id})""", Map.of("id", personId), expected,
                        current -> properties(change.apply(toPerson(current).details())))
                        .orElseThrow(() -> new NotFoundException("Person"));
                events.forEach(event -> audit.appendIn(tx, event.withChanges(written.changes())));
                ChangeOutbox.peopleChangedIn(tx, List.of(personId));
                return toPerson(written.after());
            });
        }
    }

    /**
     * Records that {@code other} is {@code personId}'s {@code kind}, refusing what cannot be true: a person as
     * their own kin or ancestor, a third birth parent, or a second kind of kinship between the same two people.
     *
     * @return the stored fact, and whether it is new
     */
    KinRecorded addKin(String personId, AddKin request, List<AuditEvent> events) {
        Kin kin = switch (request.kind()) {
            case PARENT -> new Kin(request.personId(), personId, KinKind.PARENT, request.qualifier());
            case CHILD -> new Kin(personId, request.personId(), KinKind.PARENT, request.qualifier());
            // Symmetric kinship is stored once, from the smaller id, so it can be merged without duplicates.
            case PARTNER, SIBLING -> personId.compareTo(request.personId()) < 0
                    ? new Kin(personId, request.personId(), request.kind(), request.qualifier())
                    : new Kin(request.personId(), personId, request.kind(), request.qualifier());
        };
        if (personId.equals(request.personId())) {
            throw new InvalidFieldException("personId", "a person cannot be their own " + request.kind().name().toLowerCase());
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var existing = tx.run("""
                                MATCH (a:Person {id: $a})-[k:PARENT_OF|PARTNER_OF|SIBLING_OF]-(b:Person {id: $b})
                                RETURN type(k) AS type, startNode(k) = a AS fromA, k.qualifier AS qualifier
                                """, Map.of("a", kin.fromPersonId(), "b", kin.toPersonId()))
                        .list();
                for (var row : existing) {
                    String type = row.get("type").asString();
                    boolean sameFact = type.equals(relationshipType(kin.kind()))
                            && (kin.kind() != KinKind.PARENT || row.get("fromA").asBoolean());
                    if (!sameFact) {
                        throw new ConflictException("kind", "these two people are already recorded as "
                                + describe(type, row.get("fromA").asBoolean()) + "; one kind of kinship is kept between two people");
                    }
                }
                if (kin.kind() == KinKind.PARENT) {
                    requireNoCycle(tx, kin);
                    requireAtMostTwoBirthParents(tx, kin);
                }
                // The relationship type comes from a fixed set of three, never from input.
                tx.run("""
                        MATCH (a:Person {id: $from})
                        MATCH (b:Person {id: $to})
                        MERGE (a)-[k:%s]->(b)
                        SET k.qualifier = $qualifier
                        """.formatted(relationshipType(kin.kind())), Map.of("from", kin.fromPersonId(),
                        "to", kin.toPersonId(), "qualifier", kin.qualifier().name())).consume();
                events.forEach(event -> audit.appendIn(tx, event));
                return new KinRecorded(kin, existing.isEmpty());
            });
        }
    }

    Optional<ContactDetailsView> contactDetails(String personId) {
        return driver.executableQuery("""
                        MATCH (:Person {id: $id})-[:HAS_CONTACT_DETAILS]->(c:ContactDetails)
                        RETURN c
                        """)
                .withParameters(Map.of("id", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(r -> toContactDetails(r.get("c").asNode()));
    }

    private static ContactDetailsView toContactDetails(Node c) {
        return new ContactDetailsView(c.get("phone").asString(null), c.get("email").asString(null),
                c.get("address").asString(null), VersionedNode.versionOf(c));
    }

    /**
     * Saves a person's contact details under their version (0 before any are saved). The node is merged on its
     * unique {@code personId} first, so two first saves at once make one node, and the second waits for the first.
     */
    ContactDetailsView saveContactDetails(String personId, Long expected, ContactDetails details,
            List<AuditEvent> events) {
        var properties = new HashMap<String, Object>();
        properties.put("phone", details.phone());
        properties.put("email", details.email());
        properties.put("address", details.address());
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var written = VersionedNode.update(tx, "These contact details", """
                                MATCH (p:Person {id: $id})
                                MERGE (n:ContactDetails {personId: $id})
                                MERGE (p)-[:HAS_CONTACT_DETAILS]->(n)""", Map.of("id", personId), expected,
                        current -> properties)
                        .orElseThrow(() -> new NotFoundException("Person"));
                events.forEach(event -> audit.appendIn(tx, event.withChanges(written.changes())));
                return toContactDetails(written.after());
            });
        }
    }

    static void requireNoCycle(TransactionContext tx, Kin kin) {
        boolean cycle = tx.run("""
                        MATCH (child:Person {id: $child}), (parent:Person {id: $parent})
                        RETURN EXISTS { (child)-[:PARENT_OF*1..]->(parent) } AS cycle
                        """, Map.of("child", kin.toPersonId(), "parent", kin.fromPersonId()))
                .single().get("cycle").asBoolean();
        if (cycle) {
            throw new InvalidFieldException("personId",
                    "this would make someone their own ancestor: the child is already an ancestor of the parent");
        }
    }

    static void requireAtMostTwoBirthParents(TransactionContext tx, Kin kin) {
        if (kin.qualifier() != KinQualifier.BIRTH) {
            return;
        }
        int others = tx.run("""
                        MATCH (parent:Person)-[:PARENT_OF {qualifier: 'BIRTH'}]->(:Person {id: $child})
                        WHERE parent.id <> $parent
                        RETURN count(parent) AS others
                        """, Map.of("child", kin.toPersonId(), "parent", kin.fromPersonId()))
                .single().get("others").asInt();
        if (others >= 2) {
            throw new InvalidFieldException("qualifier",
                    "this person already has two birth parents recorded; record this parent as ADOPTIVE, FOSTER or STEP");
        }
    }

    static String relationshipType(KinKind kind) {
        return switch (kind) {
            case PARENT, CHILD -> "PARENT_OF";
            case PARTNER -> "PARTNER_OF";
            case SIBLING -> "SIBLING_OF";
        };
    }

    private static String describe(String type, boolean fromA) {
        return switch (type) {
            case "PARENT_OF" -> fromA ? "parent and child" : "child and parent";
            case "PARTNER_OF" -> "partners";
            default -> "siblings";
        };
    }

    static Map<String, Object> properties(PersonDetails details) {
        var properties = new HashMap<String, Object>();
        properties.put("givenName", details.givenName());
        properties.put("familyName", details.familyName());
        properties.put("formerFamilyNames", details.formerFamilyNames());
        properties.put("knownAs", details.knownAs());
        properties.put("dateOfBirth", details.dateOfBirth());
        properties.put("birthYear", details.birthYear());
        properties.put("sex", details.sex().name());
        properties.put("deceased", details.deceased());
        properties.put("town", details.town());
        properties.put("postcode", details.postcode());
        return properties;
    }

    static Person toPerson(Node p) {
        return new Person(
                p.get("id").asString(),
                p.get("givenName").asString(null),
                p.get("familyName").asString(null),
                p.get("formerFamilyNames").isNull() ? List.of() : p.get("formerFamilyNames").asList(Value::asString),
                p.get("knownAs").asString(null),
                p.get("dateOfBirth").isNull() ? null : p.get("dateOfBirth").asLocalDate(),
                p.get("birthYear").isNull() ? null : p.get("birthYear").asInt(),
                p.get("sex").isNull() ? Sex.UNKNOWN : Sex.valueOf(p.get("sex").asString()),
                p.get("deceased").asBoolean(false),
                p.get("town").asString(null),
                p.get("postcode").asString(null),
                VersionedNode.versionOf(p));
    }

    /** A kinship fact after it was recorded; {@code created} is false when it was already known. */
    record KinRecorded(Kin kin, boolean created) {
    }
}
