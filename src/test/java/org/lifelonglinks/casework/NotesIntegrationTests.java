package org.lifelonglinks.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/** Case notes in versions, the chronology, and what of them reaches the young person, through HTTP. */
class NotesIntegrationTests extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;

    @BeforeEach
    void caseload() {
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
    }

    @Test
    void aCorrectionIsANewVersionAndTheFirstIsKept() {
        String gran = person("Granny", "REGULAR", false);
        var written = coordinator.post(path("/notes"), """
                {"date": "%s", "text": "Gran rang: she has the photo album.\\nShe will bring it.", "about": ["%s"]}"""
                .formatted(TODAY.minusDays(2), gran));
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.header("ETag")).isEqualTo("\"1\"");
        assertThat(written.text("author")).isEqualTo(coordinator.username());
        assertThat(written.json().path("about").get(0).path("name").asString()).isEqualTo("Granny Notewell");
        String note = path("/notes/" + written.text("id"));

        var corrected = socialWorker.send("PUT", note, """
                {"date": "%s", "text": "Gran rang: she has two photo albums.", "about": ["%s"]}"""
                .formatted(TODAY.minusDays(2), gran), Map.of("If-Match", "\"1\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        assertThat(corrected.text("author")).isEqualTo(socialWorker.username());
        var history = coordinator.get(note).json().path("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("text").asString()).isEqualTo("Gran rang: she has the photo album.\nShe will bring it.");
        assertThat(history.get(0).path("author").asString()).isEqualTo(coordinator.username());

        var stale = coordinator.send("PUT", note, """
                {"text": "Overwriting"}""", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("changedFields").valueStream().map(v -> v.asString()).toList())
                .containsExactly("text");
        assertThat(coordinator.get(path("/notes")).json().size()).isEqualTo(1);
        assertThat(coordinator.get(path("/notes")).json().get(0).path("version").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=NOTE_CORRECTED").json().size())
                .isEqualTo(1);
    }

    @Test
    void aNoteIsRefusedWithTheFieldAtFault() {
        var future = coordinator.post(path("/notes"), """
                {"date": "%s", "text": "Not yet"}""".formatted(TODAY.plusDays(1)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("date");
        var stranger = coordinator.post(path("/notes"), """
                {"text": "About a stranger", "about": ["no-such-person"]}""");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("field")).isEqualTo("about");
        var control = coordinator.post(path("/notes"), """
                {"text": "Bell\\u0007"}""");
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.text("field")).isEqualTo("text");
        assertThat(coordinator.post(path("/notes"), "{}").status()).isEqualTo(400);
        assertThat(coordinator.get(path("/notes")).json().isEmpty()).isTrue();
    }

    @Test
    void theChronologyTellsTheWorkInDateOrderFilteredAndPrintable() {
        String aunt = person("Aunty", "LOST_TOUCH", false);
        assertThat(coordinator.post(path("/contacts"), """
                {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(aunt, TODAY.minusDays(9))).status())
                .isEqualTo(201);
        assertThat(socialWorker.post("/api/people/" + aunt + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT", "decidedOn": "%s"}"""
                .formatted(youngPerson, TODAY.minusDays(5))).status()).isEqualTo(201);
        coordinator.post(path("/notes"), """
                {"date": "%s", "text": "Aunty <b>wrote</b> back", "about": ["%s"]}""".formatted(TODAY.minusDays(7), aunt));
        assertThat(coordinator.put(path("/meeting"), """
                {"date": "%s"}""".formatted(TODAY.minusDays(1))).status()).isEqualTo(200);

        var chronology = coordinator.get(path("/chronology")).json();
        assertThat(chronology.valueStream().map(e -> e.path("kind").asString()).toList())
                .as("in date order: the fixture's referral is dated today")
                .containsExactly("CONTACT", "NOTE", "SAFETY_DECISION", "MEETING", "REFERRAL");
        assertThat(chronology.get(0).path("what").asString()).isEqualTo("Letter with Aunty Notewell");
        assertThat(chronology.get(2).path("what").asString())
                .isEqualTo("Safety decision about Aunty Notewell: approved (risk assessment)");
        assertThat(chronology.get(2).path("by").asString()).isEqualTo(socialWorker.username());

        var filtered = coordinator.get(path("/chronology?kinds=NOTE,SAFETY_DECISION&from=" + TODAY.minusDays(6)))
                .json();
        assertThat(filtered.valueStream().map(e -> e.path("kind").asString()).toList())
                .containsExactly("SAFETY_DECISION");
        assertThat(coordinator.get(path("/chronology?kinds=GOSSIP")).status()).isEqualTo(422);

        var page = coordinator.get(path("/chronology.html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Chronology: Robin Testbrook", "Aunty &lt;b&gt;wrote&lt;/b&gt; back")
                .doesNotContain("<b>wrote");
        byte[] pdf = coordinator.bytes(path("/chronology.pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Chronology: Robin Testbrook", "Letter with Aunty Notewell",
                    "Aunty <b>wrote</b> back", "Safety decision about Aunty Notewell: approved");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var audited = admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=CHRONOLOGY_READ").json();
        assertThat(audited.size()).as("JSON, filtered, printable page and PDF; the refused filter is not a read")
                .isEqualTo(4);
        assertThat(audited.get(0).path("detail").asString()).isEqualTo("5 entries, PDF");
    }

    @Test
    void onlySharedNotesReachTheYoungPersonAndNeverOneAboutSomeoneKeptFromThem() {
        String gran = person("Granny", "REGULAR", false);
        String hidden = person("Secretia", "NEVER_MET", true);
        String barred = person("Barrett", "BROKEN_DOWN", false);
        assertThat(socialWorker.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);
        note("Gran is looking forward to Sunday.", true, gran);
        note("A note for the file only.", false, gran);
        note("Secretia asked about you.", true, hidden);
        note("Barrett sent a card.", true, barred);
        note("Gran and Barrett both asked.", true, gran, barred);
        note("You did well at the meeting.", true);

        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        var shared = own.get("/api/me/notes");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.json().valueStream().map(n -> n.path("text").asString()).toList())
                .containsExactlyInAnyOrder("Gran is looking forward to Sunday.", "You did well at the meeting.");
        assertThat(shared.body()).doesNotContain(hidden).doesNotContain(barred).doesNotContain(gran)
                .doesNotContain(coordinator.username());
        assertThat(own.get(path("/notes")).status()).isEqualTo(403);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_NOTES_READ").json().size())
                .isEqualTo(1);
    }

    @Test
    void anotherCaseloadsNotesAndChronologyAreNotFound() {
        var written = coordinator.post(path("/notes"), """
                {"text": "Private"}""");
        var stranger = fixtures.user("COORDINATOR");
        assertThat(stranger.get(path("/notes")).status()).isEqualTo(404);
        assertThat(stranger.get(path("/notes/" + written.text("id"))).status()).isEqualTo(404);
        assertThat(stranger.put(path("/notes/" + written.text("id")), "{\"text\": \"Mine now\"}").status())
                .isEqualTo(404);
        assertThat(stranger.post(path("/notes"), "{\"text\": \"Hello\"}").status()).isEqualTo(404);
        assertThat(stranger.get(path("/chronology")).status()).isEqualTo(404);
        assertThat(stranger.get(path("/chronology.html")).status()).isEqualTo(404);
        assertThat(stranger.get(path("/chronology.pdf")).status()).isEqualTo(404);
        assertThat(stranger.get("/young-people/" + youngPerson + "/notes").status()).as("the page").isEqualTo(404);
        assertThat(coordinator.get(path("/notes/no-such-note")).status()).isEqualTo(404);
        assertThat(coordinator.get(path("/notes")).json().get(0).path("version").asInt()).isEqualTo(1);
        var manager = fixtures.user("MANAGER");
        assertThat(manager.get("/api/me/notes").status()).isEqualTo(404);
    }

    private void note(String text, boolean shared, String... about) {
        var response = coordinator.post(path("/notes"), """
                {"text": "%s", "shareWithYoungPerson": %s, "about": [%s]}""".formatted(text, shared,
                String.join(", ", java.util.Arrays.stream(about).map(a -> "\"" + a + "\"").toList())));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }

    private String person(String givenName, String baseline, boolean hidden) {
        var response = coordinator.post(path("/people"), """
                {"givenName": "%s", "familyName": "Notewell", "birthYear": 1970, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s", "hiddenFromYoungPerson": %s}"""
                .formatted(givenName, baseline, hidden));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }
}
