package org.lifelonglinks.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The young person's voice through HTTP: their own page's API and what arrives on their workers' side. */
class VoiceIntegrationTests extends IntegrationTest {

    private String youngPerson;
    private Api coordinator;
    private Api socialWorker;
    private Api own;

    @BeforeEach
    void caseload() {
        coordinator = fixtures.user("COORDINATOR");
        socialWorker = fixtures.user("SOCIAL_WORKER");
        youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        own = fixtures.user("YOUNG_PERSON", youngPerson);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSuggestionArrivesAsTheCoordinatorsTaskAndTheYoungPersonSeesTheAnswerKindly() {
        var made = own.post("/api/me/suggestions", """
                {"name": "Aunty Kerry", "relation": "my mum's sister", "want": "BACK_IN_TOUCH",
                 "more": "She used to take me swimming."}""");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("answer")).isEqualTo("WAITING");
        var second = own.post("/api/me/suggestions", """
                {"name": "Mr Pemberton", "relation": "my football coach", "want": "KNOW_ABOUT_THEM"}""");
        assertThat(second.status()).isEqualTo(201);

        var tasks = tasksOf(coordinator, "YOUNG_PERSON_SUGGESTION");
        assertThat(tasks).hasSize(2);
        assertThat(tasks).allSatisfy(t -> assertThat(t.path("what").asString())
                .isEqualTo("Robin told us about someone: accept or answer"));
        assertThat(tasks.stream().map(t -> t.path("note").asString()).toList()).anySatisfy(note -> assertThat(note)
                .contains("Aunty Kerry (my mum's sister)", "to be back in touch", "She used to take me swimming."));
        assertThat(tasksOf(socialWorker, "YOUNG_PERSON_SUGGESTION")).as("suggestions are the coordinator's").isEmpty();

        var waiting = coordinator.get(path("/suggestions")).json();
        assertThat(waiting.size()).isEqualTo(2);
        assertThat(waiting.get(0).path("name").asString()).as("newest first").isEqualTo("Mr Pemberton");
        assertThat(waiting.get(1).path("more").asString()).isEqualTo("She used to take me swimming.");

        // The coordinator adds Kerry through the usual form (its duplicate check), then accepts with her id.
        String kerry = fixtures.person(youngPerson, "Kerry", "Suggestwell");
        String kerryId = waiting.get(1).path("id").asString();
        assertThat(coordinator.post(path("/suggestions/" + kerryId + "/decision"), """
                {"personId": "no-such-person"}""").status()).isEqualTo(422);
        var accepted = coordinator.post(path("/suggestions/" + kerryId + "/decision"), """
                {"personId": "%s", "words": "I have added her to your network."}""".formatted(kerry));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(coordinator.post(path("/suggestions/" + kerryId + "/decision"), """
                {"answer": "LOOKING"}""").status()).as("already decided").isEqualTo(409);
        assertThat(coordinator.post(path("/suggestions/" + waiting.get(0).path("id").asString() + "/decision"), """
                {"answer": "LOOKING", "words": "I will ask at the football club."}""").status()).isEqualTo(204);

        var seen = own.get("/api/me/suggestions").json();
        assertThat(seen.get(1).path("answer").asString()).isEqualTo("ADDED");
        assertThat(seen.get(1).path("words").asString()).isEqualTo("I have added her to your network.");
        assertThat(seen.get(0).path("answer").asString()).isEqualTo("LOOKING");
        assertThat(seen.get(0).path("words").asString()).isEqualTo("I will ask at the football club.");
        assertThat(tasksOf(coordinator, "YOUNG_PERSON_SUGGESTION")).as("answered suggestions are done").isEmpty();
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_SUGGESTION_MADE").json()
                .size()).isEqualTo(2);
    }

    @Test
    void aSuggestionNamingABarredPersonIsTakenSilentlyAndOnlyTheCoordinatorSeesTheMatch() {
        String surname = unique("Barrowdene").replace("-", "").replaceAll("[0-9]", "x");
        String barred = fixtures.person(youngPerson, "Barnaby", surname);
        assertThat(socialWorker.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);

        var made = own.post("/api/me/suggestions", """
                {"name": "Barnaby %s", "relation": "my dad", "want": "BACK_IN_TOUCH"}""".formatted(surname));
        assertThat(made.status()).as("taken like any other suggestion").isEqualTo(201);
        assertThat(made.text("answer")).isEqualTo("WAITING");
        assertThat(made.body()).doesNotContain(barred).doesNotContainIgnoringCase("contact\"");

        var coordinatorsView = coordinator.get(path("/suggestions")).json().get(0);
        var match = coordinatorsView.path("possibleMatches").get(0);
        assertThat(match.path("personId").asString()).isEqualTo(barred);
        assertThat(match.path("doNotContact").asBoolean()).isTrue();
        assertThat(match.path("inThisNetwork").asBoolean()).isTrue();

        assertThat(coordinator.post(path("/suggestions/" + made.text("id") + "/decision"), """
                {"personId": "%s", "words": "Words that would say too much"}""".formatted(barred)).status())
                .isEqualTo(204);
        var theirs = own.get("/api/me/suggestions");
        assertThat(theirs.json().get(0).path("answer").asString())
                .as("the same as 'your coordinator will talk to you about this'").isEqualTo("TALK");
        assertThat(theirs.json().get(0).path("words").isNull()).isTrue();
        assertThat(theirs.body()).doesNotContain(barred).doesNotContain("too much").doesNotContain("doNotContact");
        assertThat(own.get("/api/me/voice").body()).doesNotContain(barred);
    }

    @Test
    void wishesMeetingPlanAndFamilyKnowledgeAreTheirOwnWordsBesideTheWorkersRecords() {
        String gran = person("Granny", "REGULAR", false);
        String hidden = person("Secretia", "NEVER_MET", true);
        String later = person("Laterbar", "OCCASIONAL", false);
        String otherYoungPerson = fixtures.youngPerson();
        String stranger = fixtures.person(otherYoungPerson, "Stranger", "Otherwell");
        agreePlan(gran, later);
        assertThat(socialWorker.post("/api/people/" + later + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);

        var wish = own.put("/api/me/wishes/" + gran, """
                {"wish": "WANT_BACK_IN_TOUCH", "words": "I miss her Sunday dinners."}""");
        assertThat(wish.status()).as(wish.toString()).isEqualTo(200);
        for (String unseen : List.of(hidden, later, stranger, "no-such-person")) {
            var refused = own.put("/api/me/wishes/" + unseen, "{\"wish\": \"IMPORTANT_TO_ME\"}");
            assertThat(refused.status()).as("someone they cannot see is not found, like no one").isEqualTo(404);
            assertThat(refused.text("detail")).isEqualTo(own.put("/api/me/wishes/no-such-person",
                    "{\"wish\": \"IMPORTANT_TO_ME\"}").text("detail"));
        }
        assertThat(own.put("/api/me/wishes/" + gran, "{\"wish\": \"SOMETIMES\"}").status()).isEqualTo(400);

        assertThat(own.put("/api/me/meeting-wishes", """
                {"people": ["%s"], "say": "I want to see my gran more."}""".formatted(hidden)).status())
                .isEqualTo(422);
        var meeting = own.put("/api/me/meeting-wishes", """
                {"people": ["%s"], "say": "I want to see my gran more."}""".formatted(gran));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        assertThat(meeting.json().path("people").get(0).path("name").asString()).isEqualTo("Granny Voicewell");

        var voice = own.get("/api/me/voice").json();
        assertThat(voice.path("coordinator").asString()).isEqualTo("Test COORDINATOR");
        assertThat(voice.path("people").valueStream().map(p -> p.path("personId").asString()).toList())
                .containsExactly(gran);
        assertThat(voice.path("plan").size()).as("the barred person's part of the plan is left out").isEqualTo(1);
        String granCommitment = voice.path("plan").get(0).path("commitmentId").asString();
        String laterCommitment = coordinator.get(path("/plan")).json().path("commitments").valueStream()
                .filter(c -> c.path("personId").asString().equals(later)).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(own.put("/api/me/plan/commitments/" + laterCommitment + "/happening", "{\"happening\": \"NO\"}")
                .status()).isEqualTo(404);
        var happening = own.put("/api/me/plan/commitments/" + granCommitment + "/happening",
                "{\"happening\": \"PARTLY\"}");
        assertThat(happening.status()).as(happening.toString()).isEqualTo(200);

        assertThat(own.post("/api/me/family-knowledge", "{\"rating\": 6}").status()).isEqualTo(422);
        assertThat(own.post("/api/me/family-knowledge", "{\"rating\": 2}").status()).isEqualTo(201);
        assertThat(own.post("/api/me/family-knowledge", "{\"rating\": 3}").status()).isEqualTo(201);
        assertThat(own.get("/api/me/voice").json().path("familyKnowledge").path("rating").asInt()).isEqualTo(3);

        var workers = socialWorker.get(path("/voice"));
        assertThat(workers.status()).isEqualTo(200);
        var wishes = workers.json().path("wishes");
        assertThat(wishes.get(0).path("personName").asString()).isEqualTo("Granny Voicewell");
        assertThat(wishes.get(0).path("words").asString()).isEqualTo("I miss her Sunday dinners.");
        assertThat(wishes.get(0).path("saidOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(wishes.get(0).path("coordinatorsView").asString()).isEqualTo("IMPORTANT_TO_ME");
        assertThat(workers.json().path("meeting").path("say").asString()).isEqualTo("I want to see my gran more.");
        assertThat(workers.json().path("happening").get(0).path("happening").asString()).isEqualTo("PARTLY");
        assertThat(workers.json().path("familyKnowledge").valueStream().map(r -> r.path("rating").asInt()).toList())
                .containsExactly(2, 3);
    }

    @Test
    void messagesAreThreadedReadByTheCoordinatorSeenByTheYoungPersonAndKeptInTheChronology() {
        var first = own.post("/api/me/messages", "{\"text\": \"Can we talk about my gran?\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(own.post("/api/me/messages", "{\"text\": \"Also my birthday.\"}").status()).isEqualTo(201);
        assertThat(tasksOf(coordinator, "YOUNG_PERSON_MESSAGE")).as("one task for a run of messages").hasSize(1);

        assertThat(own.post("/api/me/messages", "{\"text\": \"Bell\\u0007\"}").text("field")).isEqualTo("text");
        assertThat(own.post("/api/me/messages", "{\"text\": \"%s\"}".formatted("a".repeat(1001))).status())
                .isEqualTo(422);
        assertThat(own.post("/api/me/messages", "{\"text\": \"Hi\", \"replyTo\": \"nope\"}").text("field"))
                .isEqualTo("replyTo");
        assertThat(own.get("/api/me/messages").json().path("messages").get(0).path("seen").asBoolean()).isFalse();

        var thread = coordinator.get(path("/messages")).json();
        assertThat(thread.size()).isEqualTo(2);
        var reply = coordinator.post(path("/messages"), """
                {"text": "Yes, on Tuesday.", "replyTo": "%s"}""".formatted(first.text("id")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(socialWorker.post(path("/messages"), "{\"text\": \"Hello\"}").status())
                .as("the young person messages their coordinator").isEqualTo(403);
        assertThat(coordinator.post(path("/messages/read"), null).json().path("read").asInt()).isEqualTo(2);

        var theirs = own.get("/api/me/messages").json();
        assertThat(theirs.path("coordinator").asString()).isEqualTo("Test COORDINATOR");
        assertThat(theirs.path("messages").get(0).path("seen").asBoolean()).isTrue();
        assertThat(theirs.path("messages").get(2).path("from").asString()).isEqualTo("Test COORDINATOR");
        assertThat(theirs.path("messages").get(2).path("replyTo").asString()).isEqualTo(first.text("id"));
        assertThat(tasksOf(coordinator, "YOUNG_PERSON_MESSAGE")).isEmpty();

        var chronology = coordinator.get(path("/chronology?kinds=MESSAGE")).json();
        assertThat(chronology.valueStream().map(e -> e.path("what").asString()).toList()).containsExactly(
                "Message from the young person: Can we talk about my gran?",
                "Message from the young person: Also my birthday.",
                "Message to the young person from Test COORDINATOR: Yes, on Tuesday.");
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_MESSAGE_SENT").json().size())
                .isEqualTo(2);
    }

    @Test
    void iDontFeelSafeRaisesUrgentTasksForTheCoordinatorAndSocialWorkerOnceHoweverOftenItIsTapped() {
        var first = own.post("/api/me/unsafe", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("coordinators").get(0).asString()).isEqualTo("Test COORDINATOR");
        assertThat(first.json().path("socialWorkers").get(0).asString()).isEqualTo("Test SOCIAL_WORKER");
        assertThat(first.json().path("tasksRaised").asBoolean()).isTrue();
        for (var worker : List.of(coordinator, socialWorker)) {
            var urgent = tasksOf(worker, "YOUNG_PERSON_UNSAFE");
            assertThat(urgent).hasSize(1);
            assertThat(urgent.getFirst().path("what").asString()).startsWith("URGENT: Robin says they do not feel safe");
            assertThat(urgent.getFirst().path("due").asString()).isEqualTo(LocalDate.now(clock).toString());
            var bell = worker.get("/api/notifications").json();
            assertThat(bell.path("items").valueStream()
                    .filter(n -> youngPerson.equals(n.path("youngPersonId").asString()) && n.path("urgent").asBoolean()))
                    .as("the urgent task is in the worker's bell, marked urgent").isNotEmpty()
                    .allSatisfy(n -> assertThat(n.path("text").asString()).contains("do not feel safe"));
            assertThat(bell.path("items").get(0).path("urgent").asBoolean()).as("urgent first").isTrue();
        }

        var again = own.post("/api/me/unsafe", "{\"words\": \"Someone is outside\"}");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("tasksRaised").asBoolean()).isFalse();
        assertThat(tasksOf(coordinator, "YOUNG_PERSON_UNSAFE")).as("a double tap is one task").hasSize(1);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_UNSAFE_SAID").json().size())
                .as("every tap is recorded").isEqualTo(2);

        clock.advance(Duration.ofMinutes(31));
        assertThat(own.post("/api/me/unsafe", null).json().path("tasksRaised").asBoolean()).isTrue();
        assertThat(tasksOf(socialWorker, "YOUNG_PERSON_UNSAFE")).hasSize(2);
        var voice = coordinator.get(path("/voice")).json();
        assertThat(voice.path("unsafe").size()).isEqualTo(3);
        assertThat(voice.path("unsafe").get(1).path("words").asString()).isEqualTo("Someone is outside");
        assertThat(coordinator.get(path("/chronology?kinds=YOUNG_PERSON")).body())
                .contains("The young person said they do not feel safe: Someone is outside");
    }

    @Test
    void anotherYoungPersonsRecordIsNotFoundAndEveryRoleIsChecked() {
        String gran = person("Granny", "REGULAR", false);
        var suggestion = own.post("/api/me/suggestions", "{\"name\": \"Nana\", \"want\": \"NOT_NOW\"}");
        own.post("/api/me/messages", "{\"text\": \"Private words\"}");

        var otherOwn = fixtures.user("YOUNG_PERSON", fixtures.youngPerson());
        assertThat(otherOwn.put("/api/me/wishes/" + gran, "{\"wish\": \"IMPORTANT_TO_ME\"}").status()).isEqualTo(404);
        assertThat(otherOwn.put("/api/me/meeting-wishes", "{\"people\": [\"%s\"]}".formatted(gran)).status())
                .isEqualTo(422);
        assertThat(otherOwn.get("/api/me/suggestions").body()).isEqualTo("[]");
        assertThat(otherOwn.get("/api/me/messages").body()).doesNotContain("Private words");
        assertThat(otherOwn.get("/api/young-people/" + youngPerson + "/suggestions").status()).isEqualTo(403);
        assertThat(own.get(path("/messages")).status()).as("their own record's worker API").isEqualTo(403);

        var stranger = fixtures.user("COORDINATOR");
        for (String rest : List.of("/suggestions", "/voice", "/messages")) {
            assertThat(stranger.get(path(rest)).status()).as(rest).isEqualTo(404);
        }
        assertThat(stranger.post(path("/messages"), "{\"text\": \"Hi\"}").status()).isEqualTo(404);
        assertThat(stranger.post(path("/suggestions/" + suggestion.text("id") + "/decision"),
                "{\"answer\": \"LOOKING\"}").status()).isEqualTo(404);
        assertThat(socialWorker.post(path("/suggestions/" + suggestion.text("id") + "/decision"),
                "{\"answer\": \"LOOKING\"}").status()).as("a social worker reads, the coordinator answers")
                .isEqualTo(403);
        var manager = fixtures.user("MANAGER");
        assertThat(manager.get("/api/me/suggestions").status()).isEqualTo(404);
        assertThat(manager.post("/api/me/unsafe", null).status()).isEqualTo(404);
        assertThat(manager.get(path("/suggestions")).status()).isEqualTo(403);
        assertThat(coordinator.get("/api/me/voice").status()).as("a worker has no own page").isEqualTo(404);
    }

    @Test
    void theirWordsAreInTheirSubjectAccessPackAndGoWhenTheRecordIsErased() {
        String gran = person("Granny", "REGULAR", false);
        own.put("/api/me/wishes/" + gran, "{\"wish\": \"IMPORTANT_TO_ME\", \"words\": \"Zyxwordy gran\"}");
        own.post("/api/me/messages", "{\"text\": \"Zyxwordy message\"}");
        own.post("/api/me/suggestions", "{\"name\": \"Zyxwordy Nana\", \"want\": \"KNOW_ABOUT_THEM\"}");
        own.post("/api/me/unsafe", "{\"words\": \"Zyxwordy unsafe\"}");

        var pack = coordinator.get("/api/young-people/" + youngPerson + "/subject-access");
        assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
        var words = pack.json().path("ownRecord").path("ownWords");
        assertThat(words.valueStream().map(w -> w.path("kind").asString()).toList())
                .containsExactly("Wish", "Message", "Suggestion", "UnsafeAlert");
        assertThat(words.toString()).contains("Zyxwordy gran", "Zyxwordy message", "Zyxwordy unsafe")
                .doesNotContain(gran);

        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/erasure",
                "{\"reason\": \"Retention period ended\"}").status()).isEqualTo(202);
        assertThat(admin.post("/api/young-people/" + youngPerson + "/erasure",
                "{\"reason\": \"Retention period ended\"}").status()).isEqualTo(200);
        assertThat(driver.executableQuery("""
                MATCH (n)
                WHERE any(k IN keys(n) WHERE n[k] IS :: STRING NOT NULL AND n[k] CONTAINS 'Zyxwordy')
                RETURN count(n) AS n
                """).execute().records().getFirst().get("n").asLong()).isZero();
    }

    // ----

    private List<JsonNode> tasksOf(Api worker, String kind) {
        var mine = worker.get("/api/tasks").json();
        return java.util.stream.Stream.of("overdue", "due", "upcoming")
                .flatMap(state -> mine.path(state).valueStream())
                .filter(t -> t.path("kind").asString().equals(kind))
                .filter(t -> t.path("youngPersonId").asString().equals(youngPerson))
                .toList();
    }

    private void agreePlan(String... people) {
        assertThat(coordinator.put(path("/meeting"), """
                {"date": "%s"}""".formatted(LocalDate.now())).status()).isEqualTo(200);
        var commitments = String.join(",", java.util.Arrays.stream(people).map(p -> """
                {"personId": "%s", "activity": "MEETING", "frequency": "MONTHLY", "startDate": "%s"}"""
                .formatted(p, LocalDate.now())).toList());
        var plan = coordinator.post(path("/plan"), "{\"commitments\": [" + commitments + "]}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    }

    private String person(String givenName, String baseline, boolean hidden) {
        var response = coordinator.post(path("/people"), """
                {"givenName": "%s", "familyName": "Voicewell", "birthYear": 1960, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s", "hiddenFromYoungPerson": %s, "wish": "IMPORTANT_TO_ME"}"""
                .formatted(givenName, baseline, hidden));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
