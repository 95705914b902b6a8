package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

class UserIntegrationTests extends IntegrationTest {

    @Test
    void anAdministratorMakesAnAccountThatCanSignIn() {
        String username = unique("coord");

        var created = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Casey Test", "roles": ["COORDINATOR"]}"""
                .formatted(username, PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(PASSWORD, "passwordHash");
        var me = Api.at(port).as(username, PASSWORD).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").get(0).asString()).isEqualTo("COORDINATOR");
        assertThat(admin.get("/api/users").body()).contains(username).doesNotContain("bcrypt");
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        String username = unique("hash");
        admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Hash Test", "roles": ["MANAGER"]}"""
                .formatted(username, PASSWORD));

        String stored = driver.executableQuery("MATCH (u:UserAccount {username: $u}) RETURN u.passwordHash AS h")
                .withParameters(Map.of("u", username)).execute().records().getFirst().get("h").asString();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void aUsernameCanBeTakenOnlyOnce() {
        String username = unique("twice");
        String body = """
                {"username": "%s", "password": "%s", "displayName": "Twice", "roles": ["MANAGER"]}"""
                .formatted(username, PASSWORD);
        admin.post("/api/users", body);

        var again = admin.post("/api/users", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("field")).isEqualTo("username");
    }

    @Test
    void refusesWeakPasswordsUnknownRolesAndLooseYoungPersonAccounts() {
        var shortPassword = admin.post("/api/users", """
                {"username": "%s", "password": "short", "displayName": "X", "roles": ["MANAGER"]}"""
                .formatted(unique("weak")));
        var unknownRole = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "X", "roles": ["SUPERUSER"]}"""
                .formatted(unique("role"), PASSWORD));
        var noYoungPerson = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "X", "roles": ["YOUNG_PERSON"]}"""
                .formatted(unique("yp"), PASSWORD));
        var missingYoungPerson = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "X", "roles": ["YOUNG_PERSON"],
                 "youngPersonId": "nobody"}""".formatted(unique("yp"), PASSWORD));
        var mixedRoles = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "X", "roles": ["YOUNG_PERSON", "ADMIN"],
                 "youngPersonId": "nobody"}""".formatted(unique("yp"), PASSWORD));

        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.text("field")).isEqualTo("password");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.text("field")).isEqualTo("roles[0]");
        assertThat(noYoungPerson.status()).isEqualTo(400);
        assertThat(noYoungPerson.text("field")).isEqualTo("youngPersonId");
        assertThat(missingYoungPerson.status()).isEqualTo(422);
        assertThat(mixedRoles.status()).isEqualTo(422);
        assertThat(mixedRoles.text("field")).isEqualTo("roles");
    }
}
