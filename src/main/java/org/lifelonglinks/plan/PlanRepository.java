package org.lifelonglinks.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.plan.ReviewRequest.CommitmentReview;
import org.lifelonglinks.plan.ReviewRequest.Happening;
import org.lifelonglinks.plan.ReviewRequest.ReviewKind;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.VersionedNode;
import org.lifelonglinks.safeguarding.SafetyDecisionRepository;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;

/**
 * The Lifelong Links meeting ({@code (:YoungPerson)-[:HAS_MEETING]->(:Meeting)}, one per young person), the plan
 * in versions ({@code -[:HAS_PLAN]->(:Plan {version, current})-[:HAS_COMMITMENT]->(:Commitment)}: a new version
 * never changes an old one) and reviews ({@code -[:HAS_REVIEW]->(:Review)-[:REVIEWED {happening}]->(:Commitment)}).
 * Every write checks the safety and status rules for each person inside its own transaction.
 */
@Repository
class PlanRepository {

    private final Driver driver;
    private final SafetyDecisionRepository safety;
    private final AuditTrail audit;
    private final Clock clock;

    PlanRepository(Driver driver, SafetyDecisionRepository safety, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.safety = safety;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the meeting under its version (0 before it is first saved; see {@link VersionedNode}). The node is
     * merged on its unique {@code youngPersonId} first, so two first saves at once make one meeting.
     */
    Meeting saveMeeting(String youngPersonId, Long expected, MeetingRequest meeting, AuditEvent event) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                for (String personId : meeting.invited()) {
                    WorkRules.requireApproval(connection(tx, youngPersonId, personId, "invited"),
                            "inviting them to the Lifelong Links meeting");
                }
                for (String personId : meeting.attended()) {
                    WorkRules.requireApproval(connection(tx, youngPersonId, personId, "attended"),
                            "recording them at the Lifelong Links meeting");
                }
                var properties = new HashMap<String, Object>();
                properties.put("youngPersonId", youngPersonId);
                properties.put("date", meeting.date());
                properties.put("invited", meeting.invited());
                properties.put("attended", meeting.attended());
                properties.put("others", meeting.others());
                properties.put("note", meeting.note());
                var written = VersionedNode.update(tx, "The Lifelong Links meeting", """
                                MATCH (yp:YoungPerson {id: $youngPersonId})
                                MERGE (n:Meeting {youngPersonId: $youngPersonId})
                                MERGE (yp)-[:HAS_MEETING]->(n)""", Map.of("youngPersonId", youngPersonId), expected,
                        current -> properties)
                        .orElseThrow(() -> new NotFoundException("Young person"));
                audit.appendIn(tx, event.withChanges(written.changes()));
                return toMeeting(written.after());
            });
        }
    }

    Optional<Meeting> meeting(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_MEETING]->(m:Meeting)
                        RETURN m
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId))
                .execute().records().stream().findFirst()
                .map(r -> toMeeting(r.get("m").asNode()));
    }

    private static Meeting toMeeting(Node m) {
        return new Meeting(m.get("date").asLocalDate(), m.get("invited").asList(v -> v.asString()),
                m.get("attended").asList(v -> v.asString()), m.get("others").asList(v -> v.asString()),
                m.get("note").asString(null), VersionedNode.versionOf(m));
    }

    /** Agrees a new version of the plan; the people in it move to IN_PLAN. Returns the version number. */
    int agree(String youngPersonId, PlanRequest plan, String username) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean hasMeeting = tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_MEETING]->(m:Meeting)
                        RETURN m.date <= $agreedOn AS held
                        """, Map.of("youngPersonId", youngPersonId, "agreedOn", plan.agreedOn())).list().stream()
                        .anyMatch(r -> r.get("held").asBoolean());
                if (!hasMeeting) {
                    throw new ConflictException("agreedOn", "A plan is agreed at the Lifelong Links meeting: record "
                            + "the meeting (PUT /api/young-people/" + youngPersonId + "/meeting) on or before "
                            + plan.agreedOn() + " first");
                }
                var moves = new ArrayList<AuditEvent>();
                var commitments = new ArrayList<Map<String, Object>>();
                int index = 0;
                for (var commitment : plan.commitments()) {
                    var state = connection(tx, youngPersonId, commitment.personId(),
                            "commitments[" + index++ + "].personId");
                    WorkRules.requireApproval(state, "putting them in the plan");
                    var after = WorkRules.afterCommitment(state);
                    if (after != state.status()) {
                        ContactRepository.setStatus(tx, state.connectionId(), after);
                        moves.add(ContactRepository.statusChanged(username, youngPersonId, state.personId(),
                                state.status(), after));
                    }
                    var properties = new HashMap<String, Object>();
                    properties.put("id", UUID.randomUUID().toString());
                    properties.put("personId", commitment.personId());
                    properties.put("activity", commitment.activity().name());
                    properties.put("frequency", commitment.frequency().name());
                    properties.put("startDate", commitment.startDate());
                    properties.put("note", commitment.note());
                    properties.put("nextLookOn", commitment.nextLookOn());
                    var keeper = commitment.keeper();
                    if (keeper != null) {
                        if (keeper.kind() == KeeperKind.NETWORK_PERSON) {
                            requireKeeper(tx, youngPersonId, keeper.personId(), "commitments[" + (index - 1)
                                    + "].keeper");
                        }
                        properties.put("keeperKind", keeper.kind().name());
                        properties.put("keeperPersonId", keeper.personId());
                        properties.put("keeperName", keeper.name());
                    }
                    commitments.add(properties);
                }
                int version = tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        SET yp.planLock = datetime()
                        WITH yp
                        OPTIONAL MATCH (yp)-[:HAS_PLAN]->(old:Plan)
                        SET old.current = false
                        WITH yp, coalesce(max(old.version), 0) + 1 AS version
                        CREATE (yp)-[:HAS_PLAN]->(p:Plan {versionKey: $youngPersonId + '#' + version,
                            youngPersonId: $youngPersonId, version: version, agreedOn: $agreedOn,
                            summary: $summary, current: true, createdBy: $username, createdAt: datetime()})
                        WITH p, version
                        UNWIND $commitments AS commitment
                        CREATE (p)-[:HAS_COMMITMENT]->(c:Commitment)
                        SET c = commitment
                        RETURN DISTINCT version
                        """, CypherParameters.of("youngPersonId", youngPersonId, "agreedOn", plan.agreedOn(),
                        "summary", plan.summary(), "username", username, "commitments", commitments))
                        .single().get("version").asInt();
                moves.forEach(move -> audit.appendIn(tx, move));
                audit.appendIn(tx, new AuditEvent(username, "PLAN_AGREED", youngPersonId, null,
                        "version " + version + ", " + commitments.size() + " commitments"));
                return version;
            });
        }
    }

    /** One version of the plan, or the current one when {@code version} is null. */
    Optional<Plan> plan(String youngPersonId, Integer version) {
        var parameters = new HashMap<String, Object>();
        parameters.put("youngPersonId", youngPersonId);
        parameters.put("version", version);
        var rows = driver.executableQuery("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(p:Plan)
                        WHERE ($version IS NULL AND p.current) OR p.version = $version
                        OPTIONAL MATCH (p)-[:HAS_COMMITMENT]->(c:Commitment)
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(conn:Connection)-[:TO]->(person:Person {id: c.personId})
                        OPTIONAL MATCH (yp)-[:HAS_CONNECTION]->(:Connection)-[:TO]->(keeper:Person {id: c.keeperPersonId})
                        RETURN p, c, person, conn, keeper
                        ORDER BY person.familyName, person.givenName, c.startDate, c.activity
                        """)
                .withParameters(parameters)
                .execute().records();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var p = rows.getFirst().get("p").asNode();
        var commitments = rows.stream()
                .filter(r -> !r.get("c").isNull())
                .map(r -> {
                    var c = r.get("c").asNode();
                    var person = r.get("person").isNull() ? null : r.get("person").asNode();
                    var connection = r.get("conn").isNull() ? null : r.get("conn").asNode();
                    return new Plan.Commitment(c.get("id").asString(), c.get("personId").asString(),
                            person == null ? "someone" : ConnectionStateRepository.nameOf(person),
                            connection == null ? null : connection.get("relationship").asString(null),
                            ContactKind.valueOf(c.get("activity").asString()),
                            Frequency.valueOf(c.get("frequency").asString()), c.get("startDate").asLocalDate(),
                            c.get("note").asString(null), keeperOf(c, r.get("keeper")),
                            c.get("nextLookOn").isNull() ? null : c.get("nextLookOn").asLocalDate());
                })
                .toList();
        return Optional.of(new Plan(p.get("version").asInt(), p.get("agreedOn").asLocalDate(),
                p.get("summary").asString(null), p.get("current").asBoolean(), p.get("createdBy").asString(),
                p.get("createdAt").asZonedDateTime().toInstant(), commitments, approvalOf(p)));
    }

    private static Plan.Keeper keeperOf(Node c, org.neo4j.driver.Value person) {
        if (c.get("keeperKind").isNull()) {
            return null;
        }
        var kind = KeeperKind.valueOf(c.get("keeperKind").asString());
        String name = kind == KeeperKind.NETWORK_PERSON
                ? (person.isNull() ? null : ConnectionStateRepository.nameOf(person.asNode()))
                : c.get("keeperName").asString(null);
        return new Plan.Keeper(kind, c.get("keeperPersonId").asString(null), name);
    }

    private static Plan.Approval approvalOf(Node p) {
        return p.get("approvedBy").isNull() ? null : new Plan.Approval(p.get("approvedBy").asString(),
                p.get("approverName").asString(null), p.get("approvedOn").asLocalDate(),
                p.get("approvedAt").asZonedDateTime().toInstant());
    }

    /** A keeper from the network: in it, and not barred by a do-not-contact decision (as the safeguarding module keeps them). */
    private void requireKeeper(TransactionContext tx, String youngPersonId, String personId, String field) {
        var state = ConnectionStateRepository.lockAndRead(tx, safety, youngPersonId, personId)
                .orElseThrow(() -> new InvalidFieldException(field, "the keeper (person " + personId
                        + ") is not in this young person's network"));
        if (state.safety().barred()) {
            throw new ConflictException(org.lifelonglinks.system.ProblemTypes.DO_NOT_CONTACT, "Do not contact", field,
                    "A do-not-contact decision about " + state.name() + " stands: they cannot keep a commitment "
                            + "going; name someone else");
        }
    }

    /** What approving a plan version did: the approval (new or already on record) and whether this call wrote it. */
    record Approved(Plan.Approval approval, boolean recorded) {
    }

    /**
     * Records the social worker's approval of a plan version. The young person's plan lock serialises it with new
     * versions and with a second approval, so only the current version can be approved and it is approved once:
     * approving an approved version answers the approval on record.
     */
    Approved approve(String youngPersonId, int version, String username, LocalDate today) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var rows = tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        SET yp.planLock = datetime()
                        WITH yp
                        MATCH (yp)-[:HAS_PLAN]->(p:Plan {version: $version})
                        OPTIONAL MATCH (yp)-[:HAS_PLAN]->(newest:Plan {current: true})
                        RETURN p, newest.version AS currentVersion
                        """, Map.of("youngPersonId", youngPersonId, "version", version)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException("Plan version " + version);
                }
                var p = rows.getFirst().get("p").asNode();
                var existing = approvalOf(p);
                if (existing != null) {
                    return new Approved(existing, false);
                }
                if (!p.get("current").asBoolean()) {
                    throw new ConflictException("version", "Plan version " + version + " was replaced by version "
                            + rows.getFirst().get("currentVersion").asInt() + ": approve the current version");
                }
                var approved = tx.run("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(p:Plan {version: $version})
                        OPTIONAL MATCH (u:UserAccount {username: $username})
                        SET p.approvedBy = $username, p.approverName = coalesce(u.displayName, $username),
                            p.approvedOn = $today, p.approvedAt = datetime()
                        RETURN p
                        """, Map.of("youngPersonId", youngPersonId, "version", version, "username", username,
                        "today", today)).single().get("p").asNode();
                audit.appendIn(tx, new AuditEvent(username, "PLAN_APPROVED", youngPersonId, null,
                        "version " + version));
                return new Approved(approvalOf(approved), true);
            });
        }
    }

    List<Integer> versions(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_PLAN]->(p:Plan)
                        RETURN p.version AS version ORDER BY version
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId))
                .execute().records().stream().map(r -> r.get("version").asInt()).toList();
    }

    Review addReview(String youngPersonId, ReviewRequest review, String username) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run("MATCH (yp:YoungPerson {id: $id}) SET yp.reviewLock = datetime()",
                        Map.of("id", youngPersonId)).consume();
                Integer version = null;
                if (review.kind() == ReviewKind.REFERRAL) {
                    boolean exists = tx.run("""
                            MATCH (:YoungPerson {id: $id})-[:HAS_REVIEW]->(r:Review {kind: 'REFERRAL'})
                            RETURN count(r) > 0 AS exists
                            """, Map.of("id", youngPersonId)).single().get("exists").asBoolean();
                    if (exists) {
                        throw new ConflictException("kind", "The referral rating is already recorded; later "
                                + "ratings belong to plan reviews (kind PLAN_REVIEW)");
                    }
                } else {
                    var current = tx.run("""
                            MATCH (:YoungPerson {id: $id})-[:HAS_PLAN]->(p:Plan {current: true})
                            OPTIONAL MATCH (p)-[:HAS_COMMITMENT]->(c:Commitment)
                            RETURN p.version AS version, collect(c.id) AS commitments
                            """, Map.of("id", youngPersonId)).list();
                    if (current.isEmpty()) {
                        throw new ConflictException("kind", "There is no plan to review yet");
                    }
                    version = current.getFirst().get("version").asInt();
                    var ids = current.getFirst().get("commitments").asList(v -> v.asString());
                    for (var reviewed : review.commitments()) {
                        if (!ids.contains(reviewed.commitmentId())) {
                            throw new InvalidFieldException("commitments", "commitment " + reviewed.commitmentId()
                                    + " is not in the current plan (version " + version + ")");
                        }
                    }
                }
                String id = UUID.randomUUID().toString();
                var reviewed = review.commitments().stream().map(r -> {
                    var row = new HashMap<String, Object>();
                    row.put("commitmentId", r.commitmentId());
                    row.put("happening", r.happening().name());
                    row.put("note", r.note());
                    return row;
                }).toList();
                tx.run("""
                        MATCH (yp:YoungPerson {id: $youngPersonId})
                        CREATE (yp)-[:HAS_REVIEW]->(r:Review {id: $id, kind: $kind, date: $date,
                            familyKnowledge: $familyKnowledge, overnightStaysAtReferral: $overnight,
                            planVersion: $version, note: $note, recordedBy: $username, recordedAt: datetime()})
                        WITH r
                        UNWIND $reviewed AS row
                        MATCH (c:Commitment {id: row.commitmentId})
                        CREATE (r)-[:REVIEWED {happening: row.happening, note: row.note}]->(c)
                        """, CypherParameters.of("youngPersonId", youngPersonId, "id", id, "kind", review.kind().name(),
                        "date", review.date(), "familyKnowledge", review.familyKnowledge(),
                        "overnight", review.overnightStaysAtReferral(), "version", version, "note", review.note(),
                        "username", username, "reviewed", reviewed)).consume();
                audit.appendIn(tx, new AuditEvent(username, "REVIEW_RECORDED", youngPersonId, null,
                        review.kind().name()));
                return new Review(id, review.kind(), review.date(), review.familyKnowledge(),
                        review.overnightStaysAtReferral(), version, review.commitments(), review.note(), username);
            });
        }
    }

    List<Review> reviews(String youngPersonId) {
        return driver.executableQuery("""
                        MATCH (:YoungPerson {id: $youngPersonId})-[:HAS_REVIEW]->(r:Review)
                        OPTIONAL MATCH (r)-[h:REVIEWED]->(c:Commitment)
                        RETURN r, collect({commitmentId: c.id, happening: h.happening, note: h.note}) AS reviewed
                        ORDER BY r.date, r.recordedAt
                        """)
                .withParameters(Map.of("youngPersonId", youngPersonId))
                .execute().records().stream()
                .map(row -> toReview(row.get("r").asNode(), row.get("reviewed").asList(v -> v)))
                .toList();
    }

    private static Review toReview(Node r, List<org.neo4j.driver.Value> reviewed) {
        var commitments = reviewed.stream()
                .filter(v -> !v.get("commitmentId").isNull())
                .map(v -> new CommitmentReview(v.get("commitmentId").asString(),
                        Happening.valueOf(v.get("happening").asString()), v.get("note").asString(null)))
                .toList();
        return new Review(r.get("id").asString(), ReviewKind.valueOf(r.get("kind").asString()),
                r.get("date").asLocalDate(), r.get("familyKnowledge").asInt(),
                r.get("overnightStaysAtReferral").isNull() ? null : r.get("overnightStaysAtReferral").asBoolean(),
                r.get("planVersion").isNull() ? null : r.get("planVersion").asInt(), commitments,
                r.get("note").asString(null), r.get("recordedBy").asString());
    }

    private ConnectionState connection(TransactionContext tx, String youngPersonId, String personId, String field) {
        return ConnectionStateRepository.lockAndRead(tx, safety, youngPersonId, personId)
                .orElseThrow(() -> new InvalidFieldException(field, "person " + personId
                        + " is not in this young person's network"));
    }
}
