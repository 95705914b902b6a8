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

    /** A young person called {@code givenName} Testbrook, referred by {@code as}, with consent on record. */
    public String youngPersonNamed(Api as, String givenName) {
        String id = referred(as, givenName);
        consent(as, id);
        return id;
    }

    /** A young person referred without consent: no tracing or contact for them until it is recorded. */
    public String youngPersonWithoutConsent(Api as) {
        return referred(as, "Robin");
    }

    private String referred(Api as, String givenName) {
        var response = as.post("/api/young-people", """
                {"givenName": "%s", "familyName": "Testbrook", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east"}""".formatted(givenName, "LL-" + UUID.randomUUID()));
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
        return person(youngPersonId, givenName, familyName, 1980);
    }

    /** A relative the young person lost touch with, born in {@code birthYear}, added by the administrator. */
    public String person(String youngPersonId, String givenName, String familyName, int birthYear) {
        var response = admin.post("/api/young-people/" + youngPersonId + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": %d, "relationship": "relative",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(givenName, familyName, birthYear));
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
