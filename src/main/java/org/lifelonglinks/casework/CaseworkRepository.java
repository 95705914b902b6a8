package org.lifelonglinks.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.VersionedNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * Reads the facts the stage and the computed tasks are derived from (one query for a whole caseload), and stores
 * the tasks workers write: {@code (:YoungPerson)-[:HAS_TASK]->(:Task)}, versioned like every edited record.
 */
@Repository
class CaseworkRepository {

    private static final List<String> TRACING_KINDS = List.of("LETTER", "PHONE", "EMAIL", "SOCIAL_MEDIA", "VISIT",
            "THROUGH_RELATIVE");

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;

    CaseworkRepository(Driver driver, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
    }

    /** The facts of these young people, or of everyone's when {@code ids} is null; in name order. */
    List<CaseFacts> facts(List<String> ids) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        parameters.put("tracing", TRACING_KINDS);
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        WHERE $ids IS NULL OR yp.id IN $ids
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                          OPTIONAL MATCH (c)-[:HAS_CONTACT]->(t:ContactEvent)
                          WHERE t.kind IN $tracing
                          WITH c, p, min(t.date) AS firstTracing,
                               min(CASE WHEN t.outcome = 'REFERRED_FOR_SAFETY_CHECK' THEN t.date END) AS referred
                          RETURN min(c.createdAt) AS firstPersonAdded, min(firstTracing) AS firstTracing,
                                 min(c.reachedOn) AS firstReached,
                                 collect(CASE WHEN c IS NOT NULL THEN {personId: p.id, givenName: p.givenName,
                                     familyName: p.familyName, knownAs: p.knownAs, status: c.status,
                                     baseline: c.baseline, reachedOn: c.reachedOn, referred: referred} END) AS connections
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_MEETING]->(m:Meeting)
                          RETURN max(m.date) AS meetingDate
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_PLAN]->(plan:Plan)
                          RETURN min(plan.agreedOn) AS firstPlanAgreed
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_REVIEW]->(r:Review {kind: 'PLAN_REVIEW'})
                          WITH r ORDER BY r.date
                          RETURN collect(r.date) AS planReviews
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (worker:UserAccount)-[assigned:ASSIGNED_TO]->(yp)
                          RETURN collect(CASE WHEN assigned.role = 'COORDINATOR' THEN worker.username END) AS coordinators,
                                 collect(CASE WHEN assigned.role = 'SOCIAL_WORKER' THEN worker.username END) AS socialWorkers
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_PLAN]->(current:Plan {current: true})
                          RETURN current {.version, .agreedOn, approved: current.approvedBy IS NOT NULL} AS currentPlan
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_FOLLOW_UP]->(f:FollowUp)
                          RETURN collect(f.at) AS followUps
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_HANDOVER]->(h:Handover)
                          WITH h ORDER BY h.at DESC
                          RETURN head(collect(h {.from, .fromName, .to, .on, .note})) AS lastHandover
                        }
                        RETURN yp, firstPersonAdded, firstTracing, firstReached, connections, meetingDate,
                               firstPlanAgreed, planReviews, coordinators, socialWorkers, currentPlan, followUps,
                               lastHandover
                        ORDER BY yp.familyName, yp.givenName, yp.id
                        """)
                .withParameters(parameters)
                .execute().records().stream()
                .map(this::toFacts)
                .toList();
    }

    private CaseFacts toFacts(Record r) {
        var yp = r.get("yp").asNode();
        var connections = r.get("connections").asList(c -> new CaseFacts.ConnectionFacts(
                c.get("personId").asString(), name(c), c.get("status").asString("IDENTIFIED"),
                Baseline.valueOf(c.get("baseline").asString()).inTouch(), date(c.get("reachedOn")),
                date(c.get("referred"))));
        return new CaseFacts(yp.get("id").asString(), yp.get("givenName").asString(), yp.get("familyName").asString(),
                yp.get("localId").asString(null), yp.get("area").asString(null), date(yp.get("referralDate")),
                "CLOSED".equals(yp.get("status").asString(null)), date(yp.get("closedOn")),
                day(r.get("firstPersonAdded")), date(r.get("firstTracing")), date(r.get("firstReached")),
                date(r.get("meetingDate")), date(r.get("firstPlanAgreed")),
                r.get("planReviews").asList(Value::asLocalDate),
                r.get("coordinators").asList(Value::asString), r.get("socialWorkers").asList(Value::asString),
                connections, planFacts(r.get("currentPlan")), java.util.Set.copyOf(r.get("followUps")
                        .asList(Value::asString)), handoverFacts(r.get("lastHandover")));
    }

    private static CaseFacts.PlanFacts planFacts(Value plan) {
        return plan.isNull() ? null : new CaseFacts.PlanFacts(plan.get("version").asInt(),
                plan.get("agreedOn").asLocalDate(), plan.get("approved").asBoolean());
    }

    private static CaseFacts.HandoverFacts handoverFacts(Value handover) {
        return handover.isNull() ? null : new CaseFacts.HandoverFacts(handover.get("from").asString(),
                handover.get("fromName").asString(null), handover.get("to").asString(),
                handover.get("on").asLocalDate(), handover.get("note").asString(null));
    }

    private static String name(Value person) {
        String knownAs = person.get("knownAs").asString(null);
        if (knownAs != null) {
            return knownAs;
        }
        return (person.get("givenName").asString("") + " " + person.get("familyName").asString("")).strip();
    }

    /** A stored time as the service's day. */
    private LocalDate day(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().withZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }

    /** The ids of the young people a worker is assigned to. */
    List<String> assignedTo(String username) {
        return driver.executableQuery("""
                        MATCH (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp:YoungPerson)
                        RETURN yp.id AS id
                        """)
                .withParameters(Map.of("username", username))
                .execute().records().stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /** The young people the worker is assigned to or has a written task about (for an administrator's own tasks). */
    List<String> ownWork(String username) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)
                        WHERE EXISTS { MATCH (:UserAccount {username: $username})-[:ASSIGNED_TO]->(yp) }
                           OR EXISTS { MATCH (yp)-[:HAS_TASK]->(:Task {assignedTo: $username}) }
                        RETURN yp.id AS id
                        """)
                .withParameters(Map.of("username", username))
                .execute().records().stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    // ---- written tasks ----

    /** The written tasks of these young people (everyone's when null). */
    List<Task> writtenTasks(List<String> ids, LocalDate today, int dueSoonDays) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson)-[:HAS_TASK]->(t:Task)
                        WHERE $ids IS NULL OR yp.id IN $ids
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person {id: t.personId})
                        RETURN yp.id AS youngPersonId, yp.givenName + ' ' + yp.familyName AS youngPersonName, t,
                               p {.givenName, .familyName, .knownAs} AS person
                        ORDER BY t.due, t.createdAt
                        """)
                .withParameters(parameters)
                .execute().records().stream()
                .map(r -> toTask(r, today, dueSoonDays))
                .toList();
    }

    Optional<Task> writtenTask(String youngPersonId, String taskId, LocalDate today, int dueSoonDays) {
        return driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_TASK]->(t:Task {id: $taskId})
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(p:Person {id: t.personId})
                        RETURN yp.id AS youngPersonId, yp.givenName + ' ' + yp.familyName AS youngPersonName, t,
                               p {.givenName, .familyName, .knownAs} AS person
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId, "taskId", taskId))
                .execute().records().stream()
                .map(r -> toTask(r, today, dueSoonDays))
                .findFirst();
    }

    private static Task toTask(Record r, LocalDate today, int dueSoonDays) {
        Node t = r.get("t").asNode();
        LocalDate due = t.get("due").asLocalDate();
        LocalDate doneOn = date(t.get("doneOn"));
        var person = r.get("person");
        return new Task(t.get("id").asString(), TaskKind.valueOf(t.get("kind").asString("WRITTEN")), false,
                r.get("youngPersonId").asString(),
                r.get("youngPersonName").asString(), t.get("personId").asString(null),
                person.isNull() ? null : name(person), t.get("what").asString(), due,
                doneOn != null ? TaskState.DONE : TaskState.of(due, today, dueSoonDays),
                t.get("assignedTo").asString(), List.of(), t.get("note").asString(null),
                t.get("createdBy").asString(), doneOn, t.get("doneBy").asString(null), VersionedNode.versionOf(t));
    }

    void createTask(String youngPersonId, String taskId, TaskRequest task, String username, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                var properties = new HashMap<String, Object>();
                properties.put("id", taskId);
                properties.put("what", task.what());
                properties.put("due", task.due());
                properties.put("assignedTo", task.assignedTo());
                properties.put("personId", task.personId());
                properties.put("note", task.note());
                properties.put("createdBy", username);
                properties.put("version", 0L);
                var created = tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        CREATE (yp)-[:HAS_TASK]->(t:Task)
                        SET t = $properties, t.createdAt = datetime()
                        RETURN t.id AS id
                        """, Map.of("youngPersonId", youngPersonId, "properties", properties)).list();
                if (created.isEmpty()) {
                    throw new NotFoundException("Young person");
                }
                audit.appendIn(tx, event);
            });
        }
    }

    /**
     * Changes a written task under its version; 404 if the young person has no such task.
     *
     * @param change the properties to set, given whether the task is done as it stands once locked
     */
    void updateTask(String youngPersonId, String taskId, Long expected,
            java.util.function.Function<Boolean, Map<String, Object>> change, AuditEvent event) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                VersionedNode.update(tx, "This task", """
                                MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_TASK]->(n:Task {id: $taskId})""",
                        Map.of("youngPersonId", youngPersonId, "taskId", taskId), expected,
                        current -> change.apply(!current.get("doneOn").isNull()))
                        .orElseThrow(() -> new NotFoundException("Task"));
                audit.appendIn(tx, event);
            });
        }
    }

    static LocalDate dateOf(Node node, String property) {
        return date(node.get(property));
    }

}
