package org.lifelonglinks.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The bell through HTTP on the embedded Neo4j, with e-mail left off (the default). */
class NotificationsIntegrationTests extends IntegrationTest {

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
    void approvalsDecisionsAndDueTasksReachTheirWorkersAndNoOneElse() {
        String kerry = reached("Kerry", "Notifield");

        // The social worker's bell: the first contact waiting for them, in words, with where to decide.
        var waiting = only(socialWorker, "APPROVAL_REQUESTED");
        assertThat(waiting.path("text").asString()).contains("Kerry Notifield").contains("waiting for a safety decision");
        assertThat(waiting.path("link").asString()).isEqualTo("/young-people/" + youngPerson + "/people/" + kerry);
        assertThat(waiting.path("readAt").isNull()).isTrue();
        assertThat(socialWorker.get("/api/notifications").json().path("unread").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ofYoungPerson(coordinator)).as("approvals are the social worker's").isEmpty();

        // Another caseload's worker sees none of it, and cannot mark it read: 404, as if it did not exist.
        var stranger = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(fixtures.youngPerson(), stranger, "SOCIAL_WORKER");
        assertThat(ofYoungPerson(stranger)).isEmpty();
        assertThat(stranger.post("/api/notifications/" + waiting.path("id").asString() + "/read", null).status())
                .isEqualTo(404);

        // The decision: the coordinator hears of it; the request is resolved for the social worker.
        var decided = socialWorker.post("/api/people/" + kerry + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        var result = only(coordinator, "SAFETY_DECISION_RECORDED");
        assertThat(result.path("text").asString()).contains("Kerry Notifield").contains("contact approved");
        assertThat(result.path("urgent").asBoolean()).isFalse();
        var resolved = only(socialWorker, "APPROVAL_REQUESTED");
        assertThat(resolved.path("resolved").asBoolean()).isTrue();
        assertThat(ofYoungPerson(socialWorker)).as("no decision notice to the one who decided")
                .extracting(n -> n.path("kind").asString()).doesNotContain("SAFETY_DECISION_RECORDED");

        // A task written for tomorrow is due: it is in the bell with its own words, once however often asked.
        var task = coordinator.post("/api/young-people/" + youngPerson + "/tasks", """
                {"what": "Ring the school about Kerry's letter", "due": "%s"}""".formatted(TODAY.plusDays(1)));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        coordinator.get("/api/notifications");
        var due = only(coordinator, "TASK_DUE");
        assertThat(due.path("text").asString()).contains("Ring the school about Kerry's letter");
        assertThat(due.path("taskState").asString()).isEqualTo("DUE");
        assertThat(due.path("due").asString()).isEqualTo(TODAY.plusDays(1).toString());

        // Read one, then all.
        int unread = coordinator.get("/api/notifications").json().path("unread").asInt();
        assertThat(coordinator.post("/api/notifications/" + due.path("id").asString() + "/read", null).status())
                .isEqualTo(204);
        assertThat(coordinator.get("/api/notifications").json().path("unread").asInt()).isEqualTo(unread - 1);
        assertThat(only(coordinator, "TASK_DUE").path("readAt").isNull()).isFalse();
        assertThat(coordinator.post("/api/notifications/read-all", null).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/notifications").json().path("unread").asInt()).isZero();

        // Done: the task's notification is resolved.
        var done = coordinator.patch("/api/young-people/" + youngPerson + "/tasks/" + task.text("id"), """
                {"done": true}""");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(only(coordinator, "TASK_DUE").path("resolved").asBoolean()).isTrue();

        assertThat(admin.get("/api/audit?action=NOTIFICATIONS_READ").json().size()).isPositive();
        assertThat(outgoingMails()).as("e-mail is off until an SMTP host is set: nothing is queued").isZero();
    }

    @Test
    void aWorkerTakenOffTheCaseloadNoLongerSeesItsNotifications() {
        String kerry = reached("Kerry", "Handover");
        var waiting = only(socialWorker, "APPROVAL_REQUESTED");
        assertThat(waiting.path("text").asString()).contains("Kerry Handover");
        String username = socialWorker.get("/api/me").text("username");
        assertThat(admin.delete("/api/young-people/" + youngPerson + "/social-workers/" + username).status())
                .isIn(200, 204);

        var after = socialWorker.get("/api/notifications");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).doesNotContain(youngPerson).doesNotContain("Kerry").doesNotContain(kerry);
        assertThat(socialWorker.post("/api/notifications/" + waiting.path("id").asString() + "/read", null)
                .status()).isEqualTo(404);
    }

    @Test
    void onlyWorkersHaveABell() {
        assertThat(fixtures.user("MANAGER").get("/api/notifications").status()).isEqualTo(403);
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        assertThat(own.get("/api/notifications").status()).isIn(403, 404);
        assertThat(own.post("/api/notifications/read-all", null).status()).isIn(403, 404);
    }

    @Test
    void anEmailAddressFollowsTheTextRulesAndCannotCarryAHeader() {
        for (String hostile : List.of("casey@example.org\r\nBcc: everyone@elsewhere.example",
                "casey@example.org\nSubject: hello", "Casey <casey@example.org>", "not an address",
                "casey@example.org\u0000")) {
            var refused = admin.post("/api/users", """
                    {"username": "%s", "password": "%s", "displayName": "Casey", "roles": ["COORDINATOR"],
                     "email": %s}""".formatted(unique("casey"), PASSWORD, json(hostile)));
            assertThat(refused.status()).as(hostile).isEqualTo(422);
            assertThat(refused.text("field")).isEqualTo("email");
        }
        String username = unique("casey");
        var made = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Casey", "roles": ["COORDINATOR"],
                 "email": "casey.c@council.example.org"}""".formatted(username, PASSWORD));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("email")).isEqualTo("casey.c@council.example.org");
        var injected = admin.patch("/api/users/" + username, """
                {"email": "casey@example.org\\r\\nBcc: x@elsewhere.example"}""");
        assertThat(injected.status()).isEqualTo(422);
        assertThat(injected.text("field")).isEqualTo("email");
        var removed = admin.patch("/api/users/" + username, """
                {"email": ""}""");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().path("email").isNull()).isTrue();
        var youngPersons = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Robin", "roles": ["YOUNG_PERSON"],
                 "youngPersonId": "%s", "email": "robin@example.org"}""".formatted(unique("robin"), PASSWORD,
                youngPerson));
        assertThat(youngPersons.status()).isEqualTo(422);
        assertThat(youngPersons.text("field")).isEqualTo("email");
    }

    // ----

    /** Adds someone out of touch and records reaching them today: first contact now waits for the social worker. */
    private String reached(String givenName, String familyName) {
        String person = fixtures.person(youngPerson, givenName, familyName);
        var contact = coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "REACHED"}""".formatted(person, TODAY));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return person;
    }

    private List<JsonNode> ofYoungPerson(Api worker) {
        var answer = worker.get("/api/notifications");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("items").valueStream()
                .filter(n -> n.path("youngPersonId").asString().equals(youngPerson)).toList();
    }

    private JsonNode only(Api worker, String kind) {
        var found = ofYoungPerson(worker).stream().filter(n -> n.path("kind").asString().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.getFirst();
    }

    private long outgoingMails() {
        return driver.executableQuery("MATCH (m:OutgoingMail) RETURN count(m) AS n").execute().records().getFirst()
                .get("n").asLong();
    }

    private static String json(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

}
