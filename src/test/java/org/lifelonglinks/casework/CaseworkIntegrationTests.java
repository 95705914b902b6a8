package org.lifelonglinks.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The stage, computed and written tasks, the caseload and the teams' counts, through HTTP on the embedded Neo4j. */
class CaseworkIntegrationTests extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;

    @BeforeEach
    void caseload() {
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        var referred = coordinator.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Stageley", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east", "referralDate": "%s"}"""
                .formatted(unique("LL"), TODAY.minusMonths(10)));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        youngPerson = referred.text("id");
        fixtures.consent(coordinator, youngPerson);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
    }

    @Test
    void theStageMovesByItselfAsTheWorkIsRecordedWithTheDateItChanged() {
        assertStage("REFERRED", TODAY.minusMonths(10));
        String kerry = person("Kerry", "LOST_TOUCH");
        assertStage("MAPPING_THE_NETWORK", TODAY);
        contact(kerry, "LETTER", null, TODAY.minusDays(20));
        assertStage("SEARCHING", TODAY.minusDays(20));
        contact(kerry, "PHONE", "REACHED", TODAY.minusDays(10));
        assertStage("CONTACT", TODAY.minusDays(10));

        String gran = person("Granny", "REGULAR");
        meeting(TODAY.minusDays(5));
        assertStage("MEETING", TODAY.minusDays(5));
        plan(gran, TODAY.minusDays(4));
        assertStage("PLAN", TODAY.minusDays(4));
        review(TODAY.minusDays(1));
        var stage = assertStage("REVIEWING", TODAY.minusDays(1));
        assertThat(stage.path("steps").valueStream().map(s -> s.path("stage").asString()).toList())
                .containsExactly("REFERRED", "MAPPING_THE_NETWORK", "SEARCHING", "CONTACT", "MEETING", "PLAN",
                        "REVIEWING");
        assertThat(stage.path("words").asString()).isEqualTo("Reviewing");

        var row = row(coordinator.get("/api/caseload").json(), youngPerson);
        assertThat(row.path("stage").asString()).isEqualTo("REVIEWING");
        assertThat(row.path("stageSince").asString()).isEqualTo(TODAY.minusDays(1).toString());

        var closed = coordinator.patch("/api/young-people/" + youngPerson, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertStage("CLOSED", TODAY);
        coordinator.patch("/api/young-people/" + youngPerson, """
                {"status": "REVIEWING"}""");
        assertStage("REVIEWING", TODAY.minusDays(1));
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=STAGE_READ").json().size())
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void tasksAreComputedFromTheFactsAndGoAwayWhenTheFactIsRecorded() {
        String gran = person("Granny", "REGULAR");
        meeting(TODAY.minusMonths(7));
        plan(gran, TODAY.minusMonths(7));
        String aunt = person("Aunty", "LOST_TOUCH");
        contact(aunt, "PHONE", "REACHED", TODAY.minusDays(12));
        String uncle = person("Uncle", "LOST_TOUCH");
        var decided = socialWorker.post("/api/people/" + uncle + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT",
                 "decidedOn": "%s", "reviewOn": "%s", "expiresOn": "%s"}""".formatted(youngPerson,
                TODAY.minusMonths(1), TODAY.plusDays(5), TODAY.plusMonths(6)));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);

        var tasks = kinds(coordinator.get(path("/tasks")).json());
        assertThat(tasks).containsEntry("FOLLOW_UP_6_MONTHS", "OVERDUE")
                .containsEntry("FOLLOW_UP_12_MONTHS", "UPCOMING")
                .containsEntry("PLAN_REVIEW", "OVERDUE")
                .containsEntry("APPROVAL_NEEDED", "OVERDUE")
                .containsEntry("SAFETY_REVIEW", "DUE")
                .doesNotContainKey("SAFETY_EXPIRY");

        // Approvals are the social worker's (first contact, and the plan version agreed 7 months ago): in their own
        // list, not the coordinator's.
        var socialWorkers = socialWorker.get("/api/tasks").json();
        assertThat(ofYoungPerson(socialWorkers.path("overdue"))).extracting(t -> t.path("kind").asString())
                .containsExactlyInAnyOrder("APPROVAL_NEEDED", "PLAN_APPROVAL");
        assertThat(ofYoungPerson(socialWorkers.path("overdue")).stream()
                .filter(t -> t.path("kind").asString().equals("APPROVAL_NEEDED")).findFirst().orElseThrow()
                .path("personName").asString()).isEqualTo("Aunty Testfamily");
        assertThat(ofYoungPerson(socialWorkers.path("due"))).extracting(t -> t.path("kind").asString())
                .containsExactly("SAFETY_REVIEW");
        var coordinators = coordinator.get("/api/tasks").json();
        assertThat(ofYoungPerson(coordinators.path("overdue"))).extracting(t -> t.path("kind").asString())
                .containsExactlyInAnyOrder("FOLLOW_UP_6_MONTHS", "PLAN_REVIEW");

        // Recording the facts makes them go: an approval, a new decision without a review date, a plan review.
        approve(aunt, null);
        approve(uncle, null);
        review(TODAY);
        assertThat(socialWorker.post(path("/plan/versions/1/approval"), null).status()).isEqualTo(201);
        var after = kinds(coordinator.get(path("/tasks")).json());
        assertThat(after).doesNotContainKeys("APPROVAL_NEEDED", "SAFETY_REVIEW", "FOLLOW_UP_6_MONTHS", "PLAN_APPROVAL")
                .containsEntry("PLAN_REVIEW", "UPCOMING");
        var planReview = coordinator.get(path("/tasks")).json().valueStream()
                .filter(t -> t.path("kind").asString().equals("PLAN_REVIEW")).findFirst().orElseThrow();
        assertThat(planReview.path("due").asString()).isEqualTo(TODAY.plusMonths(3).toString());

        var row = row(coordinator.get("/api/caseload").json(), youngPerson);
        assertThat(row.path("overdue").asInt()).isZero();
    }

    @Test
    void anExpiredDecisionIsATaskUntilSomeoneDecidesAgain() {
        String dad = person("Davey", "LOST_TOUCH");
        assertThat(socialWorker.post("/api/people/" + dad + "/safety", """
                {"youngPersonId": "%s", "decision": "WITH_CONDITIONS", "basis": "RISK_ASSESSMENT",
                 "conditions": "Supervised", "decidedOn": "%s", "expiresOn": "%s"}""".formatted(youngPerson,
                TODAY.minusMonths(6), TODAY.minusDays(2))).status()).isEqualTo(201);
        var tasks = coordinator.get(path("/tasks")).json();
        var expiry = tasks.valueStream().filter(t -> t.path("kind").asString().equals("SAFETY_EXPIRY"))
                .findFirst().orElseThrow();
        assertThat(expiry.path("state").asString()).isEqualTo("OVERDUE");
        assertThat(expiry.path("what").asString()).contains("has expired");
        contact(dad, "PHONE", "REACHED", TODAY.minusDays(1));
        assertThat(kinds(coordinator.get(path("/tasks")).json())).as("the expiry task already asks for a decision")
                .containsKey("SAFETY_EXPIRY").doesNotContainKey("APPROVAL_NEEDED");

        approve(dad, null);
        assertThat(kinds(coordinator.get(path("/tasks")).json())).doesNotContainKey("SAFETY_EXPIRY");
    }

    @Test
    void aWrittenTaskIsCreatedOnceEditedUnderItsVersionAndMarkedDone() {
        String socialWorkerName = socialWorker.get("/api/me").text("username");
        var body = """
                {"what": "Ask Gran for the photo album", "due": "%s", "assignedTo": "%s"}"""
                .formatted(TODAY.plusDays(3), socialWorkerName);
        var headers = Map.of("Idempotency-Key", unique("key"), "Content-Type", "application/json");
        var created = coordinator.send("POST", path("/tasks"), body, headers);
        var again = coordinator.send("POST", path("/tasks"), body, headers);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(again.text("id")).isEqualTo(created.text("id"));
        assertThat(created.text("state")).isEqualTo("DUE");
        assertThat(created.text("createdBy")).isEqualTo(coordinator.username());
        String task = path("/tasks/" + created.text("id"));

        assertThat(ofYoungPerson(socialWorker.get("/api/tasks").json().path("due")))
                .extracting(t -> t.path("what").asString()).containsExactly("Ask Gran for the photo album");
        assertThat(ofYoungPerson(coordinator.get("/api/tasks").json().path("due"))).isEmpty();

        var done = socialWorker.send("PATCH", task, """
                {"done": true}""", Map.of("If-Match", "\"0\"", "Content-Type", "application/json"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.text("state")).isEqualTo("DONE");
        assertThat(done.text("doneBy")).isEqualTo(socialWorkerName);
        assertThat(done.text("doneOn")).isEqualTo(TODAY.toString());
        var stale = coordinator.send("PATCH", task, """
                {"due": "%s"}""".formatted(TODAY.plusDays(9)), Map.of("If-Match", "\"0\"",
                "Content-Type", "application/json"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text("type")).isEqualTo("/problems/stale-version");
        assertThat(ofYoungPerson(socialWorker.get("/api/tasks").json().path("done"))).hasSize(1);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=TASK_UPDATED").json().get(0)
                .path("detail").asString()).isEqualTo("done");
    }

    @Test
    void aWrittenTaskIsRefusedWithTheFieldAtFault() {
        var stranger = fixtures.user("COORDINATOR");
        var notOnCaseload = coordinator.post(path("/tasks"), """
                {"what": "Call", "due": "%s", "assignedTo": "%s"}""".formatted(TODAY, stranger.username()));
        assertThat(notOnCaseload.status()).isEqualTo(422);
        assertThat(notOnCaseload.text("field")).isEqualTo("assignedTo");
        var control = coordinator.post(path("/tasks"), """
                {"what": "Call\\u0007 Gran", "due": "%s"}""".formatted(TODAY));
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.text("field")).isEqualTo("what");
        var noDue = coordinator.post(path("/tasks"), """
                {"what": "Call Gran"}""");
        assertThat(noDue.status()).isEqualTo(400);
        assertThat(noDue.text("field")).isEqualTo("due");
        assertThat(coordinator.get(path("/tasks")).json().valueStream()
                .filter(t -> t.path("kind").asString().equals("WRITTEN")).count()).isZero();
    }

    @Test
    void anotherCaseloadsStageAndTasksAreNotFoundAndAManagerSeesOnlyCounts() {
        var created = coordinator.post(path("/tasks"), """
                {"what": "Write to Gran", "due": "%s"}""".formatted(TODAY.minusDays(1)));
        var stranger = fixtures.user("COORDINATOR");
        var strangerSocialWorker = fixtures.user("SOCIAL_WORKER");
        assertThat(stranger.get(path("/stage")).status()).isEqualTo(404);
        assertThat(stranger.get(path("/tasks")).status()).isEqualTo(404);
        assertThat(strangerSocialWorker.get(path("/tasks")).status()).isEqualTo(404);
        assertThat(stranger.post(path("/tasks"), """
                {"what": "Snoop", "due": "%s"}""".formatted(TODAY)).status()).isEqualTo(404);
        assertThat(stranger.patch(path("/tasks/" + created.text("id")), """
                {"done": true}""").status()).isEqualTo(404);
        assertThat(stranger.get("/api/tasks").body()).doesNotContain(youngPerson).doesNotContain("Write to Gran");
        assertThat(stranger.get("/api/caseload").body()).doesNotContain(youngPerson);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=ACCESS_REFUSED").json().size())
                .isGreaterThanOrEqualTo(4);

        var manager = fixtures.user("MANAGER");
        assertThat(manager.get("/api/tasks").status()).isEqualTo(403);
        assertThat(manager.get(path("/tasks")).status()).isEqualTo(403);
        var teams = manager.get("/api/reports/team-work");
        assertThat(teams.status()).as(teams.toString()).isEqualTo(200);
        assertThat(teams.body()).doesNotContain(youngPerson).doesNotContain("Stageley").doesNotContain("Gran");
        var east = teams.json().path("teams").valueStream().filter(t -> t.path("area").asString().equals("east"))
                .findFirst().orElseThrow();
        assertThat(east.path("overdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(teams.json().path("definitions").path("overdue").asString()).contains("due date has passed");
        assertThat(coordinator.get("/api/reports/team-work").status()).isEqualTo(403);
    }

    // ---- helpers ----

    private JsonNode assertStage(String stage, LocalDate since) {
        var answer = coordinator.get(path("/stage"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text("stage")).isEqualTo(stage);
        assertThat(answer.text("since")).isEqualTo(since.toString());
        return answer.json();
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }

    private String person(String givenName, String baseline) {
        var response = coordinator.post(path("/people"), """
                {"givenName": "%s", "familyName": "Testfamily", "birthYear": 1970, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s"}""".formatted(givenName, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private void contact(String personId, String kind, String outcome, LocalDate date) {
        var response = coordinator.post(path("/contacts"), """
                {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, date, kind,
                outcome == null ? "" : ", \"outcome\": \"" + outcome + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void approve(String personId, LocalDate reviewOn) {
        var response = socialWorker.post("/api/people/" + personId + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"%s}"""
                .formatted(youngPerson, reviewOn == null ? "" : ", \"reviewOn\": \"" + reviewOn + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void meeting(LocalDate date) {
        var response = coordinator.put(path("/meeting"), """
                {"date": "%s"}""".formatted(date));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void plan(String personId, LocalDate agreedOn) {
        var response = coordinator.post(path("/plan"), """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY",
                 "startDate": "%s"}]}""".formatted(agreedOn, personId, agreedOn));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void review(LocalDate date) {
        var response = coordinator.post(path("/reviews"), """
                {"kind": "PLAN_REVIEW", "date": "%s", "familyKnowledge": 3}""".formatted(date));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** Each kind of task of the young person and its state (one of each kind in these tests). */
    private static Map<String, String> kinds(JsonNode tasks) {
        var kinds = new java.util.HashMap<String, String>();
        tasks.valueStream().forEach(t -> kinds.put(t.path("kind").asString(), t.path("state").asString()));
        return kinds;
    }

    private List<JsonNode> ofYoungPerson(JsonNode tasks) {
        var theirs = new ArrayList<JsonNode>();
        tasks.valueStream().filter(t -> t.path("youngPersonId").asString().equals(youngPerson)).forEach(theirs::add);
        return theirs;
    }

    private static JsonNode row(JsonNode caseload, String id) {
        return caseload.valueStream().filter(r -> r.path("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
