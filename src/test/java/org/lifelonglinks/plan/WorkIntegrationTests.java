package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/** Safety decisions, contacts and the connection's status through the HTTP API, on the embedded Neo4j. */
class WorkIntegrationTests extends IntegrationTest {

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;

    @BeforeEach
    void caseload() {
        youngPerson = fixtures.youngPerson();
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
    }

    @Test
    void aLostRelativeMovesFromIdentifiedToActiveWithTheContactsRecorded() {
        String kerry = person("Kerry", "LOST_TOUCH");

        assertThat(contact(coordinator, kerry, "LETTER", null).text("statusAfter")).isEqualTo("SEARCHING");
        assertThat(contact(coordinator, kerry, "PHONE", "REACHED").text("statusAfter")).isEqualTo("CONTACTED");
        assertThat(contact(coordinator, kerry, "PHONE", "AGREED_TO_BE_INVOLVED").text("statusAfter"))
                .isEqualTo("AGREED");
        approve(kerry);
        meeting(kerry);
        var plan = coordinator.post(path("/plan"), commitments(kerry, "CALL", "MONTHLY"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(status(kerry)).isEqualTo("IN_PLAN");
        var call = contact(coordinator, kerry, "CALL", null);
        assertThat(call.text("statusAfter")).isEqualTo("ACTIVE");
        assertThat(call.json().path("direct").asBoolean()).isTrue();

        var progress = coordinator.get(path("/progress")).json().get(0);
        assertThat(progress.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(progress.path("safety").asString()).isEqualTo("APPROVED");
        assertThat(progress.path("contacts").asInt()).isEqualTo(4);
        assertThat(progress.path("reachedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(coordinator.get(path("/contacts?personId=" + kerry)).json().size()).isEqualTo(4);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=STATUS_CHANGED").json().size())
                .isEqualTo(5);
    }

    @Test
    void doNotContactRefusesTracingPlanAndMeetingAndWritesNothing() {
        String vance = person("Vance", "NEVER_MET");
        var recorded = coordinator.post("/api/people/" + vance + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER",
                 "reason": "Non-molestation order"}""".formatted(youngPerson));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(status(vance)).isEqualTo("NOT_SAFE");

        var letter = coordinator.post(path("/contacts"), contactBody(vance, "LETTER", null));
        var invitation = coordinator.put(path("/meeting"), """
                {"date": "%s", "invited": ["%s"]}""".formatted(LocalDate.now(), vance));

        assertThat(letter.status()).isEqualTo(409);
        assertThat(letter.text("type")).isEqualTo("/problems/do-not-contact");
        assertThat(letter.text("detail")).contains("do-not-contact decision about Vance stands");
        assertThat(invitation.status()).isEqualTo(409);
        assertThat(invitation.text("type")).isEqualTo("/problems/do-not-contact");
        assertThat(coordinator.get(path("/contacts")).json().isEmpty()).isTrue();
        assertThat(coordinator.get(path("/meeting")).status()).isEqualTo(404);

        meeting(null);
        var plan = coordinator.post(path("/plan"), commitments(vance, "CARD_OR_LETTER", "YEARLY"));
        assertThat(plan.status()).isEqualTo(409);
        assertThat(plan.text("type")).isEqualTo("/problems/do-not-contact");
        assertThat(coordinator.get(path("/plan")).status()).isEqualTo(404);
    }

    @Test
    void firstDirectContactNeedsAnApprovalButSomeoneAlreadyInTouchDoesNot() {
        String aunt = person("Aunty", "LOST_TOUCH");
        String gran = person("Granny", "REGULAR");

        var refused = coordinator.post(path("/contacts"), contactBody(aunt, "MEETING", null));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/approval-required");
        assertThat(refused.text("detail")).contains("First contact with Aunty needs a safety approval");
        assertThat(contact(coordinator, gran, "CALL", null).status()).isEqualTo(201);

        approve(aunt);
        assertThat(contact(coordinator, aunt, "MEETING", null).status()).isEqualTo(201);
    }

    @Test
    void onlyASocialWorkerOrAdminApprovesOrLiftsAndLiftingRestoresTheStatus() {
        String dad = person("Dave", "BROKEN_DOWN");
        contact(coordinator, dad, "PHONE", "REACHED");
        var byCoordinator = coordinator.post("/api/people/" + dad + "/safety", decision("APPROVED", null));
        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(byCoordinator.text("detail")).contains("Only a social worker can approve contact: ask ");
        assertThat(coordinator.post("/api/people/" + dad + "/safety", decision("DO_NOT_CONTACT", null)).status())
                .isEqualTo(201);
        assertThat(status(dad)).isEqualTo("NOT_SAFE");

        var conditions = socialWorker.post("/api/people/" + dad + "/safety", """
                {"youngPersonId": "%s", "decision": "WITH_CONDITIONS", "basis": "RISK_ASSESSMENT",
                 "conditions": "Supervised contact only"}""".formatted(youngPerson));

        assertThat(conditions.status()).as(conditions.toString()).isEqualTo(201);
        assertThat(status(dad)).isEqualTo("CONTACTED");
        var view = socialWorker.get("/api/people/" + dad + "/safety?youngPersonId=" + youngPerson).json();
        assertThat(view.path("status").asString()).isEqualTo("WITH_CONDITIONS");
        assertThat(view.path("history").size()).isEqualTo(2);
        assertThat(view.path("history").get(1).path("decision").asString()).isEqualTo("DO_NOT_CONTACT");
    }

    @Test
    void anExpiredDecisionNeedsANewCheck() {
        String uncle = person("Ulric", "LOST_TOUCH");
        var old = socialWorker.post("/api/people/" + uncle + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT",
                 "decidedOn": "%s", "expiresOn": "%s"}""".formatted(youngPerson, LocalDate.now().minusMonths(6),
                LocalDate.now().minusDays(1)));
        assertThat(old.status()).as(old.toString()).isEqualTo(201);

        var view = coordinator.get("/api/people/" + uncle + "/safety?youngPersonId=" + youngPerson).json();
        var call = coordinator.post(path("/contacts"), contactBody(uncle, "CALL", null));

        assertThat(view.path("status").asString()).isEqualTo("CHECK_REQUIRED");
        assertThat(call.status()).isEqualTo(409);
        assertThat(call.text("detail")).contains("expired on " + LocalDate.now().minusDays(1));
    }

    @Test
    void impossibleMovesAndBadInputAreRefusedClearly() {
        String cousin = person("Cassie", "NEVER_MET");

        var jump = coordinator.put(path("/people/" + cousin + "/status"), "{\"status\": \"ACTIVE\"}");
        assertThat(jump.status()).isEqualTo(409);
        assertThat(jump.text("type")).isEqualTo("/problems/impossible-status-move");
        var ended = coordinator.put(path("/people/" + cousin + "/status"), "{\"status\": \"ENDED\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        var afterEnd = coordinator.post(path("/contacts"), contactBody(cousin, "PHONE", "REACHED"));
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.text("detail")).contains("take it up again first");

        var future = coordinator.post(path("/contacts"), """
                {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(cousin, LocalDate.now().plusDays(3)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("date");
        var outcomeOnCall = coordinator.post(path("/contacts"), contactBody(cousin, "CALL", "REACHED"));
        assertThat(outcomeOnCall.status()).isEqualTo(422);
        assertThat(outcomeOnCall.text("field")).isEqualTo("outcome");
        var unknownKind = coordinator.post(path("/contacts"), contactBody(cousin, "CARRIER_PIGEON", null));
        assertThat(unknownKind.status()).isEqualTo(400);
        var noConditions = socialWorker.post("/api/people/" + cousin + "/safety", decision("WITH_CONDITIONS", null));
        assertThat(noConditions.status()).isEqualTo(400);
        assertThat(noConditions.text("field")).isEqualTo("conditions");
        var stranger = coordinator.post(path("/contacts"), contactBody("no-such-person", "LETTER", null));
        assertThat(stranger.status()).isEqualTo(422);
    }

    @Test
    void workersOffTheCaseloadAndYoungPeopleCannotReachTheRecords() {
        String kerry = person("Kerry", "LOST_TOUCH");
        var otherCoordinator = fixtures.user("COORDINATOR");
        var ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);

        assertThat(otherCoordinator.post(path("/contacts"), contactBody(kerry, "LETTER", null)).status())
                .isEqualTo(404);
        assertThat(otherCoordinator.get("/api/people/" + kerry + "/safety?youngPersonId=" + youngPerson).status())
                .isEqualTo(404);
        assertThat(ownAccount.get(path("/contacts")).status()).isEqualTo(403);
        assertThat(ownAccount.post("/api/people/" + kerry + "/safety", decision("DO_NOT_CONTACT", null)).status())
                .isEqualTo(403);
        assertThat(socialWorker.post(path("/contacts"), contactBody(kerry, "LETTER", null)).status())
                .isEqualTo(403);
    }

    @Test
    void aDoNotContactPersonVanishesFromTheYoungPersonsOwnViews() {
        String visible = person("Nellie", "REGULAR");
        String barred = person("Brutus", "NEVER_MET");
        coordinator.post("/api/people/" + barred + "/safety", decision("DO_NOT_CONTACT", null));
        var ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);

        var network = ownAccount.get("/api/me/network");
        var chart = ownAccount.get("/api/me/chart.svg");
        var analysis = coordinator.get(path("/analysis"));

        assertThat(network.body()).contains("Nellie").doesNotContain("Brutus", barred, "Testperson-Brutus");
        assertThat(chart.body()).contains("Nellie").doesNotContain("Brutus");
        assertThat(analysis.json().path("routes").toString()).doesNotContain(barred);
        assertThat(coordinator.get(path("/chart.svg")).body()).contains("Brutus", "do not contact");
        assertThat(visible).isNotBlank();
    }

    @Test
    void recordedContactShowsAsTheSituationNowInTheAnalysisAndBothCharts() {
        String aunt = person("Aurora", "LOST_TOUCH");
        approve(aunt);
        contact(coordinator, aunt, "CALL", null);
        contact(coordinator, aunt, "MEETING", null);
        var ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);

        var size = coordinator.get(path("/analysis")).json().path("size");
        var own = ownAccount.get("/api/me/network").json().path("people").get(0);

        assertThat(size.path("atReferral").path("LOST_TOUCH").asInt()).isEqualTo(1);
        assertThat(size.path("now").path("REGULAR").asInt()).isEqualTo(1);
        assertThat(own.path("contact").asString()).isEqualTo("REGULAR");
        assertThat(own.path("backInTouch").asBoolean()).isTrue();
        assertThat(coordinator.get(path("/chart.svg")).body()).contains("back in touch");
        assertThat(ownAccount.get("/api/me/chart.svg").body()).contains("back in touch");
    }

    private String person(String givenName, String baseline) {
        var response = admin.post(path("/people"), """
                {"givenName": "%s", "familyName": "Testperson-%s", "birthYear": 1980, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s", "town": "Testford", "postcode": "CV1 2AB"}"""
                .formatted(givenName, givenName, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private Api.Response contact(Api as, String personId, String kind, String outcome) {
        var response = as.post(path("/contacts"), contactBody(personId, kind, outcome));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static String contactBody(String personId, String kind, String outcome) {
        return """
                {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, LocalDate.now(), kind,
                outcome == null ? "" : ", \"outcome\": \"" + outcome + "\"");
    }

    private void approve(String personId) {
        var response = socialWorker.post("/api/people/" + personId + "/safety", decision("APPROVED", null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String decision(String kind, String conditions) {
        return """
                {"youngPersonId": "%s", "decision": "%s", "basis": "RISK_ASSESSMENT"%s}""".formatted(youngPerson,
                kind, conditions == null ? "" : ", \"conditions\": \"" + conditions + "\"");
    }

    private void meeting(String attendee) {
        var response = coordinator.put(path("/meeting"), """
                {"date": "%s", "invited": [%s], "attended": [%s], "others": ["coordinator"]}""".formatted(
                LocalDate.now(), attendee == null ? "" : "\"" + attendee + "\"",
                attendee == null ? "" : "\"" + attendee + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String commitments(String personId, String activity, String frequency) {
        return """
                {"commitments": [{"personId": "%s", "activity": "%s", "frequency": "%s", "startDate": "%s"}]}"""
                .formatted(personId, activity, frequency, LocalDate.now());
    }

    private String status(String personId) {
        return coordinator.get(path("/progress")).json().valueStream()
                .filter(p -> p.path("personId").asString().equals(personId))
                .findFirst().orElseThrow().path("status").asString();
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
