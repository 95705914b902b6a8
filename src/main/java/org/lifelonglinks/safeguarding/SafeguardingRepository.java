package org.lifelonglinks.safeguarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.network.Baseline;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * The only Cypher that reads safety decisions ({@code (:Connection)-[:HAS_SAFETY_DECISION]->(:SafetyDecision)},
 * every one kept, {@code CURRENT_SAFETY} pointing at the latest) and the connection's hidden-from-the-young-person
 * flag. It answers facts only; what they mean today is {@link SafetyState}'s rule, evaluated by
 * {@link Safeguarding} with the service's clock.
 */
@Repository
class SafeguardingRepository {

    private final Driver driver;

    SafeguardingRepository(Driver driver) {
        this.driver = driver;
    }

    /**
     * One row per connection in the young person's network; {@code underErasure} when the person's erasure, or the
     * young person's whole record's, has been asked for.
     */
    record ConnectionFacts(String personId, String connectionId, Baseline baseline, boolean hidden,
            SafetyDecision current, boolean underErasure) {
    }

    List<ConnectionFacts> network(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        OPTIONAL MATCH (c)-[:CURRENT_SAFETY]->(d:SafetyDecision)
                        OPTIONAL MATCH (record:DataProtection {personId: p.id})
                        OPTIONAL MATCH (own:DataProtection {personId: $youngPersonId})
                        RETURN p.id AS personId, c.id AS connectionId, c.baseline AS baseline,
                               coalesce(c.hiddenFromYoungPerson, false) AS hidden, d,
                               (record IS NOT NULL AND record.erasureRequestedAt IS NOT NULL)
                                 OR (own IS NOT NULL AND own.erasureRequestedAt IS NOT NULL) AS underErasure
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId))
                .execute().records().stream()
                .map(r -> new ConnectionFacts(r.get("personId").asString(), r.get("connectionId").asString(),
                        Baseline.valueOf(r.get("baseline").asString()), r.get("hidden").asBoolean(),
                        r.get("d").isNull() ? null : toDecision(r.get("d").asNode()),
                        // Anything but a plain false keeps the person from the young person: fail closed.
                        !r.get("underErasure").isFalse()))
                .toList();
    }

    /** The current decision on every connection of these people, in any network: person id → decisions. */
    Map<String, List<SafetyDecision>> currentDecisionsOf(Collection<String> personIds) {
        var decisions = new HashMap<String, List<SafetyDecision>>();
        driver.executableQuery("""
                        MATCH (p:Person)<-[:TO]-(:Connection)-[:CURRENT_SAFETY]->(d:SafetyDecision)
                        WHERE p.id IN $ids
                        RETURN p.id AS personId, d
                        """)
                .withParameters(Map.of("ids", List.copyOf(personIds)))
                .execute().records()
                .forEach(r -> decisions.computeIfAbsent(r.get("personId").asString(), k -> new ArrayList<>())
                        .add(toDecision(r.get("d").asNode())));
        return decisions;
    }

    /** The current decision on every connection in these young people's networks: young person → person → decision. */
    Map<String, Map<String, SafetyDecision>> currentDecisionsIn(Collection<String> youngPersonIds) {
        var decisions = new HashMap<String, Map<String, SafetyDecision>>();
        driver.executableQuery("""
                        MATCH (yp:YoungPerson)-[:HAS_CONNECTION]->(c:Connection)-[:CURRENT_SAFETY]->(d:SafetyDecision)
                        WHERE yp.id IN $ids
                        MATCH (c)-[:TO]->(p:Person)
                        RETURN yp.id AS youngPersonId, p.id AS personId, d
                        """)
                .withParameters(Map.of("ids", List.copyOf(youngPersonIds)))
                .execute().records()
                .forEach(r -> decisions.computeIfAbsent(r.get("youngPersonId").asString(), k -> new HashMap<>())
                        .put(r.get("personId").asString(), toDecision(r.get("d").asNode())));
        return decisions;
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
                .map(r -> toDecision(r.get("d").asNode()))
                .toList();
    }

    static SafetyDecision toDecision(Node d) {
        return new SafetyDecision(d.get("id").asString(), SafetyDecisionKind.valueOf(d.get("decision").asString()),
                SafetyBasis.valueOf(d.get("basis").asString()), d.get("conditions").asString(null),
                d.get("reason").asString(null), d.get("decidedBy").asString(),
                d.get("decidedOn").asLocalDate(), date(d.get("reviewOn")), date(d.get("expiresOn")),
                d.get("recordedAt").asZonedDateTime().toInstant());
    }

    static java.time.LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
