package org.lifelonglinks.rights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads everything held about one person for a subject access pack, as plain maps of the stored fields (the
 * pack is made of what is stored, nothing derived): the person, contact details, each connection with its
 * contacts and the plan commitments about them, kinship, and for a young person their own record.
 */
@Repository
class SubjectAccessRepository {

    private final Driver driver;

    SubjectAccessRepository(Driver driver) {
        this.driver = driver;
    }

    Optional<Map<String, Object>> person(String id) {
        return driver.executableQuery("""
                        MATCH (p:Person {id: $id})
                        RETURN p {.id, .givenName, .familyName, .formerFamilyNames, .knownAs, .dateOfBirth,
                                  .birthYear, .sex, .deceased, .town, .postcode, .localId, .area, .status,
                                  .referralDate, .createdAt, .updatedAt} AS p
                        """)
                .withParameters(Map.of("id", id))
                .execute().records().stream().findFirst()
                .map(r -> r.get("p").asMap(SubjectAccessRepository::plain));
    }

    Optional<Map<String, Object>> contactDetails(String id) {
        return driver.executableQuery("""
                        MATCH (d:ContactDetails {personId: $id})
                        RETURN d {.phone, .email, .address, .updatedAt} AS d
                        """)
                .withParameters(Map.of("id", id))
                .execute().records().stream().findFirst()
                .map(r -> r.get("d").asMap(SubjectAccessRepository::plain));
    }

