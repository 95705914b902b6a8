package org.lifelonglinks.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.StaleVersionException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * The description of documents: {@code (:YoungPerson)-[:HAS_DOCUMENT]->(:Document)}, one node per document with
 * its version, the hash its bytes are kept under, whom it is about and whether it is shared with the young person.
 */
@Repository
class DocumentRepository {

    private static final String WITH_PEOPLE = """
            OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person)
            WHERE p.id IN d.about
            WITH d, collect(p {.id, .givenName, .familyName, .knownAs}) AS people
            """;

    private final Driver driver;
    private final AuditTrail audit;

    DocumentRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /** Records a new document with the audit entry in the same transaction. */
    void create(String youngPersonId, Map<String, Object> properties, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var created = tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        CREATE (yp)-[:HAS_DOCUMENT]->(d:Document)
                        SET d = $properties, d.uploadedAt = datetime()
                        RETURN d.id AS id
                        """, Map.of("youngPersonId", youngPersonId, "properties", properties)).list();
                if (created.isEmpty()) {
                    throw new NotFoundException("Young person");
                }
                audit.appendIn(tx, event);
            });
        }
    }

    /** The young person's documents, newest date first; only those shared with them when {@code sharedOnly}. */
    List<Document> list(String youngPersonId, boolean sharedOnly) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document)
                        WHERE NOT $sharedOnly OR d.shareWithYoungPerson
                        """ + WITH_PEOPLE + """
                        RETURN d, people
                        ORDER BY d.date DESC, d.uploadedAt DESC
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "sharedOnly", sharedOnly))
                .execute().records().stream()
                .map(DocumentRepository::toDocument)
                .toList();
    }

    Optional<Document> find(String youngPersonId, String documentId) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {id: $documentId})
                        """ + WITH_PEOPLE + """
                        RETURN d, people
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "documentId", documentId))
                .execute().records().stream()
                .map(DocumentRepository::toDocument)
                .findFirst();
    }

    /** The young person's document holding exactly this content, if they have one. */
    Optional<Document> findByContent(String youngPersonId, String sha256) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {sha256: $sha256})
                        """ + WITH_PEOPLE + """
                        RETURN d, people
                        LIMIT 1
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "sha256", sha256))
                .execute().records().stream()
                .map(DocumentRepository::toDocument)
                .findFirst();
    }

    /**
     * Writes a corrected description as the next version; refused (412, with the fields changed since) when
     * {@code expected} is given and is not the version stored.
     */
    void correct(String youngPersonId, String documentId, Integer expected, DocumentRequest.Checked changes,
            String username, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var rows = tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {id: $documentId})
                        SET d._lock = true
                        REMOVE d._lock
                        RETURN d
                        """, Map.of("youngPersonId", youngPersonId, "documentId", documentId)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Document");
                }
                Node current = rows.getFirst().get("d").asNode();
                int version = current.get("version").asInt();
                if (expected != null && expected != version) {
                    throw new StaleVersionException("This document", expected, version, List.of());
                }
                var properties = new HashMap<String, Object>();
                properties.put("title", changes.title());
                properties.put("date", changes.date());
                properties.put("kind", changes.kind().name());
                properties.put("about", changes.about());
                properties.put("shareWithYoungPerson", changes.shareWithYoungPerson());
                properties.put("changedBy", username);
                var changed = new ArrayList<String>();
                for (String field : List.of("title", "date", "kind", "about", "shareWithYoungPerson")) {
                    Object before = field.equals("date") ? current.get(field).asLocalDate()
                            : field.equals("about") ? current.get(field).asList(Value::asString)
                            : current.get(field).asObject();
                    if (!Objects.equals(before, properties.get(field))) {
                        changed.add(field);
                    }
                }
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {id: $documentId})
                        SET d += $properties, d.version = d.version + 1, d.changedAt = datetime()
                        """, Map.of("youngPersonId", youngPersonId, "documentId", documentId,
                        "properties", properties)).consume();
                audit.appendIn(tx, event.withDetail("document " + documentId + ", version " + (version + 1)
                        + (changed.isEmpty() ? ", nothing changed" : ", changed: " + String.join(", ", changed))));
            });
        }
    }

    /** Removes the document's description; answers the hash its bytes were kept under. */
    String withdraw(String youngPersonId, String documentId, Integer expected, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var rows = tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {id: $documentId})
                        RETURN d.version AS version, d.sha256 AS sha256
                        """, Map.of("youngPersonId", youngPersonId, "documentId", documentId)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Document");
                }
                int version = rows.getFirst().get("version").asInt();
                if (expected != null && expected != version) {
                    throw new StaleVersionException("This document", expected, version, List.of());
                }
                tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_DOCUMENT]->(d:Document {id: $documentId})
                        DETACH DELETE d
                        """, Map.of("youngPersonId", youngPersonId, "documentId", documentId)).consume();
                audit.appendIn(tx, event.withDetail("document " + documentId + ", version " + version));
                return rows.getFirst().get("sha256").asString();
            });
        }
    }

    /** Whether any document, on anyone's record, is kept under this hash. */
    boolean referenced(String sha256) {
        return driver.executableQuery("""
                        MATCH (d:Document {sha256: $sha256})
                        RETURN count(d) > 0 AS referenced
                        """)
                .withParameters(Map.of("sha256", sha256))
                .execute().records().getFirst().get("referenced").asBoolean();
    }

    private static Document toDocument(Record r) {
        Node d = r.get("d").asNode();
        var names = new HashMap<String, String>();
        r.get("people").asList(p -> p).forEach(p -> names.put(p.get("id").asString(), name(p)));
        var about = d.get("about").asList(Value::asString).stream()
                .map(id -> new Document.About(id, names.get(id))).toList();
        return new Document(d.get("id").asString(), d.get("version").asInt(), d.get("title").asString(),
                d.get("date").asLocalDate(), DocumentKind.valueOf(d.get("kind").asString()),
                d.get("mediaType").asString(), d.get("size").asLong(), d.get("sha256").asString(), about,
                d.get("shareWithYoungPerson").asBoolean(false), d.get("uploadedBy").asString(),
                d.get("uploadedAt").asZonedDateTime().toInstant(), d.get("thumbnail").asBoolean(false), false);
    }

    private static String name(Value person) {
        String knownAs = person.get("knownAs").asString(null);
        if (knownAs != null) {
            return knownAs;
        }
        return (person.get("givenName").asString("") + " " + person.get("familyName").asString("")).strip();
    }
}
