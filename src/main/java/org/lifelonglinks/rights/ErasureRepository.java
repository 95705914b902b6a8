package org.lifelonglinks.rights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.safeguarding.SafetyDecisionRepository;
import org.lifelonglinks.system.ChangeOutbox;
import org.lifelonglinks.system.IdempotencyAnswers;
import org.lifelonglinks.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Deletes people in one write transaction: their node, their connections in every network with the contacts and
 * safety decisions on them, the plan commitments about them, their place on meeting lists, contact details, data
 * protection records and notices, the old and new values the audit kept of them, and the answers kept for
 * idempotency keys that named them; the search index follows through the outbox. The audit entries stay, holding
 * ids only, and the tombstone is written in the same transaction.
 */
@Repository
class ErasureRepository {

    private final Driver driver;
    private final SafetyDecisionRepository safety;
    private final AuditTrail audit;

    ErasureRepository(Driver driver, SafetyDecisionRepository safety, AuditTrail audit) {
        this.driver = driver;
        this.safety = safety;
        this.audit = audit;
    }

    /**
     * What one erasure removed; {@code documentHashes} names the files of the documents whose descriptions went,
     * to be removed from the data folder unless another document holds the same content.
     */
    record Erased(List<String> personIds, int connections, List<String> documentHashes) {
    }

