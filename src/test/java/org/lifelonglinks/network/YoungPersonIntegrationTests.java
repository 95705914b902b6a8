package org.lifelonglinks.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

class YoungPersonIntegrationTests extends IntegrationTest {

    @Test
    void refersAYoungPersonAndReadsTheRecordBack() {
        String localId = unique("LA");
        var created = admin.post("/api/young-people", """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "2010-02-03",
                 "localId": "%s", "area": "Central", "referralDate": "2026-01-15"}""".formatted(localId));

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        var read = admin.get("/api/young-people/" + id).json();
        assertThat(read.path("givenName").asString()).isEqualTo("Maya");
        assertThat(read.path("localId").asString()).isEqualTo(localId);
        assertThat(read.path("area").asString()).isEqualTo("central");
        assertThat(read.path("status").asString()).isEqualTo("REFERRED");
        assertThat(read.path("referralDate").asString()).isEqualTo("2026-01-15");
    }

    @Test
    void patchChangesOnlyTheFieldsGiven() {
        String id = fixtures.youngPerson();

        var patched = admin.patch("/api/young-people/" + id, """
                {"status": "SEARCHING", "area": "west"}""");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("status")).isEqualTo("SEARCHING");
        assertThat(patched.text("area")).isEqualTo("west");
        assertThat(patched.text("givenName")).isEqualTo("Robin");
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        var response = admin.post("/api/young-people", """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "2999-01-01",
                 "localId": "%s", "area": "east"}""".formatted(unique("LA")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("field")).isEqualTo("dateOfBirth");
        assertThat(response.text("detail")).contains("future");
        assertThat(response.text("type")).isEqualTo("/problems/invalid-field");
    }

    @Test
    void refusesADuplicateLocalCaseIdAndKeepsTheFirstRecord() {
        String localId = unique("LA");
        String body = """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "2010-02-03",
                 "localId": "%s", "area": "east"}""".formatted(localId);
        String first = admin.post("/api/young-people", body).text("id");

        var second = admin.post("/api/young-people", body.replace("Maya", "Other"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("field")).isEqualTo("localId");
        long withLocalId = admin.get("/api/young-people").json().valueStream()
                .filter(yp -> yp.path("localId").asString().equals(localId)).count();
        assertThat(withLocalId).isEqualTo(1);
        assertThat(admin.get("/api/young-people/" + first).text("givenName")).isEqualTo("Maya");
    }

    @Test
    void patchToAnotherYoungPersonsLocalIdIsAConflict() {
        String taken = unique("LA");
        admin.post("/api/young-people", """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "2010-02-03",
                 "localId": "%s", "area": "east"}""".formatted(taken));
        String id = fixtures.youngPerson();

        var response = admin.patch("/api/young-people/" + id, "{\"localId\": \"" + taken + "\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(admin.get("/api/young-people/" + id).text("localId")).isNotEqualTo(taken);
    }

    @Test
    void refusesAnUnknownAreaTeam() {
        var response = admin.post("/api/young-people", """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "2010-02-03",
                 "localId": "%s", "area": "narnia"}""".formatted(unique("LA")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("field")).isEqualTo("area");
        assertThat(response.text("detail")).contains("central", "east");
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        var response = admin.post("/api/young-people", "{\"givenName\": \"Maya\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("/problems/malformed-request");
        assertThat(response.text("detail")).contains("not valid JSON");
        assertThat(response.body()).doesNotContain("Exception", "jackson");
    }

    @Test
    void aMissingFieldIsNamed() {
        var response = admin.post("/api/young-people", """
                {"givenName": "Maya", "dateOfBirth": "2010-02-03", "localId": "%s", "area": "east"}"""
                .formatted(unique("LA")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("field")).isEqualTo("familyName");
        assertThat(response.text("type")).isEqualTo("/problems/missing-field");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        var response = admin.post("/api/young-people", """
                {"givenName": "Maya", "famliyName": "Testford", "dateOfBirth": "2010-02-03",
                 "localId": "%s", "area": "east"}""".formatted(unique("LA")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("famliyName");
    }

    @Test
    void aDateInTheWrongFormatNamesTheField() {
        var response = admin.post("/api/young-people", """
                {"givenName": "Maya", "familyName": "Testford", "dateOfBirth": "03/02/2010",
                 "localId": "%s", "area": "east"}""".formatted(unique("LA")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("field")).isEqualTo("dateOfBirth");
        assertThat(response.text("detail")).contains("YYYY-MM-DD");
    }

    @Test
    void anUnknownRecordIsNotFound() {
        var response = admin.get("/api/young-people/no-such-id");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void assigningSomeoneWhoIsNotACoordinatorIsRefused() {
        String id = fixtures.youngPerson();
        var manager = fixtures.user("MANAGER");
        String username = manager.get("/api/me").text("username");

        var response = admin.put("/api/young-people/" + id + "/coordinators/" + username, null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("field")).isEqualTo("username");
    }

    @Test
    void assignsAndUnassignsACoordinator() {
        String id = fixtures.youngPerson();
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.get("/api/me").text("username");

        var assigned = admin.put("/api/young-people/" + id + "/coordinators/" + username, null);
        assertThat(assigned.json().path("coordinators").valueStream().map(n -> n.asString()))
                .containsExactly(username);
        assertThat(coordinator.get("/api/young-people/" + id).status()).isEqualTo(200);

        var unassigned = admin.delete("/api/young-people/" + id + "/coordinators/" + username);
        assertThat(unassigned.json().path("coordinators").isEmpty()).isTrue();
        assertThat(coordinator.get("/api/young-people/" + id).status()).isEqualTo(404);
    }
}
