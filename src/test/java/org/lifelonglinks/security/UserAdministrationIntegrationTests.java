package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/** Changing accounts over HTTP: roles, display name, enabled, and password resets, with their rules and audit. */
class UserAdministrationIntegrationTests extends IntegrationTest {

    @Test
    void anAdministratorChangesRolesAndNameAndTheChangeIsAuditedWithoutAPassword() {
        var worker = fixtures.user("COORDINATOR");

        var changed = admin.patch("/api/users/" + worker.username(), """
                {"displayName": "Casey Testchanged", "roles": ["COORDINATOR", "SOCIAL_WORKER"]}""");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("displayName")).isEqualTo("Casey Testchanged");
        assertThat(changed.json().path("roles").toString()).contains("COORDINATOR", "SOCIAL_WORKER");
        assertThat(changed.json().path("enabled").asBoolean()).isTrue();
        assertThat(worker.get("/api/me").json().path("roles").toString()).contains("SOCIAL_WORKER");
        var entries = admin.get("/api/audit?action=USER_UPDATED&username=admin&limit=20").json();
        assertThat(entries.valueStream().map(e -> e.path("detail").asString())
                .filter(d -> d.contains(worker.username())).findFirst().orElseThrow())
                .contains("[COORDINATOR] to [COORDINATOR, SOCIAL_WORKER]", "display name changed");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        var worker = fixtures.user("MANAGER");

        assertThat(admin.patch("/api/users/" + worker.username(), "{\"enabled\": false}").status()).isEqualTo(200);
        assertThat(worker.get("/api/me").status()).isEqualTo(401);

        assertThat(admin.patch("/api/users/" + worker.username(), "{\"enabled\": true}").status()).isEqualTo(200);
        assertThat(worker.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aYoungPersonsAccountHoldsNoOtherRoleAndAWorkerCannotBecomeOne() {
        String youngPersonId = fixtures.youngPerson();
        var own = fixtures.user("YOUNG_PERSON", youngPersonId);
        var worker = fixtures.user("COORDINATOR");

        var mixed = admin.patch("/api/users/" + own.username(), "{\"roles\": [\"YOUNG_PERSON\", \"COORDINATOR\"]}");
        var becomesWorker = admin.patch("/api/users/" + own.username(), "{\"roles\": [\"COORDINATOR\"]}");
        var becomesYoungPerson = admin.patch("/api/users/" + worker.username(), "{\"roles\": [\"YOUNG_PERSON\"]}");

        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.text("field")).isEqualTo("roles");
        assertThat(becomesWorker.status()).isEqualTo(422);
        assertThat(becomesWorker.text("detail")).contains("holds no other role");
        assertThat(becomesYoungPerson.status()).isEqualTo(422);
        assertThat(becomesYoungPerson.text("field")).isEqualTo("roles");
        assertThat(own.get("/api/me").json().path("roles").toString()).isEqualTo("[\"YOUNG_PERSON\"]");
        assertThat(admin.patch("/api/users/" + own.username(), "{\"displayName\": \"Robin's own\"}").status())
                .as("a young person's account can still be renamed").isEqualTo(200);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRoleOrDisableThemself() {
        String username = unique("admin");
        assertThat(admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Second Admin", "roles": ["ADMIN"]}"""
                .formatted(username, PASSWORD)).status()).isEqualTo(201);
        var second = Api.at(port).as(username, PASSWORD);

        var ownRole = second.patch("/api/users/" + username, "{\"roles\": [\"COORDINATOR\"]}");
        var ownAccount = second.patch("/api/users/" + username, "{\"enabled\": false}");
        var nothingWritten = second.get("/api/me").json();

        assertThat(ownRole.status()).isEqualTo(422);
        assertThat(ownRole.text("field")).isEqualTo("roles");
        assertThat(ownAccount.status()).isEqualTo(422);
        assertThat(ownAccount.text("field")).isEqualTo("enabled");
        assertThat(nothingWritten.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(nothingWritten.path("enabled").asBoolean()).isTrue();
        assertThat(second.patch("/api/users/" + username, "{\"roles\": [\"ADMIN\", \"MANAGER\"]}").status())
                .as("adding a role to oneself is fine").isEqualTo(200);
        assertThat(admin.patch("/api/users/" + username, "{\"roles\": [\"MANAGER\"]}").status())
                .as("another administrator may take it away").isEqualTo(200);
    }

    @Test
    void badChangesAreProblemDetailsAndAnUnknownAccountIsNotFound() {
        var worker = fixtures.user("COORDINATOR");

        var unknown = admin.patch("/api/users/" + unique("nobody"), "{\"enabled\": false}");
        var blankName = admin.patch("/api/users/" + worker.username(), "{\"displayName\": \" \"}");
        var noRoles = admin.patch("/api/users/" + worker.username(), "{\"roles\": []}");
        var nothing = admin.patch("/api/users/" + worker.username(), "{}");
        var unknownRole = admin.patch("/api/users/" + worker.username(), "{\"roles\": [\"KING\"]}");
        var notAdmin = worker.patch("/api/users/" + worker.username(), "{\"roles\": [\"ADMIN\"]}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("/problems/not-found");
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(blankName.text("field")).isEqualTo("displayName");
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.text("field")).isEqualTo("roles");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.text("detail")).contains("Nothing to change");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(unknown.contentType()).contains("application/problem+json");
    }

    @Test
    void anAdministratorSetsANewPasswordWhichIsAuditedButNeverShown() {
        var worker = fixtures.user("COORDINATOR");
        String fresh = "a-brand-new-password-2";

        var tooShort = admin.put("/api/users/" + worker.username() + "/password", "{\"password\": \"short-one\"}");
        var reset = admin.put("/api/users/" + worker.username() + "/password", "{\"password\": \"" + fresh + "\"}");
        var unknown = admin.put("/api/users/" + unique("nobody") + "/password", "{\"password\": \"" + fresh + "\"}");

        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text("field")).isEqualTo("password");
        assertThat(tooShort.body()).doesNotContain("short-one");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(reset.body()).isEmpty();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(worker.get("/api/me").status()).as("the old password no longer works").isEqualTo(401);
        assertThat(Api.at(port).as(worker.username(), fresh).get("/api/me").status()).isEqualTo(200);
        var audit = admin.get("/api/audit?action=PASSWORD_RESET&username=admin&limit=50").body();
        assertThat(audit).contains(worker.username()).doesNotContain(fresh);
        assertThat(worker.put("/api/users/" + worker.username() + "/password", "{\"password\": \"" + fresh + "1\"}")
                .status()).as("only administrators").isIn(401, 403);
    }
}