    /** The person's connection in each of these networks, with its contacts and the commitments about them. */
    List<Map<String, Object>> connections(String id, List<String> networks) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(:Person {id: $id})
                        WHERE yp.id IN $networks
                        OPTIONAL MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        WITH yp, c, e
                        ORDER BY e.date DESC
                        WITH yp, c, collect(e {.date, .kind, .outcome, .note}) AS contacts
                        OPTIONAL MATCH (yp)-[:HAS_PLAN]->(plan:Plan {current: true})-[:HAS_COMMITMENT]->(cm:Commitment {personId: $id})
                        RETURN yp.id AS youngPersonId, yp.givenName AS youngPersonGivenName,
                               yp.familyName AS youngPersonFamilyName,
                               c {.relationship, .category, .wish, .source, .baseline, .status, .createdAt} AS connection,
                               contacts, collect(cm {.activity, .frequency, .startDate, .note}) AS commitments
                        ORDER BY youngPersonId
                        """)
                .withParameters(Map.of("id", id, "networks", networks))
                .execute().records().stream()
                .map(SubjectAccessRepository::row)
                .toList();
    }

    /** Kinship recorded for the person: the tie, its direction, and the other person's names. */
    List<Map<String, Object>> kinship(String id) {
        return driver.executableQuery("""
                        MATCH (p:Person {id: $id})-[k:PARENT_OF|PARTNER_OF|SIBLING_OF]-(other:Person)
                        RETURN type(k) AS kind, startNode(k) = p AS fromSubject, k.qualifier AS qualifier,
                               other.id AS otherId, other.givenName AS givenName, other.familyName AS familyName
                        ORDER BY kind, otherId
                        """)
                .withParameters(Map.of("id", id))
                .execute().records().stream()
                .map(SubjectAccessRepository::row)
                .toList();
    }

    /** A young person's network as stored: each person's id and names, and the connection's words. */
    List<Map<String, Object>> network(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        RETURN p.id AS personId, p.givenName AS givenName, p.familyName AS familyName,
                               c.relationship AS relationship, c.category AS category, c.wish AS wish
                        ORDER BY personId
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(SubjectAccessRepository::row)
                .toList();
    }

    /**
     * Case notes on these young people's records, every version, with the ids of whom each is about, the written
     * tasks and the documents (their descriptions) about {@code personId} (or, with a null person, every note, task
     * and document on the records).
     */
    List<Map<String, Object>> casework(String personId, List<String> youngPeople) {
        var parameters = new HashMap<String, Object>();
        parameters.put("personId", personId); // null: everything on the records
        parameters.put("youngPeople", youngPeople);
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        WHERE yp.id IN $youngPeople
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_NOTE]->(n:CaseNote)
                          WHERE $personId IS NULL OR $personId IN coalesce(n.about, [])
                          WITH n ORDER BY n.date, n.noteId, n.version
                          RETURN collect(n {.date, .text, .version, .author, .shareWithYoungPerson, .about,
                                            recordedAt: n.recordedAt}) AS notes
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_TASK]->(t:Task)
                          WHERE $personId IS NULL OR t.personId = $personId
                          WITH t ORDER BY t.due
                          RETURN collect(t {.what, .due, .note, .doneOn, .personId}) AS tasks
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_DOCUMENT]->(d:Document)
                          WHERE $personId IS NULL OR $personId IN coalesce(d.about, [])
                          WITH d ORDER BY d.date, d.title
                          RETURN collect(d {.title, .date, .kind, .mediaType, .size, .shareWithYoungPerson, .about,
                                            .uploadedBy, uploadedAt: d.uploadedAt}) AS documents
                        }
                        RETURN yp.id AS youngPersonId, notes, tasks, documents
                        """)
                .withParameters(parameters)
                .execute().records().stream()
                .map(SubjectAccessRepository::row)
                .toList();
    }

    /**
     * The young person's own words on their record (suggestions, wishes, meeting wishes, "is it happening?", family
     * knowledge ratings, messages with their coordinator, "I don't feel safe"), oldest first, each with its kind.
     */
    List<Map<String, Object>> ownWords(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:SAID]->(w:OwnWords)
                        RETURN [l IN labels(w) WHERE l <> 'OwnWords'][0] AS kind, properties(w) AS words
                        ORDER BY w.saidAt, w.id
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(SubjectAccessRepository::row)
                .toList();
    }

    /** The young person's current plan: its summary and commitments (with the person each is about). */
    Optional<Map<String, Object>> currentPlan(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_PLAN]->(plan:Plan {current: true})
                        OPTIONAL MATCH (plan)-[:HAS_COMMITMENT]->(cm:Commitment)
                        RETURN plan {.version, .agreedOn, .summary, .approverName, .approvedOn} AS plan,
                               collect(cm {.personId, .activity, .frequency, .startDate, .note, .keeperKind,
                                           .keeperPersonId, .keeperName, .nextLookOn}) AS commitments
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream().findFirst()
                .map(r -> {
                    var plan = new HashMap<String, Object>(r.get("plan").asMap(SubjectAccessRepository::plain));
                    plan.put("commitments", plain(r.get("commitments")));
                    return (Map<String, Object>) plan;
                });
    }

    /**
     * The young person's follow-ups (each answer with the person its commitment is with) and the handovers of their
     * case, oldest first.
     */
    Map<String, Object> followUpsAndHandovers(String youngPersonId) {
        var followUps = driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_FOLLOW_UP]->(f:FollowUp)
                        OPTIONAL MATCH (f)-[a:FOLLOWED_UP]->(c:Commitment)
                        WITH f, collect(CASE WHEN a IS NOT NULL THEN {personId: c.personId, activity: c.activity,
                            happening: a.happening, note: a.note} END) AS commitments
                        ORDER BY f.date
                        RETURN f {.at, .date, .note, .recordedBy} AS followUp, commitments
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> {
                    var followUp = new HashMap<String, Object>(r.get("followUp").asMap(SubjectAccessRepository::plain));
                    followUp.put("commitments", plain(r.get("commitments")));
                    return (Map<String, Object>) followUp;
                })
                .toList();
        var handovers = driver.executableQuery("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_HANDOVER]->(h:Handover)
                        RETURN h {.on, .fromName, .toName, .note} AS handover
                        ORDER BY h.at
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> r.get("handover").asMap(SubjectAccessRepository::plain))
                .toList();
        return Map.of("followUps", followUps, "handovers", handovers);
    }

    /** One result row as a map of plain values, column by column. */
    private static Map<String, Object> row(org.neo4j.driver.Record record) {
        var row = new HashMap<String, Object>();
        record.keys().forEach(k -> row.put(k, plain(record.get(k))));
        return row;
    }

    /** Values as plain Java: dates stay dates, date-times become instants, lists and maps recursively. */
    static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (value.type().name()) {
            case "DATE_TIME" -> value.asZonedDateTime().toInstant();
            case "LIST" -> value.asList(SubjectAccessRepository::plain);
            case "MAP" -> value.asMap(SubjectAccessRepository::plain);
            default -> value.asObject();
        };
    }
}
