package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.lifelonglinks.support.Race;

/** The social worker's approval of a plan version, and who keeps each commitment going, through HTTP. */
class SignOffIntegrationTests extends IntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;
    private String gran;
    private String uncle;

    @BeforeEach
    void caseWithAMeeting() {
        youngPerson = fixtures.youngPerson();
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        gran = person("Edie", "grandmother");
        uncle = person("Bertram", "uncle");
        var meeting = coordinator.put(path("/meeting"), """
                {"date": "%s", "invited": ["%s"], "attended": ["%s"]}""".formatted(today(), gran, gran));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
    }

    @Test
    void theSocialWorkerApprovesTheCurrentVersionOnceAndThePrintedPlanSaysWhoAndWhen() throws Exception {
        LocalDate nextLook = today().plusMonths(3);
        var agreed = coordinator.post(path("/plan"), """
                {"commitments": [
                  {"personId": "%s", "activity": "MEETING", "frequency": "MONTHLY", "startDate": "%s",
                   "keeper": {"kind": "NETWORK_PERSON", "personId": "%s"}, "nextLookOn": "%s"},
                  {"personId": "%s", "activity": "CALL", "frequency": "WEEKLY", "startDate": "%s",
                   "keeper": {"kind": "CARER", "name": "Jo Testcarer"}, "nextLookOn": "%s"}]}"""
                .formatted(gran, today(), gran, nextLook, uncle, today(), nextLook));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        assertThat(agreed.json().path("approval").isNull()).isTrue();
        assertThat(agreed.json().path("commitments").valueStream().map(c -> c.path("keeper").path("name").asString()))
                .containsExactlyInAnyOrder("Edie", "Jo Testcarer");
        assertThat(coordinator.get(path("/plan.html")).body()).contains("Not yet approved by the social worker.");
        assertThat(planTasks(socialWorker)).as("in the social worker's approvals queue").isEqualTo(1);
        assertThat(planTasks(coordinator)).isZero();

        var byCoordinator = coordinator.post(path("/plan/versions/1/approval"), null);
        var byStranger = fixtures.user("SOCIAL_WORKER").post(path("/plan/versions/1/approval"), null);
        var race = Race.of(() -> socialWorker.post(path("/plan/versions/1/approval"), null),
                () -> socialWorker.post(path("/plan/versions/1/approval"), null));

        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(byCoordinator.text("detail")).contains("social worker");
        assertThat(byStranger.status()).as("another caseload: as if it did not exist").isEqualTo(404);
        assertThat(race).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 200);
        assertThat(race.get(0).json().path("approvedAt").asString())
                .isEqualTo(race.get(1).json().path("approvedAt").asString());
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=PLAN_APPROVED").json().size())
                .as("recorded once").isEqualTo(1);
        var plan = coordinator.get(path("/plan")).json();
        assertThat(plan.path("approval").path("approvedBy").asString()).isEqualTo(socialWorker.username());
        assertThat(plan.path("approval").path("approvedOn").asString()).isEqualTo(today().toString());
        assertThat(planTasks(socialWorker)).as("gone from the queue once approved").isZero();

        String approved = "Approved by Test SOCIAL_WORKER (social worker) on " + today().format(DAY) + ".";
        var html = coordinator.get(path("/plan.html")).body();
        assertThat(html).contains(approved, "Who keeps it going: Edie.", "Jo Testcarer (your carer)",
                "We look at it again by " + nextLook.format(DAY));
        try (var pdf = Loader.loadPDF(coordinator.bytes(path("/plan.pdf")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(approved, "Who keeps it going: Edie.", "Jo Testcarer (your carer)");
        }
        assertThat(fixtures.user("YOUNG_PERSON", youngPerson).get("/api/me/plan.html").body())
                .contains("Your social worker Test SOCIAL_WORKER said yes to it on " + today().format(DAY) + ".")
                .doesNotContain("(social worker)");
        assertThat(coordinator.get(path("/chronology?kinds=PLAN")).body()).contains("Plan version 1 approved by");

        var second = coordinator.post(path("/plan"), """
                {"commitments": [{"personId": "%s", "activity": "MEETING", "frequency": "FORTNIGHTLY",
                 "startDate": "%s", "keeper": {"kind": "YOUNG_PERSON"}}]}""".formatted(gran, today()));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(coordinator.get(path("/plan.html")).body()).contains("Not yet approved by the social worker.",
                "Who keeps it going: you.");
        var superseded = socialWorker.post(path("/plan/versions/1/approval"), null);
        assertThat(superseded.status()).as("version 1 was approved already: the same answer")
                .isEqualTo(200);
        var unapprovedOld = socialWorker.post(path("/plan/versions/3/approval"), null);
        assertThat(unapprovedOld.status()).isEqualTo(404);
        assertThat(socialWorker.post(path("/plan/versions/2/approval"), null).status()).isEqualTo(201);
        coordinator.post(path("/plan"), """
                {"commitments": [{"personId": "%s", "activity": "CALL", "frequency": "WEEKLY", "startDate": "%s"}]}"""
                .formatted(gran, today()));
        coordinator.post(path("/plan"), """
                {"commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY", "startDate": "%s"}]}"""
                .formatted(gran, today()));
        var replaced = socialWorker.post(path("/plan/versions/3/approval"), null);
        assertThat(replaced.status()).as("a replaced version not approved in time").isEqualTo(409);
        assertThat(replaced.text("detail")).contains("replaced by version 4");
    }

    @Test
    void aKeeperIsSomeoneInTheNetworkNotBarredAndTheNextLookIsNotBeforeThePlan() {
        String stranger = fixtures.person(fixtures.youngPerson(), "Otto", "Testelsewhere");
        var barring = socialWorker.post("/api/people/" + uncle + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}""".formatted(youngPerson));
        assertThat(barring.status()).as(barring.toString()).isEqualTo(201);

        var outside = coordinator.post(path("/plan"), plan("{\"kind\": \"NETWORK_PERSON\", \"personId\": \"" + stranger
                + "\"}", null));
        var barred = coordinator.post(path("/plan"), plan("{\"kind\": \"NETWORK_PERSON\", \"personId\": \"" + uncle
                + "\"}", null));
        var early = coordinator.post(path("/plan"), plan(null, today().minusDays(1).toString()));
        var noKind = coordinator.post(path("/plan"), plan("{\"name\": \"Jo\"}", null));
        var control = coordinator.post(path("/plan"), plan("{\"kind\": \"ROLE\", \"name\": \"Mentor\\u0007\"}",
                null));

        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.text("field")).isEqualTo("commitments[0].keeper");
        assertThat(barred.status()).isEqualTo(409);
        assertThat(barred.text("type")).isEqualTo("/problems/do-not-contact");
        assertThat(barred.text("field")).isEqualTo("commitments[0].keeper");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("field")).isEqualTo("commitments[0].nextLookOn");
        assertThat(noKind.status()).as("a missing field, as everywhere").isEqualTo(400);
        assertThat(noKind.text("field")).isEqualTo("commitments[0].keeper.kind");
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.text("field")).isEqualTo("commitments[0].keeper.name");
        assertThat(coordinator.get(path("/plan")).status()).as("nothing written").isEqualTo(404);
        assertThat(coordinator.post(path("/plan"), plan("{\"kind\": \"ROLE\", \"name\": \"Independent reviewing "
                + "officer\"}", today().toString())).status()).isEqualTo(201);
    }

    private String plan(String keeper, String nextLookOn) {
        return """
                {"commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY", "startDate": "%s"%s%s}]}"""
                .formatted(gran, today(), keeper == null ? "" : ", \"keeper\": " + keeper,
                        nextLookOn == null ? "" : ", \"nextLookOn\": \"" + nextLookOn + "\"");
    }

    private long planTasks(Api worker) {
        var tasks = worker.get("/api/tasks").json();
        return java.util.stream.Stream.of("overdue", "due", "upcoming")
                .flatMap(list -> tasks.path(list).valueStream())
                .filter(t -> t.path("kind").asString().equals("PLAN_APPROVAL")
                        && t.path("youngPersonId").asString().equals(youngPerson))
                .count();
    }

    private String person(String givenName, String relationship) {
        var response = admin.post(path("/people"), """
                {"givenName": "%s", "familyName": "Testkeeper", "birthYear": 1960, "relationship": "%s",
                 "category": "FAMILY", "baseline": "REGULAR"}""".formatted(givenName, relationship));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
