package org.lifelonglinks.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/**
 * The safeguarding invariants through HTTP on the embedded database: a decision recorded after a plan, an analysis
 * or a search takes effect in each of them at once, because they all ask the one owner when they are read.
 */
class SafeguardingIntegrationTests extends IntegrationTest {

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;
    private Api ownAccount;

    @BeforeEach
    void caseload() {
        youngPerson = fixtures.youngPerson();
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);
    }

    @Test
    void aPersonBarredAfterThePlanWasAgreedIsLeftOutOfEveryPartOfTheYoungPersonsPlan() throws Exception {
        String gran = person("Edie", "Testgran", "grandmother", "REGULAR");
        String kerry = person("Kerrigan", "Testaunt", "maternal aunt", "REGULAR");
        var meeting = coordinator.put(path("/meeting"), """
                {"date": "%s", "invited": ["%s", "%s"], "attended": ["%s", "%s"], "others": []}"""
                .formatted(LocalDate.now(), gran, kerry, gran, kerry));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        var agreed = coordinator.post(path("/plan"), """
                {"commitments": [
                  {"personId": "%s", "activity": "MEETING", "frequency": "MONTHLY", "startDate": "%s"},
                  {"personId": "%s", "activity": "CALL", "frequency": "WEEKLY", "startDate": "%s",
                   "note": "Kerrigan will bring the photo album"}]}"""
                .formatted(gran, LocalDate.now(), kerry, LocalDate.now()));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        assertThat(ownAccount.get("/api/me/plan.html").body()).contains("Kerrigan");

        record(socialWorker, kerry, "DO_NOT_CONTACT", null);

        var ownHtml = ownAccount.get("/api/me/plan.html");
        var ownPdf = pdfText(ownAccount.bytes("/api/me/plan.pdf"));
        assertThat(ownHtml.status()).isEqualTo(200);
        for (String part : new String[] {ownHtml.body(), ownPdf}) {
            assertThat(part).contains("Edie").doesNotContain("Kerrigan", "photo album", "maternal aunt", kerry);
        }
        var workersCopy = coordinator.get(path("/plan.html")).body();
        assertThat(workersCopy).contains("Kerrigan", "Suspended for now: a safety decision stands");
        assertThat(coordinator.get(path("/plan")).json().path("commitments")).hasSize(2);

        record(socialWorker, kerry, "APPROVED", null);
        assertThat(ownAccount.get("/api/me/plan.html").body()).contains("Kerrigan", "photo album");
    }

    @Test
    void decisionsAreReadAgainstTheServicesTodayIncludingTheirExpiryDay() {
        String standing = person("Stanley", "Testtoday", "uncle", "REGULAR");
        String lapsed = person("Lapworth", "Testlapsed", "uncle", "REGULAR");
        record(socialWorker, standing, "DO_NOT_CONTACT", LocalDate.now());
        var lapsedDecision = socialWorker.post("/api/people/" + lapsed + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER",
                 "decidedOn": "%s", "expiresOn": "%s"}""".formatted(youngPerson, LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1)));
        assertThat(lapsedDecision.status()).as(lapsedDecision.toString()).isEqualTo(201);

        var trace = coordinator.post("/api/trace", traceFor("Stanley", "Testtoday"))
                .json().path("candidates");
        var lapsedTrace = coordinator.post("/api/trace", traceFor("Lapworth", "Testlapsed"))
                .json().path("candidates");
        assertThat(candidate(trace, standing).path("doNotContact").asBoolean()).isTrue();
        assertThat(candidate(lapsedTrace, lapsed).path("doNotContact").asBoolean()).isFalse();
        assertThat(socialWorker.get("/api/people/" + lapsed + "/safety?youngPersonId=" + youngPerson).text("status"))
                .isEqualTo("CHECK_REQUIRED");
        // Expiry alone never brings someone back into the child's view: someone decides again first.
        assertThat(ownAccount.get("/api/me/network").body()).doesNotContain("Stanley", "Lapworth");
        var contact = coordinator.post(path("/contacts"), """
                {"personId": "%s", "date": "%s", "kind": "CALL"}""".formatted(lapsed, LocalDate.now()));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(409);
    }

    @Test
    void tracingShowsADoNotContactDecisionTheMomentItIsRecordedAndLiftedWithoutReindexing() {
        String person = person("Quillon", "Testtrace", "cousin", "LOST_TOUCH");
        String query = traceFor("Quillon", "Testtrace");
        assertThat(candidate(coordinator.post("/api/trace", query).json().path("candidates"), person)
                .path("doNotContact").asBoolean()).isFalse();

        record(coordinator, person, "DO_NOT_CONTACT", null);
        assertThat(candidate(coordinator.post("/api/trace", query).json().path("candidates"), person)
                .path("doNotContact").asBoolean()).isTrue();

        record(socialWorker, person, "APPROVED", null);
        assertThat(candidate(coordinator.post("/api/trace", query).json().path("candidates"), person)
                .path("doNotContact").asBoolean()).isFalse();
    }

    @Test
    void theAnalysisNeverNamesABarredPersonInAnyAdvice() {
        // Robin is in touch with Bertram (barred) and Alma; Bertram is the only link to Cedric, whom Robin lost.
        String alma = person("Alma", "Testsafe", "aunt", "REGULAR");
        String bertram = person("Bertram", "Testbarred", "father", "REGULAR");
        String cedric = person("Cedric", "Testlost", "half-brother", "LOST_TOUCH");
        String dora = person("Dora", "Testcousin", "cousin", "NEVER_MET");
        kin(bertram, cedric, "SIBLING");
        kin(alma, dora, "SIBLING");
        kin(bertram, alma, "SIBLING");
        String before = coordinator.get(path("/analysis")).body();
        assertThat(before).as("the barred person is central before the decision").contains(bertram);

        record(socialWorker, bertram, "DO_NOT_CONTACT", null);

        var analysis = coordinator.get(path("/analysis")).json();
        for (String part : new String[] {"singlePoints", "onlyLinks", "routes", "central"}) {
            assertThat(analysis.path(part).toString()).as(part).doesNotContain(bertram, "Bertram");
        }
        assertThat(analysis.path("routes").toString()).contains(cedric, "No one you are in touch with");
        assertThat(analysis.path("size").path("people").asInt()).isEqualTo(4);
    }

    @Test
    void aYoungPersonsOwnViewsLeaveOutHiddenAndBarredPeopleAndTheirKinship() {
        String shown = person("Nerys", "Testshown", "sister", "REGULAR");
        String barred = person("Brannock", "Testbarred", "uncle", "REGULAR");
        kin(barred, shown, "SIBLING");
        var hidden = admin.post(path("/people"), """
                {"givenName": "Hesketh", "familyName": "Testhidden", "birthYear": 1970, "relationship": "birth father",
                 "category": "FAMILY", "baseline": "NEVER_MET", "hiddenFromYoungPerson": true}""");
        assertThat(hidden.status()).isEqualTo(201);
        record(coordinator, barred, "DO_NOT_CONTACT", null);

        for (String view : new String[] {"/api/me/network", "/api/me/chart.svg", "/api/me/plan.html"}) {
            var response = ownAccount.get(view);
            if (response.status() == 404) {
                continue; // no plan yet
            }
            assertThat(response.body()).as(view).doesNotContain("Brannock", barred, "Hesketh",
                    hidden.text("personId"));
        }
        assertThat(ownAccount.get("/api/me/network").body()).contains("Nerys");
    }

    private void kin(String from, String to, String kind) {
        var response = coordinator.post("/api/people/" + from + "/kin", """
                {"personId": "%s", "kind": "%s"}""".formatted(to, kind));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private void record(Api as, String personId, String decision, LocalDate expiresOn) {
        var response = as.post("/api/people/" + personId + "/safety", """
                {"youngPersonId": "%s", "decision": "%s", "basis": "RISK_ASSESSMENT"%s}""".formatted(youngPerson,
                decision, expiresOn == null ? "" : ", \"expiresOn\": \"" + expiresOn + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String person(String givenName, String familyName, String relationship, String baseline) {
        var response = coordinator.post(path("/people"), """
                {"givenName": "%s", "familyName": "%s", "birthYear": 1975, "relationship": "%s",
                 "category": "FAMILY", "baseline": "%s"}""".formatted(givenName, familyName, relationship, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private static tools.jackson.databind.JsonNode candidate(tools.jackson.databind.JsonNode candidates, String id) {
        for (var candidate : candidates) {
            if (id.equals(candidate.path("personId").asString(null))) {
                return candidate;
            }
        }
        throw new AssertionError("no candidate " + id + " in " + candidates);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }

    /** A trace for this test's young person, as a coordinator must send it. */
    private String traceFor(String givenName, String familyName) {
        return "{\"youngPersonId\": \"%s\", \"givenName\": \"%s\", \"familyName\": \"%s\"}"
                .formatted(youngPerson, givenName, familyName);
    }
}
