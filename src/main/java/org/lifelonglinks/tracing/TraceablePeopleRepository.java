package org.lifelonglinks.tracing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.lifelonglinks.security.CurrentUser;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads the people in networks from the graph in the form the search index needs. */
@Repository
final class TraceablePeopleRepository {

    // The do-not-contact flag is not indexed: TraceService asks the safeguarding module for it on every search.
    private static final String PERSON_FIELDS = """
            RETURN p.id AS id, p.givenName AS givenName, p.familyName AS familyName,
                   p.formerFamilyNames AS formerFamilyNames, p.knownAs AS knownAs, p.dateOfBirth AS dateOfBirth,
                   p.birthYear AS birthYear, p.sex AS sex, p.town AS town, p.postcode AS postcode
            """;

    private final Driver driver;

    TraceablePeopleRepository(Driver driver) {
        this.driver = driver;
    }

    Optional<TraceRecord> find(String personId) {
        return driver.executableQuery("""
                        MATCH (p:Person {id: $id})
                        """ + PERSON_FIELDS)
                .withParameters(Map.of("id", personId))
                .execute()
                .records().stream()
                .findFirst()
                .map(TraceablePeopleRepository::toRecord);
    }

    /** The people with these ids, in one query. */
    List<TraceRecord> findAll(java.util.Collection<String> personIds) {
        return driver.executableQuery("""
                        MATCH (p:Person) WHERE p.id IN $ids
                        """ + PERSON_FIELDS)
                .withParameters(Map.of("ids", List.copyOf(personIds)))
                .execute()
                .records().stream()
                .map(TraceablePeopleRepository::toRecord)
                .toList();
    }

    long count() {
        return driver.executableQuery("MATCH (p:Person) RETURN count(p) AS n").execute()
                .records().getFirst().get("n").asLong();
    }

    /** Streams every person to {@code sink}, inside one read transaction. */
    void forEach(Consumer<TraceRecord> sink) {
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                        MATCH (p:Person)
                        """ + PERSON_FIELDS)
                        .forEachRemaining(record -> sink.accept(toRecord(record)));
                return null;
            });
        }
    }

    /** Ids of the people in the networks of the young people assigned to the user, and those young people. */
    Set<String> visibleTo(CurrentUser user) {
        var ids = driver.executableQuery("""
                        MATCH (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp:YoungPerson)
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
                        RETURN collect(DISTINCT yp.id) + collect(DISTINCT p.id) AS ids
                        """)
                .withParameters(Map.of("username", user.username()))
                .execute()
                .records().getFirst().get("ids").asList(Value::asString);
        return new HashSet<>(ids);
    }

    /**
     * For each of these people, the young people whose networks hold them (or who they are), among the young people
     * assigned to {@code username} (every young person when {@code everyone}): "whose network" on a trace result.
     */
    Map<String, List<String>> networksOf(java.util.Collection<String> personIds, String username, boolean everyone) {
        var networks = new java.util.HashMap<String, List<String>>();
        driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        WHERE ($everyone OR EXISTS { (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp) })
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person) WHERE p.id IN $ids
                        WITH yp, collect(p.id) + CASE WHEN yp.id IN $ids THEN [yp.id] ELSE [] END AS held
                        UNWIND held AS personId
                        WITH personId, yp ORDER BY yp.familyName, yp.givenName, yp.id
                        RETURN personId, collect(coalesce(yp.givenName + ' ', '') + coalesce(yp.familyName, '')) AS names
                        """)
                .withParameters(Map.of("ids", List.copyOf(personIds), "username", username, "everyone", everyone))
                .execute()
                .records()
                .forEach(r -> networks.put(r.get("personId").asString(), r.get("names").asList(Value::asString)));
        return networks;
    }

    private static TraceRecord toRecord(Record r) {
        List<String> former = r.get("formerFamilyNames").isNull() ? List.of()
                : r.get("formerFamilyNames").asList(Value::asString);
        return new TraceRecord(TraceRecord.Kind.NETWORK_PERSON, r.get("id").asString(), null,
                r.get("givenName").asString(null), r.get("familyName").asString(null), former,
                r.get("knownAs").asString(null),
                r.get("dateOfBirth").isNull() ? null : r.get("dateOfBirth").asLocalDate(),
                r.get("birthYear").isNull() ? null : r.get("birthYear").asInt(),
                r.get("sex").asString(null), r.get("town").asString(null), r.get("postcode").asString(null),
                false);
    }
}
