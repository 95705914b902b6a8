package org.lifelonglinks.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.VersionedNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Stores consent as {@code (:YoungPerson)-[:HAS_CONSENT]->(:Consent)} and everything else about a person's data in
 * one {@code :DataProtection {personId}} node per person, with {@code -[:HAS_NOTICE]->(:PrivacyNotice)} for each
 * notice or objection. Every change is audited in its transaction with the old and new values.
 */
@Repository
final class DataProtectionRepository {

    private final Driver driver;
    private final AuditTrail audit;

    DataProtectionRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    Optional<Consent> consent(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_CONSENT]->(c:Consent)
                        RETURN c
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream().findFirst()
                .map(r -> toConsent(r.get("c").asNode()));
    }

    /**
     * Records the consent under its version (see {@link VersionedNode}): with {@code expected}, refused (412) if
     * someone else recorded it since; the audit entry carries the old and new values.
     */
    Consent saveConsent(String youngPersonId, Long expected, ConsentRequest request, String username, Instant now,
            AuditEvent event) {
        var properties = new HashMap<String, Object>();
        properties.put("youngPersonAgreed", request.youngPersonAgreed());
        properties.put("parentalConsent", request.parentalConsent().name());
        properties.put("parentalConsentFrom", request.parentalConsentFrom());
        properties.put("lawfulBasis", request.lawfulBasis().name());
        properties.put("note", request.note());
        properties.put("recordedBy", username);
        properties.put("recordedAt", now.atZone(ZoneOffset.UTC));
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var written = VersionedNode.update(tx, "This consent", """
                                MATCH (yp:YoungPerson {id: $id})
                                MERGE (yp)-[:HAS_CONSENT]->(n:Consent {youngPersonId: $id})""",
                        Map.of("id", youngPersonId), expected, current -> properties)
                        .orElseThrow(() -> new NotFoundException("Young person"));
                var changes = new TreeMap<>(written.changes());
                changes.remove("recordedAt");
                changes.remove("recordedBy");
                audit.appendIn(tx, event.withChanges(changes));
                return toConsent(written.after());
            });
        }
    }

    DataProtectionRecord record(String personId) {
        return driver.executableQuery("""
                        OPTIONAL MATCH (d:DataProtection {personId: $id})
                        OPTIONAL MATCH (d)-[:HAS_NOTICE]->(n:PrivacyNotice)
                        WITH d, n ORDER BY n.on DESC, n.recordedAt DESC
                        RETURN d, collect(n) AS notices
                        """)
                .withParameters(Map.of("id", personId))
                .execute().records().stream().findFirst()
                .filter(r -> !r.get("d").isNull())
                .map(r -> toRecord(r.get("d").asNode(), r.get("notices").asList(Value::asNode)))
                .orElse(DataProtectionRecord.empty(personId));
    }

    /**
     * Sets fields of the person's {@code :DataProtection} node (made if missing), auditing the old and new values
     * with each event; {@code null} removes a field.
     */
    void update(String personId, Map<String, Object> fields, List<AuditEvent> events) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var before = updateIn(tx, personId, fields);
                var changes = changes(before, fields, "tracingBasisAt", "erasureRequestedAt");
                events.forEach(event -> audit.appendIn(tx, event.withChanges(changes)));
            });
        }
    }

    private static Value updateIn(TransactionContext tx, String personId, Map<String, Object> fields) {
        var rows = tx.run("""
                MATCH (p:Person {id: $id})
                MERGE (d:DataProtection {personId: $id})
                WITH d, properties(d) AS before
                SET d += $fields
                RETURN before
                """, Map.of("id", personId, "fields", fields)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Person");
        }
        return rows.getFirst().get("before");
    }

    Notice addNotice(String personId, NoticeRequest request, String username, Instant now, List<AuditEvent> events) {
        var properties = new HashMap<String, Object>();
        properties.put("id", UUID.randomUUID().toString());
        properties.put("kind", request.kind().name());
        properties.put("on", request.on());
        properties.put("method", request.method() == null ? null : request.method().name());
        properties.put("note", request.note());
        properties.put("recordedBy", username);
        properties.put("recordedAt", now.atZone(ZoneOffset.UTC));
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                if (request.kind() == NoticeKind.OBJECTION) {
                    // The first objection stands; a later one does not move its date.
                    tx.run("""
                            MATCH (p:Person {id: $id})
                            MERGE (d:DataProtection {personId: $id})
                            SET d.objectedOn = coalesce(d.objectedOn, $on)
                            """, Map.of("id", personId, "on", request.on())).consume();
                }
                var rows = tx.run("""
                        MATCH (p:Person {id: $id})
                        MERGE (d:DataProtection {personId: $id})
                        CREATE (d)-[:HAS_NOTICE]->(n:PrivacyNotice)
                        SET n = $properties
                        RETURN n
                        """, Map.of("id", personId, "properties", properties)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Person");
                }
                events.forEach(event -> audit.appendIn(tx, event));
                return toNotice(rows.getFirst().get("n").asNode());
            });
        }
    }

    Set<String> objected(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(driver.executableQuery("""
                        MATCH (d:DataProtection)
                        WHERE d.personId IN $ids AND d.objectedOn IS NOT NULL
                        RETURN d.personId AS id
                        """)
                .withParameters(Map.of("ids", List.copyOf(personIds)))
                .execute().records().stream().map(r -> r.get("id").asString()).toList());
    }

    List<ErasureRequest> erasureRequests() {
        return driver.executableQuery("""
                        MATCH (d:DataProtection)
                        WHERE d.erasureRequestedAt IS NOT NULL
                        MATCH (p:Person {id: d.personId})
                        RETURN d, p:YoungPerson AS youngPerson
                        ORDER BY d.erasureRequestedAt
                        """)
                .execute().records().stream()
                .map(r -> toErasureRequest(r.get("d").asNode(), r.get("youngPerson").asBoolean()))
                .toList();
    }

    /** One person owed a privacy notice: traced from outside the network, an adult, living, not yet told. */
    record OwedNotice(String personId, String givenName, String familyName, LocalDate obtainedOn,
            List<String> youngPersonIds) {
    }

    /**
     * People found by searching (a connection with source {@code SEARCH}), adults or of unknown age, living, with no
     * privacy notice and no objection recorded; within the networks of young people assigned to {@code username}
     * (everyone's when it is null).
     */
    List<OwedNotice> owedNotices(String username, int adultBornBy) {
        var parameters = new HashMap<String, Object>();
        parameters.put("username", username);
        parameters.put("adultBornBy", adultBornBy);
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)-[:HAS_CONNECTION]->(c:Connection {source: 'SEARCH'})-[:TO]->(p:Person)
                        WHERE NOT p:YoungPerson
                          AND coalesce(p.deceased, false) = false
                          AND (p.birthYear IS NULL OR p.birthYear <= $adultBornBy)
                          AND NOT EXISTS {
                            MATCH (:DataProtection {personId: p.id})-[:HAS_NOTICE]->(:PrivacyNotice)
                          }
                        WITH p, collect(DISTINCT yp.id) AS networks, min(c.createdAt) AS obtainedAt
                        WHERE $username IS NULL
                           OR any(id IN networks WHERE EXISTS {
                                MATCH (:UserAccount {username: $username})-[:ASSIGNED_TO]->(:YoungPerson {id: id})
                              })
                        RETURN p.id AS personId, p.givenName AS givenName, p.familyName AS familyName,
                               date(obtainedAt) AS obtainedOn, networks
                        ORDER BY obtainedOn, p.id
                        """)
                .withParameters(parameters)
                .execute().records().stream()
                .map(r -> new OwedNotice(r.get("personId").asString(), r.get("givenName").asString(null),
                        r.get("familyName").asString(null), r.get("obtainedOn").asLocalDate(),
                        r.get("networks").asList(Value::asString)))
                .toList();
    }

    /** A record the retention review looks at: a young person's, or a person's with a retention reason. */
    record RetentionFacts(String personId, boolean youngPerson, String givenName, String familyName,
            LocalDate dateOfBirth, LocalDate retainUntil, boolean legalHold, NoRemainingPurpose noRemainingPurpose,
            LocalDate noRemainingPurposeSince) {
    }

    List<RetentionFacts> retentionFacts() {
        return driver.executableQuery("""
                        MATCH (p:Person)
                        WHERE p:YoungPerson OR EXISTS {
                          MATCH (d:DataProtection {personId: p.id})
                          WHERE d.noRemainingPurpose IS NOT NULL OR d.retainUntil IS NOT NULL
                        }
                        OPTIONAL MATCH (d:DataProtection {personId: p.id})
                        RETURN p.id AS personId, p:YoungPerson AS youngPerson, p.givenName AS givenName,
                               p.familyName AS familyName, p.dateOfBirth AS dateOfBirth, d.retainUntil AS retainUntil,
                               coalesce(d.legalHold, false) AS legalHold, d.noRemainingPurpose AS noRemainingPurpose,
                               d.noRemainingPurposeSince AS since
                        """)
                .execute().records().stream()
                .map(r -> new RetentionFacts(r.get("personId").asString(), r.get("youngPerson").asBoolean(),
                        r.get("givenName").asString(null), r.get("familyName").asString(null),
                        date(r.get("dateOfBirth")), date(r.get("retainUntil")), r.get("legalHold").asBoolean(),
                        r.get("noRemainingPurpose").isNull() ? null
                                : NoRemainingPurpose.valueOf(r.get("noRemainingPurpose").asString()),
                        date(r.get("since"))))
                .toList();
    }

    /** Old and new value of each field that changed, in words; fields named in {@code ignored} are left out. */
    private static Map<String, List<String>> changes(Value before, Map<String, Object> after, String... ignored) {
        var skip = Set.of(ignored);
        var changes = new TreeMap<String, List<String>>();
        after.forEach((field, value) -> {
            if (skip.contains(field) || field.endsWith("By")) {
                return;
            }
            Value old = before.isNull() ? Values.NULL : before.get(field);
            Value now = Values.value(value);
            if (!old.equals(now)) {
                changes.put(field, java.util.Arrays.asList(words(old), words(now)));
            }
        });
        return changes;
    }

    private static String words(Value value) {
        return value == null || value.isNull() ? null : String.valueOf(value.asObject());
    }

    private static Consent toConsent(Node c) {
        return new Consent(c.get("youngPersonAgreed").asBoolean(),
                ParentalConsent.valueOf(c.get("parentalConsent").asString()),
                c.get("parentalConsentFrom").asString(null), LawfulBasis.valueOf(c.get("lawfulBasis").asString()),
                c.get("note").asString(null), c.get("recordedBy").asString(),
                c.get("recordedAt").asZonedDateTime().toInstant(), VersionedNode.versionOf(c));
    }

    private static DataProtectionRecord toRecord(Node d, List<Node> notices) {
        var basis = d.get("tracingBasis").isNull() ? null
                : new TracingBasis(LawfulBasis.valueOf(d.get("tracingBasis").asString()),
                        d.get("tracingBasisNote").asString(null), d.get("tracingBasisBy").asString(null),
                        d.get("tracingBasisAt").isNull() ? null
                                : d.get("tracingBasisAt").asZonedDateTime().toInstant());
        var list = new ArrayList<Notice>();
        notices.forEach(n -> list.add(toNotice(n)));
        return new DataProtectionRecord(d.get("personId").asString(), basis, list, date(d.get("objectedOn")),
                date(d.get("retainUntil")), d.get("legalHold").asBoolean(false),
                d.get("noRemainingPurpose").isNull() ? null
                        : NoRemainingPurpose.valueOf(d.get("noRemainingPurpose").asString()),
                date(d.get("noRemainingPurposeSince")),
                d.get("erasureRequestedAt").isNull() ? null : toErasureRequest(d, false));
    }

    private static ErasureRequest toErasureRequest(Node d, boolean youngPerson) {
        return new ErasureRequest(d.get("personId").asString(), youngPerson, d.get("erasureRequestedBy").asString(),
                d.get("erasureRequestedAt").asZonedDateTime().toInstant(), d.get("erasureReason").asString(null));
    }

    private static Notice toNotice(Node n) {
        return new Notice(n.get("id").asString(), NoticeKind.valueOf(n.get("kind").asString()),
                n.get("on").asLocalDate(), n.get("method").isNull() ? null : NoticeMethod.valueOf(n.get("method").asString()),
                n.get("note").asString(null), n.get("recordedBy").asString(),
                n.get("recordedAt").asZonedDateTime().toInstant());
    }

    private static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }
}
