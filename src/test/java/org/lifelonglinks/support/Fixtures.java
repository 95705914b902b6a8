package org.lifelonglinks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Makes invented young people, people and accounts through the API, the way a coordinator would. */
public final class Fixtures {

    private final Api admin;
    private final int port;

    Fixtures(Api admin, int port) {
        this.admin = admin;
        this.port = port;
    }

    public String youngPerson() {
        return youngPerson(admin);
    }

    /** A young person referred by {@code as}, with their agreement and the lawful basis on record. */
    public String youngPerson(Api as) {
        String id = youngPersonWithoutConsent(as);
        consent(as, id);
        return id;
    }

    /** A young person referred without consent: no tracing or contact for them until it is recorded. */
    public String youngPersonWithoutConsent(Api as) {
        var response = as.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Testbrook", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east"}""".formatted("LL-" + UUID.randomUUID()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /** Records the young person's agreement, parental consent not needed, on the public task basis. */
    public void consent(Api as, String youngPersonId) {
        var response = as.put("/api/young-people/" + youngPersonId + "/consent", """
                {"youngPersonAgreed": true, "parentalConsent": "NOT_NEEDED", "lawfulBasis": "PUBLIC_TASK"}""");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    public void consent(String youngPersonId) {
        consent(admin, youngPersonId);
    }

    public String person(String youngPersonId, String givenName, String familyName) {
        var response = admin.post("/api/young-people/" + youngPersonId + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": 1980, "relationship": "relative",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(givenName, familyName));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    /** Makes an account and returns a client signed in as it. */
    public Api user(String role) {
        return user(role, null);
    }

    public Api user(String role, String youngPersonId) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        var response = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Test %s", "roles": ["%s"]%s}"""
                .formatted(username, IntegrationTest.PASSWORD, role, role,
                        youngPersonId == null ? "" : ", \"youngPersonId\": \"" + youngPersonId + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Api.at(port).as(username, IntegrationTest.PASSWORD);
    }

    public void assign(String youngPersonId, Api worker, String role) {
        String username = worker.get("/api/me").text("username");
        String path = role.equals("COORDINATOR") ? "coordinators" : "social-workers";
        var response = admin.put("/api/young-people/" + youngPersonId + "/" + path + "/" + username, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
