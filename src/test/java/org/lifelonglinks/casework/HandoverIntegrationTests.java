package org.lifelonglinks.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.lifelonglinks.support.Race;

/** Handing a case to another coordinator through HTTP: access, the note, open tasks, the race, the audit. */
class HandoverIntegrationTests extends IntegrationTest {

    private String youngPerson;
    private Api outgoing;
    private Api incoming;

    @BeforeEach
    void aCaseWithAnOpenTask() {
        outgoing = fixtures.user("COORDINATOR");
        youngPerson = fixtures.youngPerson(outgoing);
        incoming = fixtures.user("COORDINATOR");
        var task = outgoing.post(path("/tasks"), """
                {"what": "Ring the school about the photo day", "due": "%s"}""".formatted(LocalDate.now(clock)));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
    }

    @Test
    void theCaseMovesWithTheNoteAndOpenTasksAndTheOldCoordinatorLosesAccess() {
        assertThat(incoming.get(path("")).status()).isEqualTo(404);
        var bySocialWorker = fixtures.user("SOCIAL_WORKER").post(path("/handover"), body(incoming, "Over to you"));
        var toSocialWorker = outgoing.post(path("/handover"), body(fixtures.user("SOCIAL_WORKER"), "Over to you"));
        var noNote = outgoing.post(path("/handover"), "{\"toCoordinator\": \"" + incoming.username() + "\"}");
        var byStranger = fixtures.user("COORDINATOR").post(path("/handover"), body(incoming, "Mine now"));
        assertThat(bySocialWorker.status()).isEqualTo(403);
        assertThat(toSocialWorker.status()).isEqualTo(422);
        assertThat(toSocialWorker.text("field")).isEqualTo("toCoordinator");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.text("field")).isEqualTo("note");
        assertThat(byStranger.status()).as("another caseload: as if it did not exist").isEqualTo(404);

        var handover = outgoing.post(path("/handover"), body(incoming,
                "Gran is the key person; the aunt prefers letters.\nPhoto day is next week."));

        assertThat(handover.status()).as(handover.toString()).isEqualTo(201);
        assertThat(handover.json().path("tasksMoved").asInt()).isEqualTo(1);
        assertThat(outgoing.get(path("")).status()).as("the old coordinator's access ends").isEqualTo(404);
        assertThat(outgoing.get(path("/tasks")).status()).isEqualTo(404);
        assertThat(incoming.get(path("")).status()).isEqualTo(200);
        var mine = incoming.get("/api/tasks").json();
        var handedOver = mine.path("handovers").get(0);
        assertThat(handedOver.path("youngPersonId").asString()).isEqualTo(youngPerson);
        assertThat(handedOver.path("fromName").asString()).isEqualTo("Test COORDINATOR");
        assertThat(handedOver.path("note").asString()).contains("Photo day is next week.");
        assertThat(mine.path("due").valueStream().filter(t -> t.path("youngPersonId").asString().equals(youngPerson))
                .map(t -> t.path("what").asString())).containsExactly("Ring the school about the photo day");
        assertThat(incoming.get("/api/caseload").body()).contains(youngPerson);
        assertThat(outgoing.get("/api/caseload").body()).doesNotContain(youngPerson);
        assertThat(incoming.get(path("/chronology?kinds=HANDOVER")).body()).contains("Handed over from Test "
                + "COORDINATOR to Test COORDINATOR");
        var audit = admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=CASE_HANDED_OVER").json();
        assertThat(audit.get(0).path("username").asString()).isEqualTo(outgoing.username());
        assertThat(audit.get(0).path("detail").asString()).contains("to " + incoming.username());
    }

    @Test
    void ofTwoHandoversSentAtOnceOneWins() throws Exception {
        var first = fixtures.user("COORDINATOR");
        var second = fixtures.user("COORDINATOR");

        // The coordinator's double click: the loser finds the case gone, 409 inside the transaction or, if the
        // winner committed before its access check, 404 like any record no longer theirs.
        var answers = Race.of(() -> outgoing.post(path("/handover"), body(first, "To the first")),
                () -> outgoing.post(path("/handover"), body(second, "To the second")));

        assertThat(answers).extracting(Api.Response::status).containsOnlyOnce(201).containsAnyOf(409, 404);
        int reachable = (first.get(path("")).status() == 200 ? 1 : 0) + (second.get(path("")).status() == 200 ? 1 : 0);
        assertThat(reachable).as("exactly one new coordinator has the case").isEqualTo(1);
        assertThat(admin.get(path("/handovers")).json().size()).isEqualTo(1);

        // Two administrators handing over from the same coordinator at once: both pass the access check, the
        // young person's lock lets one through, and the other finds its coordinator gone (409).
        var holder = reachable == 1 && first.get(path("")).status() == 200 ? first : second;
        var third = fixtures.user("COORDINATOR");
        var fourth = fixtures.user("COORDINATOR");
        var fromHolder = "\"fromCoordinator\": \"" + holder.username() + "\", ";
        var admins = Race.of(() -> admin.post(path("/handover"), "{" + fromHolder + body(third, "To the third").substring(1)),
                () -> admin.post(path("/handover"), "{" + fromHolder + body(fourth, "To the fourth").substring(1)));
        assertThat(admins).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(admins.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().text("detail"))
                .contains("is no longer this young person's coordinator");
        assertThat(admin.get(path("/handovers")).json().size()).isEqualTo(2);
    }

    @Test
    void anAdministratorHandsOverFromTheOnlyCoordinator() {
        var handover = admin.post(path("/handover"), body(incoming, "The coordinator has left the team"));

        assertThat(handover.status()).as(handover.toString()).isEqualTo(201);
        assertThat(handover.json().path("from").asString()).isEqualTo(outgoing.username());
        assertThat(handover.json().path("by").asString()).isEqualTo("admin");
        assertThat(outgoing.get(path("")).status()).isEqualTo(404);
    }

    private static String body(Api to, String note) {
        return """
                {"toCoordinator": "%s", "note": "%s"}""".formatted(to.username(), note.replace("\n", "\\n"));
    }

    private String path(String rest) {
        return "/api/young-people/" + youngPerson + rest;
    }
}
