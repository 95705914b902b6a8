package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.lifelonglinks.support.Race;
import org.springframework.beans.factory.annotation.Autowired;

/** A POST sent twice with one Idempotency-Key (a double click, a retry) creates one record and answers the same. */
class IdempotencyIntegrationTests extends IntegrationTest {

    @Autowired
    IdempotencyKeys keys;

    private String youngPersonId;
    private String personId;
    private Api coordinator;

    @BeforeEach
    void aCoordinatorWithOnePerson() {
        youngPersonId = fixtures.youngPerson();
        personId = fixtures.person(youngPersonId, "Briar", "Testmoor");
        coordinator = fixtures.user("COORDINATOR");
        fixtures.assign(youngPersonId, coordinator, "COORDINATOR");
    }

    @Test
    void aContactSentTwiceWithOneKeyIsRecordedOnceAndBothAnswersAreTheSame() {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String contact = """
                {"personId": "%s", "date": "%s", "kind": "LETTER"}""".formatted(personId, LocalDate.now());

        var first = coordinator.send("POST", contactsPath(), contact, key);
        var second = coordinator.send("POST", contactsPath(), contact, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(coordinator.get(contactsPath() + "?personId=" + personId).json().size()).isEqualTo(1);
    }

    @Test
    void aContactSentTwiceAtTheSameMomentWithOneKeyIsRecordedOnce() throws Exception {
        for (int race = 0; race < 10; race++) {
            var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
            String contact = """
                    {"personId": "%s", "date": "%s", "kind": "PHONE", "note": "call %d"}"""
                    .formatted(personId, LocalDate.now(), race);

            var answers = Race.of(() -> coordinator.send("POST", contactsPath(), contact, key),
                    () -> coordinator.send("POST", contactsPath(), contact, key));

            assertThat(answers).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 201);
            assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body());
            assertThat(coordinator.get(contactsPath() + "?personId=" + personId).json().size()).isEqualTo(race + 1);
        }
    }

    @Test
    void aPersonAddedTwiceAtTheSameMomentWithOneKeyIsAddedOnce() throws Exception {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String person = """
                {"givenName": "Corin", "familyName": "Testvale", "birthYear": 1975, "relationship": "uncle",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""";
        String path = "/api/young-people/" + youngPersonId + "/people";

        var answers = Race.of(() -> coordinator.send("POST", path, person, key),
                () -> coordinator.send("POST", path, person, key));

        assertThat(answers).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 201);
        assertThat(answers.get(0).text("personId")).isEqualTo(answers.get(1).text("personId"));
        assertThat(answers.get(0).header("Location")).isEqualTo(answers.get(1).header("Location"));
        var people = coordinator.get("/api/young-people/" + youngPersonId + "/network").json().path("people");
        assertThat(people.valueStream().filter(p -> p.path("givenName").asString().equals("Corin")).count())
                .isEqualTo(1);
    }

    @Test
    void aSafetyDecisionSentTwiceWithOneKeyIsRecordedOnce() throws Exception {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String decision = """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPersonId);
        String path = "/api/people/" + personId + "/safety";

        var answers = Race.of(() -> coordinator.send("POST", path, decision, key),
                () -> coordinator.send("POST", path, decision, key));
        var later = coordinator.send("POST", path, decision, key);

        assertThat(answers).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 201);
        assertThat(later.body()).isEqualTo(answers.get(0).body()).isEqualTo(answers.get(1).body());
        assertThat(coordinator.get(path + "?youngPersonId=" + youngPersonId).json().path("history").size())
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndCreatesNothing() {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        coordinator.send("POST", contactsPath(), contact("LETTER"), key);

        var other = coordinator.send("POST", contactsPath(), contact("EMAIL"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("type")).isEqualTo("/problems/idempotency-key-reused");
        assertThat(other.text("field")).isEqualTo("Idempotency-Key");
        assertThat(coordinator.get(contactsPath() + "?personId=" + personId).json().size()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestDoesNotKeepItsKeySoTheCorrectedOneRuns() {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var refused = coordinator.send("POST", contactsPath(), """
                {"personId": "%s", "date": "2999-01-01", "kind": "LETTER"}""".formatted(personId), key);

        var corrected = coordinator.send("POST", contactsPath(), contact("LETTER"), key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirUserSoAnotherUsersSameKeyCreatesItsOwnRecord() {
        var key = Map.of("Idempotency-Key", "shared-key-" + UUID.randomUUID());

        var mine = coordinator.send("POST", contactsPath(), contact("LETTER"), key);
        var theirs = admin.send("POST", contactsPath(), contact("LETTER"), key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aKeyThatIsNotVisibleTextIsABadRequest() {
        var answer = coordinator.send("POST", contactsPath(), contact("LETTER"),
                Map.of("Idempotency-Key", "two words"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("Idempotency-Key");
        assertThat(coordinator.get(contactsPath() + "?personId=" + personId).json().size()).isZero();
    }

    @Test
    void expiredKeysAreForgotten() {
        String id = IdempotencyKeys.id("someone", "expired-" + UUID.randomUUID());
        driver.executableQuery("""
                        CREATE (:IdempotencyKey {id: $id, fingerprint: 'x', status: 201,
                            claimedAt: datetime() - duration('P2D'), expiresAt: datetime() - duration('P1D')})
                        """).withParameters(Map.of("id", id)).execute();

        assertThat(keys.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keys.find(id)).isEmpty();
    }

    private String contactsPath() {
        return "/api/young-people/" + youngPersonId + "/contacts";
    }

    private String contact(String kind) {
        return """
                {"personId": "%s", "date": "%s", "kind": "%s"}""".formatted(personId, LocalDate.now(), kind);
    }
}
