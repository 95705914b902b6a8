package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The GOV.UK error pattern through the API (issue 17): every problem with a request at once in {@code errors},
 * list fields indexed; a refusal by role names who can do it; and the safety view says what the user may do now.
 */
class AllProblemsIntegrationTests extends IntegrationTest {

    @Test
    void anEmptyPersonIsRefusedWithEveryMissingFieldAtOnce() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);

        var empty = coordinator.post("/api/young-people/" + youngPerson + "/people", "{}");

        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.text("type")).isEqualTo("/problems/missing-field");
        assertThat(empty.text("field")).as("the first, as before").isEqualTo("givenName");
        assertThat(empty.text("detail")).isEqualTo("givenName is required");
        assertThat(fields(empty.json())).containsExactly("givenName", "relationship", "category", "baseline");

        var mixed = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Lee", "dateOfBirth": "2999-01-01", "postcode": "not a postcode",
                 "category": "FAMILY"}""");
        assertThat(mixed.status()).as("one value breaks a rule: 422").isEqualTo(422);
        assertThat(fields(mixed.json())).containsExactly("dateOfBirth", "postcode", "relationship", "baseline");
        assertThat(mixed.json().path("errors").get(0).path("detail").asString()).contains("is in the future");
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/network").json().path("people").size())
                .as("nothing written").isZero();

        var single = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Lee", "category": "FAMILY", "baseline": "NEVER_MET"}""");
        assertThat(single.status()).as("one problem answers as it always did").isEqualTo(400);
        assertThat(single.text("field")).isEqualTo("relationship");
        assertThat(fields(single.json())).containsExactly("relationship");
    }

    @Test
    void changingAnAccountReportsEveryProblemAtOnceAndChangesNothing() {
        var worker = fixtures.user("COORDINATOR");
        String path = "/api/users/" + worker.username();

        var bad = admin.patch(path, """
                {"displayName": " ", "roles": ["YOUNG_PERSON", "MANAGER"], "email": "not an address"}""");

        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("email", "displayName", "roles");
        var accounts = admin.get("/api/users").json();
        assertThat(accounts.valueStream().filter(a -> a.path("username").asString().equals(worker.username()))
                .map(a -> a.path("displayName").asString()).toList()).as("nothing changed")
                .containsExactly("Test COORDINATOR");
    }

    @Test
    void aPlanNamesTheProblemsOfEachCommitmentByItsIndex() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String gran = fixtures.person(youngPerson, "Nora", "Testgran");

        var refused = coordinator.post("/api/young-people/" + youngPerson + "/plan", """
                {"commitments": [
                  {"personId": "%s", "activity": "PHONE", "frequency": "MONTHLY", "startDate": "2026-01-01"},
                  {"personId": "%s", "activity": "CALL", "note": "\\u0007"}]}""".formatted(gran, gran));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("commitments[0].activity", "commitments[1].frequency",
                "commitments[1].startDate", "commitments[1].note");
        assertThat(refused.text("field")).isEqualTo("commitments[0].activity");
    }

    @Test
    void aCoordinatorAskingToApproveContactIsToldWhichSocialWorkerCan() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        String edie = fixtures.person(youngPerson, "Edie", "Testsafe");
        String approve = """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson);

        var nobodyAssigned = coordinator.post("/api/people/" + edie + "/safety", approve);
        assertThat(nobodyAssigned.status()).isEqualTo(403);
        assertThat(nobodyAssigned.text("detail")).isEqualTo("Only a social worker can approve contact: no social "
                + "worker is assigned to this young person yet: ask an administrator to assign one.");

        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        var refused = coordinator.post("/api/people/" + edie + "/safety", approve);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo("Only a social worker can approve contact: ask Test "
                + "SOCIAL_WORKER, the social worker for this young person, to approve it.");
        assertThat(socialWorker.get("/api/people/" + edie + "/safety?youngPersonId=" + youngPerson).json()
                .path("history").size()).as("nothing recorded").isZero();
    }

    @Test
    void theSafetyViewSaysWhatEachUserMayDoAboutADoNotContactPerson() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String edie = fixtures.person(youngPerson, "Edie", "Testbarred");
        String view = "/api/people/" + edie + "/safety?youngPersonId=" + youngPerson;

        JsonNode before = coordinator.get(view).json().path("allowed");
        assertThat(before.path("recordContact").asBoolean()).isTrue();
        assertThat(before.path("changeRecord").asBoolean()).isTrue();
        assertThat(before.path("decisions").valueStream().map(JsonNode::asString)).containsExactly("DO_NOT_CONTACT");
        assertThat(before.path("approvalBy").asString()).contains("ask Test SOCIAL_WORKER");

        var decided = coordinator.post("/api/people/" + edie + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "RISK_ASSESSMENT"}"""
                .formatted(youngPerson));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        String day = LocalDate.parse(decided.text("decidedOn"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

        JsonNode barred = coordinator.get(view).json().path("allowed");
        assertThat(barred.path("recordContact").asBoolean()).isFalse();
        assertThat(barred.path("contactRefusal").asString()).isEqualTo("Do not contact: decided by Test "
                + "COORDINATOR on " + day + ". No contact can be recorded, not even a tracing attempt.");
        var letter = coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(edie, decided.text("decidedOn")));
        assertThat(letter.status()).as("the view says what the service does").isEqualTo(409);

        JsonNode social = socialWorker.get(view).json().path("allowed");
        assertThat(social.path("decisions").valueStream().map(JsonNode::asString))
                .containsExactly("APPROVED", "WITH_CONDITIONS", "DO_NOT_CONTACT");
        assertThat(social.path("changeRecord").asBoolean()).isFalse();
        assertThat(social.path("approvalBy").isNull() || social.path("approvalBy").isMissingNode()).isTrue();
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }

}
