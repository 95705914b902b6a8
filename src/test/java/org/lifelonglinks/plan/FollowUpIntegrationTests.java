package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/**
 * Follow-ups 6 and 12 months after the meeting through HTTP: recorded per commitment, closing the computed task,
 * in the chronology, in the subject access pack and erased with the record; and the two outcomes they feed.
 */
class FollowUpIntegrationTests extends IntegrationTest {

    @Test
    void aFollowUpIsRecordedOncePerCommitmentClosesItsTaskAndIsInTheChronology() throws Exception {
        var coordinator = fixtures.user("COORDINATOR");
        LocalDate today = LocalDate.now(clock);
        var ypCase = recordCase(coordinator, "north", today.minusMonths(7));
        String path = "/api/young-people/" + ypCase.youngPerson();
        assertThat(followUpTasks(coordinator, ypCase.youngPerson()))
                .containsExactlyInAnyOrder("FOLLOW_UP_6_MONTHS", "FOLLOW_UP_12_MONTHS");

        var unknown = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today, "nope", "YES"));
        var future = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today.plusDays(1),
                ypCase.commitment(), "YES"));
        var beforeMeeting = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today.minusMonths(8),
                ypCase.commitment(), "YES"));
        var badAnswer = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today, ypCase.commitment(),
                "PERHAPS"));
        var otherCaseload = fixtures.user("COORDINATOR").post(path + "/follow-ups",
                followUp("SIX_MONTHS", today, ypCase.commitment(), "YES"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("field")).isEqualTo("commitments[0].commitmentId");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("date");
        assertThat(beforeMeeting.status()).isEqualTo(422);
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(otherCaseload.status()).isEqualTo(404);

        var recorded = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today, ypCase.commitment(),
                "SOMETIMES"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("planVersion").asInt()).isEqualTo(1);
        assertThat(recorded.json().path("commitments").get(0).path("happening").asString()).isEqualTo("SOMETIMES");
        assertThat(recorded.json().path("commitments").get(0).path("name").asString()).isEqualTo("Edie");
        assertThat(followUpTasks(coordinator, ypCase.youngPerson())).as("the follow-up closes its task")
                .containsExactly("FOLLOW_UP_12_MONTHS");
        var again = coordinator.post(path + "/follow-ups", followUp("SIX_MONTHS", today, ypCase.commitment(), "NO"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already recorded");
        assertThat(coordinator.get(path + "/follow-ups").json().size()).isEqualTo(1);
        var race = org.lifelonglinks.support.Race.of(
                () -> coordinator.post(path + "/follow-ups", followUp("TWELVE_MONTHS", today, ypCase.commitment(), "YES")),
                () -> coordinator.post(path + "/follow-ups", followUp("TWELVE_MONTHS", today, ypCase.commitment(), "NO")));
        assertThat(race).extracting(Api.Response::status).as("two sent at once: one recorded")
                .containsExactlyInAnyOrder(201, 409);
        assertThat(coordinator.get(path + "/follow-ups").json().size()).isEqualTo(2);
        assertThat(coordinator.get(path + "/chronology?kinds=FOLLOW_UP").body())
                .contains("6-month follow-up: is contact still happening? Edie Testfollow: sometimes");
        assertThat(admin.get("/api/audit?youngPersonId=" + ypCase.youngPerson() + "&action=FOLLOW_UP_RECORDED")
                .json().valueStream().map(e -> e.path("detail").asString()))
                .hasSize(2).contains("SIX_MONTHS, 1 of 1 commitments still happening");
    }

    @Test
    void followUpsAndTheApprovalAreInTheSubjectAccessPackAndGoWithTheRecord() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        LocalDate today = LocalDate.now(clock);
        var ypCase = recordCase(coordinator, "north", today.minusMonths(7));
        String path = "/api/young-people/" + ypCase.youngPerson();
        fixtures.assign(ypCase.youngPerson(), socialWorker, "SOCIAL_WORKER");
        assertThat(socialWorker.post(path + "/plan/versions/1/approval", null).status()).isEqualTo(201);
        String marker = "Zephyrine" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        assertThat(coordinator.post(path + "/follow-ups", """
                {"at": "SIX_MONTHS", "date": "%s", "note": "%s said calls go on",
                 "commitments": [{"commitmentId": "%s", "happening": "YES", "note": "Every Sunday"}]}"""
                .formatted(today, marker, ypCase.commitment())).status()).isEqualTo(201);
        assertThat(coordinator.post(path + "/handover", """
                {"toCoordinator": "%s", "note": "%s handover"}""".formatted(fixtures.user("COORDINATOR").username(),
                marker)).status()).isEqualTo(201);

        var pack = admin.get(path + "/subject-access").json().path("ownRecord");
        assertThat(pack.path("followUps").get(0).path("at").asString()).isEqualTo("SIX_MONTHS");
        assertThat(pack.path("followUps").get(0).path("commitments").get(0).path("note").asString())
                .isEqualTo("Every Sunday");
        assertThat(pack.path("plan").path("approvedOn").asString()).isEqualTo(today.toString());
        assertThat(pack.path("handovers").get(0).path("note").asString()).contains("handover");

        assertThat(admin.post(path + "/erasure", "{\"reason\": \"Retention period ended\"}").status())
                .isEqualTo(200);
        var left = driver.executableQuery("""
                        MATCH (n) WHERE (n:FollowUp OR n:Handover) AND any(v IN [n.note] WHERE v CONTAINS $marker)
                        RETURN count(n) AS left""")
                .withParameters(java.util.Map.of("marker", marker)).execute().records().getFirst().get("left").asInt();
        assertThat(left).as("follow-ups and handovers went with the record").isZero();
    }

    @Test
    void theReportCountsContactStillHappeningAmongThoseFollowedUpWithSuppression() {
        var coordinator = fixtures.user("COORDINATOR");
        var manager = fixtures.user("MANAGER");
        // 2021 to 2022: a period no other test's meetings fall in; the follow-ups lie in the past.
        LocalDate meeting = LocalDate.of(2021, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(500));
        String[] answers = {"YES", "SOMETIMES", "YES", "YES", "NO", "NO", null};
        for (String answer : answers) {
            var ypCase = recordCase(coordinator, "south", meeting);
            if (answer != null) {
                var recorded = coordinator.post("/api/young-people/" + ypCase.youngPerson() + "/follow-ups",
                        followUp("SIX_MONTHS", meeting.plusMonths(6), ypCase.commitment(), answer));
                assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
                if (answer.equals("YES")) {
                    assertThat(coordinator.post("/api/young-people/" + ypCase.youngPerson() + "/follow-ups",
                            followUp("TWELVE_MONTHS", meeting.plusMonths(12), ypCase.commitment(), "YES")).status())
                            .isEqualTo(201);
                }
            }
        }
        String query = "/api/reports/outcomes?from=" + meeting + "&to=" + meeting.plusMonths(8) + "&area=south";

        var report = manager.get(query);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var json = report.json();
        assertThat(json.path("youngPeople").asInt()).isEqualTo(7);
        var six = outcome(json, "contactStillHappeningAt6Months");
        assertThat(six.path("count").asInt()).isEqualTo(4);
        assertThat(six.path("denominator").asInt()).as("followed up: 6 of the 7").isEqualTo(6);
        assertThat(six.path("rate").asDouble()).isEqualTo(0.667);
        assertThat(six.path("definition").asString()).contains("at least 6 months before the end of the period");
        var twelve = outcome(json, "contactStillHappeningAt12Months");
        assertThat(twelve.path("denominator").asInt()).as("no meeting is 12 months before the end").isZero();
        assertThat(twelve.path("rate").isNull()).isTrue();
        assertThat(outcome(json, "newDirectContactWithSupportiveAdult").path("denominator").asInt()).isEqualTo(7);
        var south = json.path("breakdowns").get(0).path("groups").valueStream()
                .filter(g -> g.path("group").asString().equals("south")).findFirst().orElseThrow();
        var cell = south.path("outcomes").path("contactStillHappeningAt6Months");
        assertThat(cell.path("denominator").asString()).isEqualTo("6");
        assertThat(cell.path("count").asString()).as("4 and the 2 without are small numbers").isEqualTo("c");

        var csv = manager.getWithAccept(query, "text/csv").body();
        assertThat(csv).contains("all,,contactStillHappeningAt6Months,4,6,0.667,,",
                "area,south,contactStillHappeningAt6Months,c,6,c,,");

        var later = manager.get("/api/reports/outcomes?from=" + meeting + "&to=" + meeting.plusMonths(13)
                + "&area=south").json();
        assertThat(outcome(later, "contactStillHappeningAt12Months").path("count").asInt()).isEqualTo(3);
        assertThat(outcome(later, "contactStillHappeningAt12Months").path("denominator").asInt()).isEqualTo(3);
    }

    private static tools.jackson.databind.JsonNode outcome(tools.jackson.databind.JsonNode report, String measure) {
        return report.path("outcomes").valueStream().filter(o -> o.path("measure").asString().equals(measure))
                .findFirst().orElseThrow();
    }

    private record Case(String youngPerson, String commitment) {
    }

    /** A young person in the area with a meeting on the day and a plan with one commitment with Gran. */
    private Case recordCase(Api coordinator, String area, LocalDate meeting) {
        var created = coordinator.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Testfollow", "dateOfBirth": "2011-05-17", "localId": "%s",
                 "area": "%s", "referralDate": "%s"}""".formatted("LL-" + UUID.randomUUID(), area,
                meeting.minusMonths(3)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        fixtures.consent(coordinator, id);
        var gran = coordinator.post("/api/young-people/" + id + "/people", """
                {"givenName": "Edie", "familyName": "Testfollow", "birthYear": 1960, "relationship": "grandmother",
                 "category": "FAMILY", "baseline": "REGULAR"}""");
        assertThat(gran.status()).as(gran.toString()).isEqualTo(201);
        assertThat(coordinator.put("/api/young-people/" + id + "/meeting", """
                {"date": "%s", "invited": [], "attended": []}""".formatted(meeting)).status()).isEqualTo(200);
        var plan = coordinator.post("/api/young-people/" + id + "/plan", """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "WEEKLY",
                 "startDate": "%s"}]}""".formatted(meeting, gran.text("personId"), meeting));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        return new Case(id, plan.json().path("commitments").get(0).path("id").asString());
    }

    private static String followUp(String at, LocalDate date, String commitmentId, String happening) {
        return """
                {"at": "%s", "date": "%s", "commitments": [{"commitmentId": "%s", "happening": "%s"}]}"""
                .formatted(at, date, commitmentId, happening);
    }

    private static java.util.List<String> followUpTasks(Api coordinator, String youngPerson) {
        return coordinator.get("/api/young-people/" + youngPerson + "/tasks").json().valueStream()
                .map(t -> t.path("kind").asString()).filter(k -> k.startsWith("FOLLOW_UP")).toList();
    }
}
