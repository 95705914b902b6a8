package org.lifelonglinks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class AuditIntegrationTests extends IntegrationTest {

    @Test
    void everyReadAndChangeOfAYoungPersonsRecordIsAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.get("/api/me").text("username");
        String id = fixtures.youngPerson(coordinator);
        coordinator.get("/api/young-people/" + id);
        coordinator.patch("/api/young-people/" + id, "{\"status\": \"DISCOVERY\"}");
        String personId = coordinator.post("/api/young-people/" + id + "/people", """
                {"givenName": "Jo", "relationship": "aunt", "category": "FAMILY", "baseline": "LOST_TOUCH"}""")
                .text("personId");
        coordinator.get("/api/young-people/" + id + "/network");
        coordinator.put("/api/people/" + personId + "/contact-details", "{\"phone\": \"07700 900001\"}");
        coordinator.get("/api/people/" + personId + "/contact-details");

        List<JsonNode> entries = admin.get("/api/audit?youngPersonId=" + id).json().valueStream().toList();

        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("username").asString()).isEqualTo(username);
            assertThat(entry.path("at").asString()).isNotBlank();
        });
        assertThat(entries.stream().map(e -> e.path("action").asString()).toList()).containsExactly(
                "CONTACT_DETAILS_READ", "CONTACT_DETAILS_UPDATED", "NETWORK_READ", "PERSON_ADDED",
                "YOUNG_PERSON_UPDATED", "YOUNG_PERSON_READ", "CONSENT_RECORDED", "YOUNG_PERSON_CREATED");
        assertThat(entries.getFirst().path("personId").asString()).isEqualTo(personId);
        // A change carries each changed field's old and new value (the trail is read by administrators only).
        assertThat(entries.get(1).path("changes").path("phone").toString()).isEqualTo("[null,\"07700 900001\"]");
        assertThat(entries.get(4).path("changes").path("status").get(1).asString()).isEqualTo("DISCOVERY");
        assertThat(entries.get(5).path("changes").isMissingNode() || entries.get(5).path("changes").isNull())
                .as("a read changes nothing").isTrue();
        assertThat(coordinator.get("/api/audit?youngPersonId=" + id).status()).isEqualTo(403);
    }

    @Test
    void aChangeToAPersonInTwoNetworksIsInBothYoungPeoplesTrailsThoughTheWorkerHasOnlyOne() {
        String sister = fixtures.youngPerson();
        String brother = fixtures.youngPerson();
        String gran = fixtures.person(sister, "Nora", "Testgran");
        assertThat(admin.post("/api/young-people/" + brother + "/people", """
                {"personId": "%s", "relationship": "grandmother", "category": "FAMILY", "baseline": "OCCASIONAL"}"""
                .formatted(gran)).status()).isEqualTo(201);
        var sistersCoordinator = fixtures.user("COORDINATOR");
        fixtures.assign(sister, sistersCoordinator, "COORDINATOR");
        String username = sistersCoordinator.get("/api/me").text("username");

        assertThat(sistersCoordinator.patch("/api/people/" + gran, "{\"town\": \"Leeds\"}").status()).isEqualTo(200);
        assertThat(sistersCoordinator.put("/api/people/" + gran + "/contact-details", "{\"phone\": \"07700 900002\"}")
                .status()).isEqualTo(200);

        for (String youngPerson : List.of(sister, brother)) {
            var entries = admin.get("/api/audit?youngPersonId=" + youngPerson + "&username=" + username).json();
            assertThat(entries.valueStream().map(e -> e.path("action").asString() + " " + e.path("personId").asString()))
                    .as("the trail of " + youngPerson)
                    .containsExactly("CONTACT_DETAILS_UPDATED " + gran, "PERSON_UPDATED " + gran);
        }
    }

    @Test
    void aRefusedAttemptToReadSomeoneElsesRecordIsAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.get("/api/me").text("username");
        String theirs = fixtures.youngPerson();

        coordinator.get("/api/young-people/" + theirs + "/network");

        var refused = admin.get("/api/audit?username=" + username + "&action=ACCESS_REFUSED").json();
        assertThat(refused.size()).isEqualTo(1);
        assertThat(refused.get(0).path("youngPersonId").asString()).isEqualTo(theirs);
    }

    @Test
    void failedSignInsAreAudited() {
        String username = unique("guess");
        org.lifelonglinks.support.Api.at(port).as(username, "not-the-password").get("/api/me");

        var failures = admin.get("/api/audit?username=" + username + "&action=SIGN_IN_FAILED").json();

        assertThat(failures.size()).isEqualTo(1);
    }

    @Test
    void filtersAreCheckedAndTheLimitHolds() {
        fixtures.youngPerson();
        fixtures.youngPerson();

        assertThat(admin.get("/api/audit?limit=1").json().size()).isEqualTo(1);
        assertThat(admin.get("/api/audit?limit=0").status()).isEqualTo(422);
        assertThat(admin.get("/api/audit?from=yesterday").status()).isEqualTo(400);
    }
}
