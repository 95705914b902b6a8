package org.lifelonglinks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/**
 * The report over a cohort recorded the way coordinators record it: through the API, with safety approvals,
 * tracing attempts, contacts, the meeting, the plan and reviews. Each test's meetings fall on its own day in the
 * past, so other tests' young people never enter its period.
 */
class OutcomeReportIntegrationTests extends IntegrationTest {

    private LocalDate meetingDay;
    private Api coordinator;
    private Api manager;
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void accounts() {
        // 2016 to early 2020: Robin (born 2011) is always in the 0-11 age band at the meeting.
        meetingDay = LocalDate.of(2016, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1500));
        coordinator = fixtures.user("COORDINATOR");
        manager = fixtures.user("MANAGER");
    }

    @Test
    void aCohortRecordedThroughTheApiGivesThePublishedRatesWithoutNamesOrIds() {
        for (int i = 0; i < 10; i++) {
            recordYoungPerson(i);
        }

        var response = manager.get(report(""));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        assertThat(json.path("youngPeople").asInt()).isEqualTo(10);
        assertThat(json.path("outcomes").get(0).path("count").asInt()).isEqualTo(10);
        assertThat(json.path("outcomes").get(1).path("rate").asDouble()).isEqualTo(0.6);
        assertThat(json.path("outcomes").get(2).path("rate").asDouble()).isEqualTo(0.2);
        assertThat(json.path("outcomes").get(3).path("rate").asDouble()).isEqualTo(0.3);
        assertThat(json.path("outcomes").get(0).path("definition").asString()).contains("supportive adult");
        assertThat(json.path("perYoungPerson").get(1).path("measure").asString()).isEqualTo("peopleContacted");
        assertThat(json.path("perYoungPerson").get(2).path("mean").asDouble()).isEqualTo(1.0);
        assertThat(json.path("perYoungPerson").get(5).path("median").asDouble()).isEqualTo(60.0);
        for (String secret : secrets) {
            assertThat(response.body()).doesNotContain(secret);
        }

        var csvResponse = manager.getWithAccept(report(""), "text/csv");
        assertThat(csvResponse.status()).isEqualTo(200);
        assertThat(csvResponse.contentType()).startsWith("text/csv");
        assertThat(csvResponse.body()).startsWith("scope,group,measure,count,denominator,rate,mean,median\n")
                .contains("all,,relationshipRepaired,6,10,0.600,,\n")
                .contains("area,east,youngPeople,10,").contains("area,east,relationshipRepaired,c,10,c,,\n")
                .contains("area,central,relationshipRepaired,0,0,,,\n");
        var audit = admin.get("/api/audit?action=OUTCOME_REPORT_READ&limit=5").body();
        assertThat(audit).contains("from=" + meetingDay);
    }

    @Test
    void theAgeBandAndAreaFiltersNarrowTheCohort() {
        recordYoungPerson(0);
        assertThat(manager.get(report("&area=east")).json().path("youngPeople").asInt()).isEqualTo(1);
        assertThat(manager.get(report("&area=west")).json().path("youngPeople").asInt()).isZero();
        assertThat(manager.get(report("&ageBand=0-11")).json().path("youngPeople").asInt()).isEqualTo(1);
        assertThat(manager.get(report("&ageBand=16-17")).json().path("youngPeople").asInt()).isZero();
    }

    @Test
    void onlyManagersAndAdminsSeeItAndManagersSeeNothingElse() {
        assertThat(coordinator.get(report("")).status()).isEqualTo(403);
        assertThat(admin.get(report("")).status()).isEqualTo(200);
        assertThat(manager.get("/api/young-people").status()).isEqualTo(403);
        assertThat(manager.get("/api/audit").status()).isEqualTo(403);
        assertThat(manager.post("/api/trace", "{\"givenName\": \"A\", \"familyName\": \"B\"}").status())
                .isEqualTo(403);
    }

    @Test
    void badParametersAreClearProblems() {
        var missing = manager.get("/api/reports/outcomes?to=2020-01-01");
        var backwards = manager.get("/api/reports/outcomes?from=2020-02-01&to=2020-01-01");
        var area = manager.get(report("&area=atlantis"));
        var band = manager.get(report("&ageBand=teenagers"));
        var garbled = manager.get("/api/reports/outcomes?from=yesterday&to=2020-01-01");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("from");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(area.status()).isEqualTo(422);
        assertThat(area.text("detail")).contains("atlantis");
        assertThat(band.status()).isEqualTo(422);
        assertThat(band.text("detail")).contains("0-11");
        assertThat(garbled.status()).isEqualTo(400);
    }

    /**
     * Young person {@code i} of ten: all get a call with an aunt they had never met; 0-5 are back in touch with
     * someone they had lost touch with; 0-1 have an overnight stay with Gran; 0-2 rate their family knowledge up.
     */
    private void recordYoungPerson(int i) {
        String familyName = "Testcohort" + i + "x" + ThreadLocalRandom.current().nextInt(100000);
        var created = coordinator.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "%s", "dateOfBirth": "2011-05-17", "localId": "R-%s",
                 "area": "east", "referralDate": "%s"}""".formatted(familyName, java.util.UUID.randomUUID(),
                meetingDay.minusDays(60)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String yp = created.text("id");
        fixtures.consent(coordinator, yp);
        secrets.add(yp);
        secrets.add(familyName);
        fixtures.assign(yp, coordinator, "COORDINATOR");
        LocalDate since = meetingDay.minusDays(10);

        String aunt = person(yp, "Auntie" + i, "NEVER_MET", "FAMILY");
        approve(yp, aunt);
        contact(yp, aunt, "PHONE", "AGREED_TO_BE_INVOLVED", since);
        contact(yp, aunt, "CALL", null, since);
        String gran = person(yp, "Granny" + i, "REGULAR", "FAMILY");
        contact(yp, gran, i < 2 ? "OVERNIGHT_STAY" : "MESSAGE", null, since);
        if (i < 6) {
            String lost = person(yp, "Lost" + i, "LOST_TOUCH", i < 4 ? "FAMILY" : "FORMER_CARER");
            approve(yp, lost);
            contact(yp, lost, "MEETING", null, since);
        }
        assertThat(coordinator.post("/api/young-people/" + yp + "/reviews", """
                {"kind": "REFERRAL", "familyKnowledge": 2, "overnightStaysAtReferral": false, "date": "%s"}"""
                .formatted(meetingDay.minusDays(60))).status()).isEqualTo(201);
        var meeting = coordinator.put("/api/young-people/" + yp + "/meeting", """
                {"date": "%s", "invited": ["%s"], "attended": ["%s"]}""".formatted(meetingDay, aunt, aunt));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        var plan = coordinator.post("/api/young-people/" + yp + "/plan", """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY",
                 "startDate": "%s"}]}""".formatted(meetingDay, aunt, meetingDay));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + yp + "/reviews", """
                {"familyKnowledge": %d, "date": "%s"}""".formatted(i < 3 ? 4 : 2, meetingDay.plusDays(90)))
                .status()).isEqualTo(201);
    }

    private String person(String yp, String givenName, String baseline, String category) {
        var response = coordinator.post("/api/young-people/" + yp + "/people", """
                {"givenName": "%s", "familyName": "Testkin", "birthYear": 1970, "relationship": "relative",
                 "category": "%s", "baseline": "%s"}""".formatted(givenName, category, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        secrets.add(response.text("personId"));
        secrets.add(givenName);
        return response.text("personId");
    }

    private void approve(String yp, String personId) {
        var response = admin.post("/api/people/" + personId + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT", "decidedOn": "%s"}"""
                .formatted(yp, meetingDay.minusDays(30)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void contact(String yp, String personId, String kind, String outcome, LocalDate date) {
        var response = coordinator.post("/api/young-people/" + yp + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, date, kind,
                outcome == null ? "" : ", \"outcome\": \"" + outcome + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String report(String filters) {
        return "/api/reports/outcomes?from=" + meetingDay + "&to=" + meetingDay + filters;
    }
}
