package org.lifelonglinks.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

class OwnNetworkIntegrationTests extends IntegrationTest {

    @Test
    void aYoungPersonSeesTheirNetworkWithoutHiddenPeopleOrPrivateFields() {
        String youngPerson = fixtures.youngPerson();
        var visible = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Nora", "familyName": "Testvisible", "knownAs": "Nanna Nora",
                 "dateOfBirth": "1955-06-07", "town": "Testhampton", "postcode": "CV3 4QQ",
                 "relationship": "grandmother", "category": "FAMILY", "baseline": "OCCASIONAL"}""");
        String nora = visible.text("personId");
        admin.put("/api/people/" + nora + "/contact-details",
                "{\"phone\": \"07700 900777\", \"address\": \"9 Secret Row\"}");
        var hidden = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Vance", "familyName": "Testhidden", "relationship": "birth father",
                 "category": "FAMILY", "baseline": "NEVER_MET", "hiddenFromYoungPerson": true}""");
        String vance = hidden.text("personId");
        admin.post("/api/people/" + youngPerson + "/kin", "{\"personId\": \"" + vance + "\", \"kind\": \"PARENT\"}");
        var account = fixtures.user("YOUNG_PERSON", youngPerson);

        var response = account.get("/api/me/network");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("people").get(0).path("name").asString()).isEqualTo("Nanna Nora");
        assertThat(response.json().path("people").get(0).path("relationship").asString()).isEqualTo("grandmother");
        assertThat(response.body())
                .doesNotContain("Vance", "Testhidden", vance, "birth father")
                .doesNotContain("Testhampton", "CV3 4QQ", "1955", "07700 900777", "9 Secret Row")
                .doesNotContain("town", "postcode", "dateOfBirth", "birthYear", "baseline", "localId", "wish");
        assertThat(response.json().path("kinship").isEmpty()).isTrue();
    }

    @Test
    void hidingAPersonLaterRemovesThemFromTheYoungPersonsView() {
        String youngPerson = fixtures.youngPerson();
        var added = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Cora", "familyName": "Testlater", "relationship": "aunt", "category": "FAMILY",
                 "baseline": "LOST_TOUCH"}""");
        var account = fixtures.user("YOUNG_PERSON", youngPerson);
        assertThat(account.get("/api/me/network").body()).contains("Cora");

        var patched = admin.patch("/api/young-people/" + youngPerson + "/connections/" + added.text("connectionId"),
                "{\"hiddenFromYoungPerson\": true, \"relationship\": \"maternal aunt\"}");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("relationship")).isEqualTo("maternal aunt");
        assertThat(patched.text("baseline")).isEqualTo("LOST_TOUCH");
        assertThat(account.get("/api/me/network").body()).doesNotContain("Cora", "Testlater");
        assertThat(admin.get("/api/young-people/" + youngPerson + "/network").body()).contains("Cora");
    }

    @Test
    void onlyYoungPeoplesOwnAccountsHaveThisView() {
        assertThat(admin.get("/api/me/network").status()).isEqualTo(403);
        assertThat(fixtures.user("COORDINATOR").get("/api/me/network").status()).isEqualTo(403);
    }

    @Test
    void anotherYoungPersonsConnectionCannotBeChanged() {
        var coordinator = fixtures.user("COORDINATOR");
        String theirs = fixtures.youngPerson();
        var added = admin.post("/api/young-people/" + theirs + "/people", """
                {"givenName": "Cora", "relationship": "aunt", "category": "FAMILY", "baseline": "LOST_TOUCH"}""");
        String mine = fixtures.youngPerson(coordinator);

        assertThat(coordinator.patch("/api/young-people/" + theirs + "/connections/" + added.text("connectionId"),
                "{\"hiddenFromYoungPerson\": true}").status()).isEqualTo(404);
        assertThat(coordinator.patch("/api/young-people/" + mine + "/connections/" + added.text("connectionId"),
                "{\"hiddenFromYoungPerson\": true}").status()).isEqualTo(404);
    }
}
