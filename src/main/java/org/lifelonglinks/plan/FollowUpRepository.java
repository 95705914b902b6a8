package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.plan.FollowUpRequest.FollowUpAt;
import org.lifelonglinks.plan.FollowUpRequest.StillHappening;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.InvalidFieldException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * The follow-ups 6 and 12 months after the meeting: {@code (:YoungPerson)-[:HAS_FOLLOW_UP]->(:FollowUp)} with
 * {@code (:FollowUp)-[:FOLLOWED_UP {happening, note}]->(:Commitment)} for each commitment answered. One of each
 * kind per young person, written under the young person's lock so two sent at once record one.
 */
@Repository
class FollowUpRepository {

    private final Driver driver;
    private final AuditTrail audit;

    FollowUpRepository(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    FollowUp record(String youngPersonId, FollowUpRequest followUp, String username) {
        try (var session = driver.session()) {
            String id = session.executeWrite(tx -> {
                var facts = tx.run("""
                        MATCH (yp:YoungPerson {id: $id})
                        SET yp.followUpLock = datetime()
                        WITH yp
                        OPTIONAL MATCH (yp)-[:HAS_MEETING]->(m:Meeting)
                        OPTIONAL MATCH (yp)-[:HAS_FOLLOW_UP]->(done:FollowUp {at: $at})
                        OPTIONAL MATCH (yp)-[:HAS_PLAN]->(p:Plan {current: true})
                        OPTIONAL MATCH (p)-[:HAS_COMMITMENT]->(c:Commitment)
                        RETURN m.date AS meetingDate, done.date AS recordedOn, p.version AS version,
                               collect(c.id) AS commitments
                        """, Map.of("id", youngPersonId, "at", followUp.at().name())).single();
                if (facts.get("meetingDate").isNull()) {
                    throw new ConflictException("at", "There is no Lifelong Links meeting to follow up yet");
                }
                LocalDate meeting = facts.get("meetingDate").asLocalDate();
                Checks.notBefore("date", followUp.date(), "the meeting's date", meeting);
                if (!facts.get("recordedOn").isNull()) {
                    throw new ConflictException("at", "The " + followUp.at().months() + "-month follow-up is "
                            + "already recorded (dated " + facts.get("recordedOn").asLocalDate() + ")");
                }
                if (facts.get("version").isNull()) {
                    throw new ConflictException("commitments", "There is no plan to follow up yet");
                }
                int version = facts.get("version").asInt();
                var ids = facts.get("commitments").asList(Value::asString);
                var answers = new java.util.ArrayList<Map<String, Object>>();
                for (int i = 0; i < followUp.commitments().size(); i++) {
                    var answer = followUp.commitments().get(i);
                    if (!ids.contains(answer.commitmentId())) {
                        throw new InvalidFieldException("commitments[" + i + "].commitmentId", "commitment "
                                + answer.commitmentId() + " is not in the current plan (version " + version + ")");
                    }
                    var row = new HashMap<String, Object>();
                    row.put("commitmentId", answer.commitmentId());
                    row.put("happening", answer.happening().name());
                    row.put("note", answer.note());
                    answers.add(row);
                }
                String newId = UUID.randomUUID().toString();
                tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(p:Plan {current: true})
                        CREATE (yp)-[:HAS_FOLLOW_UP]->(f:FollowUp {id: $id, at: $at, date: $date, planVersion: $version,
                            note: $note, recordedBy: $username, recordedAt: datetime()})
                        WITH f, p
                        UNWIND $answers AS answer
                        MATCH (p)-[:HAS_COMMITMENT]->(c:Commitment {id: answer.commitmentId})
                        CREATE (f)-[:FOLLOWED_UP {happening: answer.happening, note: answer.note}]->(c)
                        """, CypherParameters.of("youngPersonId", youngPersonId, "id", newId,
                        "at", followUp.at().name(), "date", followUp.date(), "version", version,
                        "note", followUp.note(), "username", username, "answers", answers)).consume();
                long happening = followUp.commitments().stream().filter(a -> a.happening().happening()).count();
                audit.appendIn(tx, new AuditEvent(username, "FOLLOW_UP_RECORDED", youngPersonId, null,
                        followUp.at().name() + ", " + happening + " of " + answers.size()
                                + " commitments still happening"));
                return newId;
            });
            return followUps(youngPersonId).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /** The young person's follow-ups, oldest first. */
    List<FollowUp> followUps(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $id})-[:HAS_FOLLOW_UP]->(f:FollowUp)
                        OPTIONAL MATCH (f)-[a:FOLLOWED_UP]->(c:Commitment)
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person {id: c.personId})
                        WITH f, a, c, p ORDER BY p.familyName, p.givenName, c.activity
                        RETURN f, collect(CASE WHEN c IS NOT NULL THEN {commitmentId: c.id, personId: c.personId,
                            activity: c.activity, happening: a.happening, note: a.note, person: p} END) AS answers
                        ORDER BY f.date, f.at
                        """)
                .withParameters(Map.of("id", youngPersonId))
                .execute().records().stream()
                .map(r -> toFollowUp(r.get("f").asNode(), r.get("answers").asList(v -> v)))
                .toList();
    }

    private static FollowUp toFollowUp(Node f, List<Value> answers) {
        var commitments = answers.stream().map(a -> new FollowUp.CommitmentAnswer(a.get("commitmentId").asString(),
                a.get("personId").asString(null),
                a.get("person").isNull() ? "someone no longer in the network"
                        : ConnectionStateRepository.nameOf(a.get("person").asNode()),
                ContactKind.valueOf(a.get("activity").asString()), StillHappening.valueOf(a.get("happening").asString()),
                a.get("note").asString(null))).toList();
        return new FollowUp(f.get("id").asString(), FollowUpAt.valueOf(f.get("at").asString()),
                f.get("date").asLocalDate(), f.get("planVersion").asInt(), commitments, f.get("note").asString(null),
                f.get("recordedBy").asString(), f.get("recordedAt").asZonedDateTime().toInstant());
    }
}
