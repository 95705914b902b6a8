package org.lifelonglinks.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Data protection through HTTP: consent before tracing or contact, erasure that leaves nothing behind (graph,
 * search, exports, backups, kept answers, the audit's old values), subject access with names withheld, the
 * retention review and the one-month notice clock moved with the service's clock, and old and new values in the
 * audit trail.
 */
class DataProtectionIntegrationTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.lifelonglinks.privacy.RetentionReviewSchedule schedule;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void noTracingOrContactUntilTheYoungPersonsConsentAndBasisAreRecorded() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPersonWithoutConsent(coordinator);
        String aunt = fixtures.person(youngPerson, "Philippa", surname("Consentwood"));
        String trace = "{\"youngPersonId\": \"%s\", \"givenName\": \"Philippa\", \"familyName\": \"Anyone\"}"
                .formatted(youngPerson);
        String contact = "{\"personId\": \"%s\", \"date\": \"%s\", \"kind\": \"LETTER\"}".formatted(aunt,
                LocalDate.now());

        var refusedTrace = coordinator.post("/api/trace", trace);
        var refusedContact = coordinator.post("/api/young-people/" + youngPerson + "/contacts", contact);
        assertThat(refusedTrace.status()).as(refusedTrace.toString()).isEqualTo(409);
        assertThat(refusedTrace.text("type")).isEqualTo("/problems/consent-required");
        assertThat(refusedContact.status()).isEqualTo(409);
        assertThat(refusedContact.text("type")).isEqualTo("/problems/consent-required");
        var unnamed = coordinator.post("/api/trace", "{\"givenName\": \"Philippa\", \"familyName\": \"Anyone\"}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.text("field")).isEqualTo("youngPersonId");

        var waiting = coordinator.put("/api/young-people/" + youngPerson + "/consent", """
                {"youngPersonAgreed": true, "parentalConsent": "NOT_YET_ASKED", "lawfulBasis": "PUBLIC_TASK"}""");
        assertThat(waiting.json().path("allowsWork").asBoolean()).isFalse();
        assertThat(coordinator.post("/api/trace", trace).status()).isEqualTo(409);
        var nobodyNamed = coordinator.put("/api/young-people/" + youngPerson + "/consent", """
                {"youngPersonAgreed": true, "parentalConsent": "GIVEN", "lawfulBasis": "PUBLIC_TASK"}""");
        assertThat(nobodyNamed.status()).isEqualTo(400);
        assertThat(nobodyNamed.text("field")).isEqualTo("parentalConsentFrom");

        var given = coordinator.put("/api/young-people/" + youngPerson + "/consent", """
                {"youngPersonAgreed": true, "parentalConsent": "GIVEN", "parentalConsentFrom": "birth mother",
                 "lawfulBasis": "PUBLIC_TASK", "note": "At the referral meeting"}""");
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.json().path("allowsWork").asBoolean()).isTrue();
        assertThat(given.text("recordedBy")).isEqualTo(coordinator.username());
        assertThat(given.header("ETag")).isEqualTo("\"2\"");
        var stale = coordinator.send("PUT", "/api/young-people/" + youngPerson + "/consent", """
                {"youngPersonAgreed": false, "parentalConsent": "GIVEN", "parentalConsentFrom": "birth mother",
                 "lawfulBasis": "PUBLIC_TASK"}""", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).as("based on the version before the parent's consent").isEqualTo(412);
        assertThat(coordinator.post("/api/trace", trace).status()).isEqualTo(200);
        var recorded = coordinator.post("/api/young-people/" + youngPerson + "/contacts", contact);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        var basis = coordinator.put("/api/people/" + aunt + "/tracing-basis", """
                {"basis": "PUBLIC_TASK", "note": "Named by the young person as someone who matters"}""");
        assertThat(basis.status()).as(basis.toString()).isEqualTo(200);
        assertThat(basis.json().path("tracingBasis").path("basis").asString()).isEqualTo("PUBLIC_TASK");
        assertThat(basis.json().path("tracingBasis").path("recordedBy").asString()).isEqualTo(coordinator.username());
        // The consent's change is audited with its old and new values, for administrators.
        var audit = admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=CONSENT_RECORDED").json();
        assertThat(audit.get(0).path("changes").path("parentalConsent").toString())
                .isEqualTo("[\"NOT_YET_ASKED\",\"GIVEN\"]");
    }

    @Test
    void erasingAPersonLeavesNothingOfThemInTheGraphSearchExportsBackupsOrTheYoungPersonsView() throws IOException {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        var ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);
        String surname = surname("Quarrendale");
        // Added with an idempotency key: the answer kept for it names her too.
        var added = coordinator.send("POST", "/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Ottoline", "familyName": "%s", "birthYear": 1979, "town": "Kettering",
                 "relationship": "aunt", "category": "FAMILY", "baseline": "LOST_TOUCH", "source": "SEARCH"}"""
                .formatted(surname), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String ottoline = added.text("personId");
        String gran = fixtures.person(youngPerson, "Winifred", surname("Keepsake"));
        assertThat(coordinator.post("/api/people/" + ottoline + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(gran)).status()).isEqualTo(201);
        assertThat(coordinator.put("/api/people/" + ottoline + "/contact-details", """
                {"phone": "07700 900461", "email": "ottoline@example.org", "address": "4 Quay Street"}""")
                .status()).isEqualTo(200);
        assertThat(coordinator.patch("/api/people/" + ottoline, "{\"town\": \"Wellingborough\"}").status())
                .isEqualTo(200);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "LETTER", "note": "Wrote to Ottoline at Quay Street"}"""
                .formatted(ottoline, LocalDate.now())).status()).isEqualTo(201);
        assertThat(admin.post("/api/people/" + ottoline + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson))
                .status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/notes", """
                {"date": "%s", "text": "The aunt has not answered", "about": ["%s", "%s"]}"""
                .formatted(LocalDate.now(), ottoline, gran)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/tasks", """
                {"what": "Write again", "due": "%s", "personId": "%s"}"""
                .formatted(LocalDate.now(), ottoline)).status()).isEqualTo(201);
        assertThat(ownAccount.get("/api/me/network").body()).contains("Ottoline");
        assertThat(traceIds(admin, "Ottoline", surname)).contains(ottoline);

        // The coordinator asks; from then on the young person no longer sees her.
        var asked = coordinator.post("/api/people/" + ottoline + "/erasure", """
                {"reason": "Wrong person found by tracing"}""");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.text("state")).isEqualTo("REQUESTED");
        assertThat(ownAccount.get("/api/me/network").body()).doesNotContain("Ottoline");
        assertThat(admin.get("/api/retention/due").json().path("erasureRequests").toString()).contains(ottoline);

        // The tombstone keeps no personal data, so a reason that names her is refused; a legal hold stops it all.
        var naming = admin.post("/api/people/" + ottoline + "/erasure", "{\"reason\": \"Ottoline is not the aunt\"}");
        assertThat(naming.status()).isEqualTo(422);
        assertThat(naming.text("field")).isEqualTo("reason");
        assertThat(admin.put("/api/people/" + ottoline + "/retention", "{\"legalHold\": true}").status())
                .isEqualTo(200);
        var held = admin.post("/api/people/" + ottoline + "/erasure", "{\"reason\": \"Wrong person found\"}");
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.text("type")).isEqualTo("/problems/legal-hold");
        assertThat(admin.put("/api/people/" + ottoline + "/retention", "{\"legalHold\": false}").status())
                .isEqualTo(200);

        var erased = admin.post("/api/people/" + ottoline + "/erasure", "{\"reason\": \"Wrong person found\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.text("state")).isEqualTo("ERASED");

        assertThat(coordinator.get("/api/people/" + ottoline).status()).isEqualTo(404);
        assertThat(traceIds(admin, "Ottoline", surname)).doesNotContain(ottoline);
        for (String left : new String[] {surname, "Ottoline", "07700 900461", "Quay Street", "Wellingborough"}) {
            assertThat(graphMentioning(left)).as("graph nodes holding " + left).isEmpty();
        }
        assertThat(graphMentioning(ottoline)).as("the note and the task no longer point at her")
                .noneMatch(labels -> labels.contains("CaseNote") || labels.contains("Task"));
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/notes").json().get(0).path("about")
                .toString()).contains(gran).doesNotContain(ottoline);
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/network").body()).doesNotContain(ottoline);
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/network/export.json").body())
                .doesNotContain(surname, ottoline);
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/gedcom").body()).doesNotContain(surname);
        assertThat(ownAccount.get("/api/me/network").body()).doesNotContain("Ottoline");
        String backup = gunzip(admin.bytes("/api/backup"));
        assertThat(backup).contains(gran).doesNotContain(surname, "Ottoline", "07700 900461", "Wellingborough");
        // The tombstone: who, when, why, the id; no values.
        var trail = admin.get("/api/audit?personId=" + ottoline).json();
        assertThat(trail.get(0).path("action").asString()).isEqualTo("PERSON_ERASED");
        assertThat(trail.get(0).path("username").asString()).isEqualTo("admin");
        assertThat(trail.get(0).path("detail").asString()).contains("Wrong person found", coordinator.username());
        assertThat(trail.toString()).doesNotContain(surname, "Wellingborough", "Kettering");
        assertThat(admin.get("/api/retention/due").json().path("erasureRequests").toString()).doesNotContain(ottoline);
    }

    @Test
    void erasingAYoungPersonsRecordKeepsPeopleWhoAreInAnotherNetwork() {
        String youngPerson = fixtures.youngPerson();
        String sibling = fixtures.youngPerson();
        var ownAccount = fixtures.user("YOUNG_PERSON", youngPerson);
        String onlyHere = fixtures.person(youngPerson, "Cressida", surname("Onlyhere"));
        String shared = fixtures.person(sibling, "Barnaby", surname("Shared"));
        assertThat(admin.post("/api/young-people/" + youngPerson + "/people", """
                {"personId": "%s", "relationship": "dad", "category": "FAMILY", "baseline": "LOST_TOUCH"}"""
                .formatted(shared)).status()).isEqualTo(201);

        var coordinator = fixtures.user("COORDINATOR");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/notes", """
                {"date": "%s", "text": "Quillonwick note: Cressida sent a card", "about": ["%s"]}"""
                .formatted(LocalDate.now(), onlyHere)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/tasks", """
                {"what": "Quillonwick task: thank Barnaby", "due": "%s", "personId": "%s"}"""
                .formatted(LocalDate.now(), shared)).status()).isEqualTo(201);
        assertThat(ownAccount.get("/api/me/network").body()).contains("Cressida");
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/erasure",
                "{\"reason\": \"Retention period ended\"}").status()).isEqualTo(202);
        assertThat(ownAccount.get("/api/me/network").body()).as("a record under erasure shows no one")
                .doesNotContain("Cressida", "Barnaby");

        var erased = admin.post("/api/young-people/" + youngPerson + "/erasure",
                "{\"reason\": \"Retention period ended\"}");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().path("erasedPeople").toString()).contains(youngPerson, onlyHere)
                .doesNotContain(shared);
        assertThat(admin.get("/api/young-people/" + youngPerson).status()).isEqualTo(404);
        assertThat(admin.get("/api/people/" + onlyHere).status()).isEqualTo(404);
        assertThat(admin.get("/api/young-people/" + sibling + "/network").body()).contains(shared);
        assertThat(ownAccount.get("/api/me").status()).as("their account went with the record").isEqualTo(401);
        assertThat(graphMentioning("Quillonwick")).as("case notes and tasks went with the record").isEmpty();
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=YOUNG_PERSON_ERASED").json()
                .get(0).path("detail").asString()).startsWith("reason: Retention period ended; asked for by "
                        + coordinator.username());
    }

    @Test
    void aSubjectAccessPackWithholdsOtherPeoplesNamesUnlessAWorkerRecordsWhy() throws IOException {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String otherNetwork = fixtures.youngPerson();
        String surname = surname("Accessley");
        String partner = surname("Partnerley");
        String subject = fixtures.person(youngPerson, "Henrietta", surname);
        String bartholomew = fixtures.person(youngPerson, "Bartholomew", partner);
        assertThat(admin.post("/api/young-people/" + otherNetwork + "/people", """
                {"personId": "%s", "relationship": "aunt", "category": "FAMILY", "baseline": "NEVER_MET"}"""
                .formatted(subject)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/people/" + subject + "/kin", """
                {"personId": "%s", "kind": "PARTNER"}""".formatted(bartholomew)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "LETTER", "note": "She lives with Bartholomew %s now"}"""
                .formatted(subject, LocalDate.now(), partner)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/notes", """
                {"date": "%s", "text": "Henrietta and Bartholomew %s will visit", "about": ["%s"]}"""
                .formatted(LocalDate.now(), partner, subject)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/tasks", """
                {"what": "Send Henrietta the photos", "due": "%s", "personId": "%s"}"""
                .formatted(LocalDate.now(), subject)).status()).isEqualTo(201);

        var pack = coordinator.get("/api/people/" + subject + "/subject-access");
        assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
        var json = pack.json();
        assertThat(json.path("subject").path("familyName").asString()).isEqualTo(surname);
        assertThat(json.path("complete").asBoolean()).as("the other network is not this coordinator's").isFalse();
        assertThat(json.path("inNetworks").size()).isEqualTo(1);
        assertThat(json.path("inNetworks").get(0).path("contacts").get(0).path("note").asString())
                .isEqualTo("She lives with [name withheld] [name withheld] now");
        assertThat(pack.body()).doesNotContain("Bartholomew", partner, "Robin", "Testbrook");
        var casework = json.path("caseNotesAndTasks").get(0);
        assertThat(casework.path("notes").get(0).path("text").asString())
                .as("a case note about her, other names withheld")
                .isEqualTo("Henrietta and [name withheld] [name withheld] will visit");
        assertThat(casework.path("tasks").get(0).path("what").asString()).isEqualTo("Send Henrietta the photos");
        assertThat(json.path("kinship").get(0).path("otherPerson").asString()).isEqualTo("[name withheld]");

        var everywhere = admin.get("/api/people/" + subject + "/subject-access").json();
        assertThat(everywhere.path("complete").asBoolean()).isTrue();
        assertThat(everywhere.path("inNetworks").size()).isEqualTo(2);

        var noReason = coordinator.get("/api/people/" + subject + "/subject-access?unredact=true");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("reason");
        var named = coordinator.get("/api/people/" + subject
                + "/subject-access?unredact=true&reason=Partner%20consented%20to%20disclosure");
        assertThat(named.body()).contains("Bartholomew " + partner);

        byte[] pdf = coordinator.bytes("/api/people/" + subject + "/subject-access", "application/pdf");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Subject access", surname, "[name withheld]").doesNotContain("Bartholomew");
        }
        var disclosures = admin.get("/api/audit?personId=" + subject + "&action=SUBJECT_ACCESS_DISCLOSED").json();
        assertThat(disclosures.size()).isEqualTo(4);
        assertThat(disclosures.toString()).contains("pdf, names of others withheld",
                "names of others shown (reason: Partner consented to disclosure)");

        // A young person's own pack holds their record and consent, and their network only as they may see it.
        assertThat(coordinator.patch("/api/young-people/" + youngPerson + "/connections/"
                + connectionTo(coordinator, youngPerson, bartholomew), "{\"hiddenFromYoungPerson\": true}").status())
                .isEqualTo(200);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/notes", """
                {"date": "%s", "text": "Thornquist note about the hidden one", "about": ["%s"]}"""
                .formatted(LocalDate.now(), bartholomew)).status()).isEqualTo(201);
        var own = coordinator.get("/api/young-people/" + youngPerson + "/subject-access").json();
        assertThat(own.path("ownRecord").path("caseNotes").toString())
                .as("notes on their record, none about someone kept from them").contains("will visit")
                .doesNotContain("Thornquist");
        assertThat(own.path("ownRecord").path("consent").path("lawfulBasis").asString()).isEqualTo("PUBLIC_TASK");
        assertThat(own.path("ownRecord").path("network").size()).isEqualTo(1);
        assertThat(own.path("ownRecord").path("network").get(0).path("relationship").asString())
                .isEqualTo("relative");
    }

    @Test
    void theRetentionReviewListsRecordsWhoseDateHasComeAsTheClockMoves() {
        String youngPerson = fixtures.youngPerson();
        var coordinator = fixtures.user("COORDINATOR");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        String wrong = fixtures.person(youngPerson, "Mortimer", surname("Wrongun"));
        String barred = fixtures.person(youngPerson, "Cuthbert", surname("Keptsafe"));

        var byDefault = admin.get("/api/young-people/" + youngPerson + "/retention").json();
        assertThat(byDefault.path("retainUntil").asString()).isEqualTo("2086-05-17");
        assertThat(coordinator.put("/api/young-people/" + youngPerson + "/retention",
                "{\"legalHold\": true}").status()).as("an administrator's decision").isEqualTo(403);
        var set = admin.put("/api/young-people/" + youngPerson + "/retention", """
                {"retainUntil": "%s", "legalHold": false}""".formatted(LocalDate.now().plusDays(10)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        for (String person : new String[] {wrong, barred}) {
            assertThat(coordinator.put("/api/people/" + person + "/retention",
                    "{\"noRemainingPurpose\": \"WRONG_PERSON\"}").status()).isEqualTo(200);
        }
        assertThat(admin.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}""".formatted(youngPerson))
                .status()).isEqualTo(201);
        assertThat(dueIds()).doesNotContain(youngPerson, wrong, barred);

        clock.advance(Duration.ofDays(11));
        assertThat(dueIds()).contains(youngPerson).doesNotContain(wrong);
        // The scheduled review (run here rather than waited for) puts what it found on record.
        assertThat(schedule.review()).isPositive();
        assertThat(admin.get("/api/audit?username=system&action=RETENTION_REVIEW_RUN&limit=1").json().get(0)
                .path("detail").asString()).contains("records due");

        assertThat(admin.put("/api/young-people/" + youngPerson + "/retention", """
                {"retainUntil": "%s", "legalHold": true}""".formatted(LocalDate.now().plusDays(10))).status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(190));
        assertThat(dueIds()).as("a legal hold keeps the record; safety keeps the barred person")
                .contains(wrong).doesNotContain(youngPerson, barred);
        var held = admin.post("/api/young-people/" + youngPerson + "/erasure", "{\"reason\": \"Retention ended\"}");
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.text("type")).isEqualTo("/problems/legal-hold");
    }

    @Test
    void peopleTracedFromOutsideAreListedAsTheMonthRunsOutUntilToldAndAnObjectionStopsContact() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String traced = traced(coordinator, youngPerson, "Eglantine", surname("Noticed"));
        String objector = traced(coordinator, youngPerson, "Algernon", surname("Objecting"));
        String named = fixtures.person(youngPerson, "Named", surname("Byyoungperson"));

        var owed = notices(coordinator);
        assertThat(owed).containsKeys(traced, objector).doesNotContainKey(named);
        assertThat(owed.get(traced).path("dueOn").asString()).isEqualTo(LocalDate.now().plusMonths(1).toString());
        assertThat(owed.get(traced).path("approaching").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(25));
        assertThat(notices(coordinator).get(traced).path("approaching").asBoolean()).isTrue();
        clock.advance(Duration.ofDays(10));
        assertThat(notices(coordinator).get(traced).path("overdue").asBoolean()).isTrue();

        var future = coordinator.post("/api/people/" + traced + "/notices", """
                {"kind": "PRIVACY_NOTICE", "on": "%s", "method": "LETTER"}""".formatted(LocalDate.now().plusYears(1)));
        assertThat(future.status()).isEqualTo(422);
        var told = coordinator.post("/api/people/" + traced + "/notices", """
                {"kind": "PRIVACY_NOTICE", "on": "%s", "method": "LETTER"}""".formatted(LocalDate.now().plusDays(35)));
        assertThat(told.status()).as(told.toString()).isEqualTo(201);
        var objection = coordinator.post("/api/people/" + objector + "/notices", """
                {"kind": "OBJECTION", "on": "%s", "method": "EMAIL", "note": "Asked not to be contacted"}"""
                .formatted(LocalDate.now().plusDays(35)));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(notices(coordinator)).doesNotContainKeys(traced, objector);

        var contact = coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(objector,
                LocalDate.now().plusDays(35)));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(409);
        assertThat(contact.text("type")).isEqualTo("/problems/objection-recorded");
        var invitation = coordinator.put("/api/young-people/" + youngPerson + "/meeting", """
                {"date": "%s", "invited": ["%s"]}""".formatted(LocalDate.now().plusDays(35), objector));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(409);
        assertThat(invitation.text("type")).isEqualTo("/problems/objection-recorded");
        var record = coordinator.get("/api/people/" + objector + "/data-protection").json();
        assertThat(record.path("objectedOn").asString()).isEqualTo(LocalDate.now().plusDays(35).toString());
    }

    private String traced(Api coordinator, String youngPerson, String givenName, String familyName) {
        var added = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": 1975, "relationship": "cousin",
                 "category": "FAMILY", "baseline": "NEVER_MET", "source": "SEARCH"}""".formatted(givenName, familyName));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("personId");
    }

    private static Map<String, JsonNode> notices(Api user) {
        var people = user.get("/api/notices/due").json().path("people");
        var byId = new java.util.HashMap<String, JsonNode>();
        people.valueStream().forEach(p -> byId.put(p.path("personId").asString(), p));
        return byId;
    }

    private java.util.List<String> dueIds() {
        var due = admin.get("/api/retention/due");
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        return due.json().path("due").valueStream().map(d -> d.path("personId").asString()).toList();
    }

    private static java.util.List<String> traceIds(Api user, String givenName, String familyName) {
        var response = user.post("/api/trace", """
                {"givenName": "%s", "familyName": "%s", "limit": 20}""".formatted(givenName, familyName));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("candidates").valueStream().map(c -> c.path("personId").asString()).toList();
    }

    private static String connectionTo(Api user, String youngPerson, String personId) {
        return user.get("/api/young-people/" + youngPerson + "/network").json().path("connections").valueStream()
                .filter(c -> c.path("personId").asString().equals(personId)).findFirst().orElseThrow()
                .path("id").asString();
    }

    /** Labels of every node with a property value (or list item) holding the text. */
    private java.util.List<String> graphMentioning(String text) {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").list().stream()
                    .filter(r -> String.valueOf(r.get("p").asMap()).contains(text))
                    .map(r -> r.get("labels").toString()).toList();
        }
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Surnames in letters only: names are tokenised on letters, so digits would not make them unique. */
    private static String surname(String stem) {
        var letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return stem + letters;
    }
}