    /** Erases one person who is not a young person; 404 if there is no such person. */
    Erased erasePerson(String personId, AuditEvent tombstone) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean found = tx.run("""
                        MATCH (p:Person {id: $id})
                        WHERE NOT p:YoungPerson
                        RETURN count(p) > 0 AS found
                        """, Map.of("id", personId)).single().get("found").asBoolean();
                if (!found) {
                    throw new NotFoundException("Person");
                }
                var erased = erasePeopleIn(tx, List.of(personId), List.of());
                audit.appendIn(tx, tombstone);
                return erased;
            });
        }
    }

    /**
     * Erases a young person's whole record: them, everything kept on their record (consent, plans, reviews, the
     * meeting, their own account and its tokens), their connections, and the people who are in no other network.
     * People also in another young person's network stay there.
     */
    Erased eraseYoungPerson(String youngPersonId, AuditEvent tombstone) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var rows = tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        WITH yp, collect(c.id) AS connections,
                             collect(CASE WHEN NOT p:YoungPerson AND NOT EXISTS {
                               MATCH (other:YoungPerson)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p)
                               WHERE other <> yp
                             } THEN p.id END) AS onlyHere
                        RETURN connections, onlyHere
                        """, Map.of("id", youngPersonId)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Young person");
                }
                var connections = rows.getFirst().get("connections").asList(Value::asString);
                var onlyHere = rows.getFirst().get("onlyHere").asList(Value::asString);
                tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        OPTIONAL MATCH (yp)-[:HAS_PLAN]->(plan:Plan)
                        OPTIONAL MATCH (plan)-[:HAS_COMMITMENT]->(commitment:Commitment)
                        OPTIONAL MATCH (yp)-[:HAS_REVIEW]->(review:Review)
                        OPTIONAL MATCH (yp)-[:HAS_MEETING]->(meeting:Meeting)
                        OPTIONAL MATCH (yp)-[:HAS_CONSENT]->(consent:Consent)
                        DETACH DELETE commitment, plan, review, meeting, consent
                        """, Map.of("id", youngPersonId)).consume();
                // Case notes (every version), written tasks, documents, follow-ups, handovers and the young person's
                // own words (messages, wishes, suggestions, "I don't feel safe") are about this young person: they go
                // with the record (a plan's approval is on the plan, which went above). The documents' files leave the
                // data folder after this transaction (ErasureService).
                var documentHashes = tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_DOCUMENT]->(d:Document)
                        RETURN collect(DISTINCT d.sha256) AS hashes
                        """, Map.of("id", youngPersonId)).single().get("hashes").asList(Value::asString);
                tx.run("""
                        MATCH (:YoungPerson {id: $id})-[:HAS_NOTE|HAS_TASK|HAS_DOCUMENT|HAS_FOLLOW_UP|HAS_HANDOVER|SAID]->(casework)
                        DETACH DELETE casework
                        """, Map.of("id", youngPersonId)).consume();
                // Notifications about the record (ids only) go with it.
                tx.run("""
                        MATCH (n:Notification {youngPersonId: $id})
                        DELETE n
                        """, Map.of("id", youngPersonId)).consume();
                // Their own account goes too; what it did stays in the trail under a name that no longer says whose.
                tx.run("""
                        MATCH (u:UserAccount {youngPersonId: $id})
                        OPTIONAL MATCH (t:ApiToken {username: u.username})
                        OPTIONAL MATCH (e:AuditEvent {username: u.username})
                        SET e.username = 'erased account'
                        DETACH DELETE t, u
                        """, Map.of("id", youngPersonId)).consume();
                var people = new ArrayList<String>();
                people.add(youngPersonId);
                people.addAll(onlyHere);
                var erased = erasePeopleIn(tx, people, connections);
                audit.appendIn(tx, tombstone);
                return new Erased(erased.personIds(), erased.connections(), documentHashes);
            });
        }
    }

    private Erased erasePeopleIn(TransactionContext tx, List<String> ids, List<String> alsoConnections) {
        var connections = new LinkedHashSet<>(alsoConnections);
        connections.addAll(tx.run("""
                MATCH (p:Person)<-[:TO]-(c:Connection)
                WHERE p.id IN $ids
                RETURN collect(DISTINCT c.id) AS connections
                """, Map.of("ids", ids)).single().get("connections").asList(Value::asString));
        var connectionIds = List.copyOf(connections);
        safety.eraseIn(tx, connectionIds);
        tx.run("""
                MATCH (c:Connection)-[:HAS_CONTACT]->(e:ContactEvent)
                WHERE c.id IN $connections
                DETACH DELETE e
                """, Map.of("connections", connectionIds)).consume();
        tx.run("""
                MATCH (c:Commitment)
                WHERE c.personId IN $ids
                DETACH DELETE c
                """, Map.of("ids", ids)).consume();
        // A commitment kept going by someone erased keeps its place in the plan without a keeper.
        tx.run("""
                MATCH (c:Commitment)
                WHERE c.keeperPersonId IN $ids
                REMOVE c.keeperKind, c.keeperPersonId, c.keeperName
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (m:Meeting)
                WHERE any(x IN coalesce(m.invited, []) + coalesce(m.attended, []) WHERE x IN $ids)
                SET m.invited = [x IN coalesce(m.invited, []) WHERE NOT x IN $ids],
                    m.attended = [x IN coalesce(m.attended, []) WHERE NOT x IN $ids]
                """, Map.of("ids", ids)).consume();
        // Case notes and written tasks stay with the young person's record, no longer pointing at the erased.
        tx.run("""
                MATCH (n:CaseNote)
                WHERE any(x IN coalesce(n.about, []) WHERE x IN $ids)
                SET n.about = [x IN n.about WHERE NOT x IN $ids]
                """, Map.of("ids", ids)).consume();
        // Documents stay too, no longer naming them, and no longer shared with the young person until a worker
        // looks again: a photo of someone erased is not shown on the strength of an empty "about".
        tx.run("""
                MATCH (d:Document)
                WHERE any(x IN coalesce(d.about, []) WHERE x IN $ids)
                SET d.about = [x IN d.about WHERE NOT x IN $ids],
                    d.shareWithYoungPerson = false,
                    d.version = d.version + 1
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (t:Task)
                WHERE t.personId IN $ids
                REMOVE t.personId
                """, Map.of("ids", ids)).consume();
        // A young person's wishes and "is it happening?" about the erased go; their suggestions and meeting wishes
        // stay, no longer pointing at them.
        tx.run("""
                MATCH (w:OwnWords)
                WHERE (w:OwnWish OR w:OwnHappening) AND w.personId IN $ids
                DETACH DELETE w
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (w:OwnSuggestion)
                WHERE w.personId IN $ids
                REMOVE w.personId
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (w:OwnMeetingWish)
                WHERE any(x IN coalesce(w.people, []) WHERE x IN $ids)
                SET w.people = [x IN w.people WHERE NOT x IN $ids]
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (n:Notification)
                WHERE n.personId IN $ids
                REMOVE n.personId
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (d:ContactDetails)
                WHERE d.personId IN $ids
                DETACH DELETE d
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (d:DataProtection)
                WHERE d.personId IN $ids
                OPTIONAL MATCH (d)-[:HAS_NOTICE]->(n:PrivacyNotice)
                DETACH DELETE n, d
                """, Map.of("ids", ids)).consume();
        tx.run("""
                MATCH (c:Connection)
                WHERE c.id IN $connections
                DETACH DELETE c
                """, Map.of("connections", connectionIds)).consume();
        tx.run("""
                MATCH (p:Person)
                WHERE p.id IN $ids
                DETACH DELETE p
                """, Map.of("ids", ids)).consume();
        var named = new ArrayList<String>(ids);
        named.addAll(connectionIds);
        audit.forgetValuesOfIn(tx, named);
        IdempotencyAnswers.forgetMentioningIn(tx, named);
        ChangeOutbox.peopleChangedIn(tx, ids);
        return new Erased(List.copyOf(ids), connectionIds.size(), List.of());
    }
}
