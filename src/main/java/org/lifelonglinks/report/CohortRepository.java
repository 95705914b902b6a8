package org.lifelonglinks.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.report.CohortFacts.ConnectionFacts;
import org.lifelonglinks.report.CohortFacts.Contact;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads the cohort's facts in one read transaction: the young people whose meeting falls in the period, then
 * their connections and contacts; who is barred comes from the safeguarding module. Two queries, each one pass over the cohort.
 */
@Repository
class CohortRepository {

    private final Driver driver;

    CohortRepository(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param barredIn who is barred today in each young person's network, as the safeguarding module answers it
     */
    List<CohortFacts> cohort(ReportQuery query,
            java.util.function.Function<List<String>, Map<String, java.util.Set<String>>> barredIn) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var parameters = new HashMap<String, Object>();
                parameters.put("from", query.from());
                parameters.put("to", query.to());
                parameters.put("area", query.area());
                var youngPeople = tx.run("""
                        MATCH (yp:YoungPerson)-[:HAS_MEETING]->(m:Meeting)
                        WHERE m.date >= $from AND m.date <= $to AND ($area IS NULL OR yp.area = $area)
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_REVIEW]->(r:Review {kind: 'REFERRAL'})
                          RETURN r.familyKnowledge AS referralRating,
                                 coalesce(r.overnightStaysAtReferral, false) AS overnightAtReferral
                          LIMIT 1
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_REVIEW]->(r:Review {kind: 'PLAN_REVIEW'})
                          RETURN r.familyKnowledge AS latestRating
                          ORDER BY r.date DESC, r.recordedAt DESC
                          LIMIT 1
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_PLAN]->(:Plan {current: true})-[:HAS_COMMITMENT]->(c:Commitment)
                          RETURN count(DISTINCT c.personId) AS inPlan
                        }
                        CALL (yp) {
                          OPTIONAL MATCH (yp)-[:HAS_FOLLOW_UP]->(f:FollowUp)
                          RETURN collect(CASE WHEN f IS NOT NULL THEN {at: f.at, date: f.date,
                              happening: EXISTS { (f)-[a:FOLLOWED_UP]->() WHERE a.happening IN ['YES', 'SOMETIMES'] }}
                              END) AS followUps
                        }
                        RETURN yp.id AS id, yp.area AS area, yp.dateOfBirth AS dateOfBirth,
                               yp.referralDate AS referralDate, m.date AS meetingDate, referralRating,
                               overnightAtReferral, latestRating, inPlan, followUps
                        ORDER BY id
                        """, parameters).list();
                var ids = youngPeople.stream().map(r -> r.get("id").asString()).toList();
                var barred = barredIn.apply(ids);
                var connections = new HashMap<String, List<ConnectionFacts>>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (:YoungPerson {id: id})-[:HAS_CONNECTION]->(c:Connection)-[:TO]->(p:Person)
                        OPTIONAL MATCH (c)-[:HAS_CONTACT]->(e:ContactEvent)
                        RETURN id, p.id AS personId, c.category AS category, c.baseline AS baseline,
                               c.status AS status, c.reachedOn AS reachedOn, p.dateOfBirth AS dateOfBirth, p.birthYear AS birthYear,
                               [x IN collect(e) | {kind: x.kind, date: x.date, direct: x.direct}] AS contacts
                        """, Map.of("ids", ids)).list().forEach(r -> connections
                        .computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
                        .add(new ConnectionFacts(Category.valueOf(r.get("category").asString()),
                                Baseline.valueOf(r.get("baseline").asString()), r.get("status").asString(null),
                                date(r.get("reachedOn")), java.util.Objects.requireNonNull(barred.get(r.get("id")
                                        .asString()), "safeguarding answer").contains(r.get("personId").asString()),
                                date(r.get("dateOfBirth")),
                                r.get("birthYear").isNull() ? null : r.get("birthYear").asInt(),
                                r.get("contacts").asList(v -> new Contact(v.get("kind").asString(),
                                        v.get("date").asLocalDate(), v.get("direct").asBoolean(false))))));
                return youngPeople.stream().map(r -> new CohortFacts(r.get("area").asString(null),
                        r.get("dateOfBirth").asLocalDate(), date(r.get("referralDate")),
                        r.get("meetingDate").asLocalDate(),
                        r.get("referralRating").isNull() ? null : r.get("referralRating").asInt(),
                        r.get("latestRating").isNull() ? null : r.get("latestRating").asInt(),
                        r.get("overnightAtReferral").asBoolean(), r.get("inPlan").asInt(),
                        connections.getOrDefault(r.get("id").asString(), List.of()),
                        followUps(r.get("followUps")))).toList();
            });
        }
    }

    /** The follow-ups by months after the meeting (SIX_MONTHS is 6, TWELVE_MONTHS 12). */
    private static Map<Integer, CohortFacts.FollowUp> followUps(Value followUps) {
        var result = new HashMap<Integer, CohortFacts.FollowUp>();
        followUps.asList(v -> v).forEach(f -> result.put("SIX_MONTHS".equals(f.get("at").asString()) ? 6 : 12,
                new CohortFacts.FollowUp(f.get("date").asLocalDate(), f.get("happening").asBoolean())));
        return Map.copyOf(result);
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
