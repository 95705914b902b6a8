package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/** Scripts signing in with API tokens over HTTP: made, listed, used, revoked, refused, and bound by the account's rules. */
class ApiTokenIntegrationTests extends IntegrationTest {

    private static String tomorrow() {
        return LocalDate.now().plusDays(1).toString();
    }

    /** A token just made: its id and the secret. */
    private record Made(String id, String token) {
        Api client(int port) {
            return Api.at(port).withToken(token);
        }
    }

    private static Made create(Api as, String path) {
        var made = as.post(path, """
                {"name": "nightly import", "expiresOn": "%s"}""".formatted(tomorrow()));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Cache-Control")).isEqualTo("no-store");
        return new Made(made.text("id"), made.text("token"));
    }

    @Test
    void aScriptSignsInWithATokenThatIsShownOnceAndStoredOnlyAsItsHash() {
        var coordinator = fixtures.user("COORDINATOR");
        var made = coordinator.post("/api/me/tokens", """
                {"name": "nightly import", "expiresOn": "%s"}""".formatted(tomorrow()));
        String token = made.text("token");
        String id = made.text("id");

        assertThat(token).startsWith("llt_").hasSizeGreaterThanOrEqualTo(4 + 43);
        var me = Api.at(port).withToken(token).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo(coordinator.username());
        var listed = coordinator.get("/api/me/tokens");
        assertThat(listed.body()).contains(id, "nightly import", token.substring(0, 10)).doesNotContain(token);
        assertThat(listed.json().get(0).path("lastUsedAt").isNull()).as("use is noted").isFalse();
        var stored = driver.executableQuery("MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS p")
                .withParameters(Map.of("id", id)).execute().records().getFirst().get("p").asMap();
        assertThat(stored.get("hash")).isEqualTo(ApiTokens.hash(token));
        assertThat(stored.values()).doesNotContain(token);
        assertThat(admin.get("/api/audit?action=TOKEN_CREATED&username=" + coordinator.username()).json().size())
                .isEqualTo(1);
    }

    @Test
    void aTokenHasTheAccountsCurrentRolesAndCaseloadAndNoMore() {
        var coordinator = fixtures.user("COORDINATOR");
        var script = create(coordinator, "/api/me/tokens").client(port);
        String notTheirs = fixtures.youngPerson();
        String theirs = fixtures.youngPerson(script);

        assertThat(script.get("/api/young-people/" + theirs).status()).isEqualTo(200);
        assertThat(script.get("/api/young-people/" + notTheirs).status()).as("not in the caseload").isEqualTo(404);
        assertThat(script.get("/api/users").status()).isEqualTo(403);

        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"roles\": [\"MANAGER\"]}").status())
                .isEqualTo(200);
        assertThat(script.get("/api/young-people/" + theirs).status()).as("the new role at once").isEqualTo(403);
    }

    @Test
    void aDisabledAccountsRevokedOrExpiredTokensAreRefusedAndAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        var disabled = create(coordinator, "/api/me/tokens");
        var revoked = create(coordinator, "/api/me/tokens");
        var expired = create(coordinator, "/api/me/tokens");
        driver.executableQuery("MATCH (t:ApiToken {id: $id}) SET t.expiresOn = date() - duration('P1D')")
                .withParameters(Map.of("id", expired.id())).execute();

        assertThat(coordinator.delete("/api/me/tokens/" + revoked.id()).status()).isEqualTo(204);
        assertThat(revoked.client(port).get("/api/me").status()).isEqualTo(401);
        assertThat(expired.client(port).get("/api/me").status()).isEqualTo(401);
        assertThat(disabled.client(port).get("/api/me").status()).isEqualTo(200);
        assertThat(coordinator.get("/api/me/tokens").body()).doesNotContain(revoked.id()).contains(disabled.id());
        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"enabled\": false}").status()).isEqualTo(200);
        var refused = disabled.client(port).get("/api/me");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("type")).isEqualTo("/problems/unauthenticated");
        assertThat(admin.get("/api/audit?action=TOKEN_REFUSED&username=" + coordinator.username()).json()
                .valueStream().map(e -> e.path("detail").asString().replaceAll(" from .*", "")).toList())
                .containsExactly("token of a disabled account", "expired token", "revoked token");
        assertThat(admin.get("/api/audit?action=TOKEN_REVOKED&username=" + coordinator.username()).json().size())
                .isEqualTo(1);
        assertThat(Api.at(port).withToken("llt_not-a-token-anyone-made").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeAnotherTokenButCanListAndRevokeItsOwn() {
        var coordinator = fixtures.user("COORDINATOR");
        var made = create(coordinator, "/api/me/tokens");
        var script = made.client(port);

        var minted = script.post("/api/me/tokens", """
                {"name": "longer lived", "expiresOn": "%s"}""".formatted(tomorrow()));
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.text("type")).isEqualTo("/problems/forbidden");
        assertThat(script.get("/api/me/tokens").json().size()).isEqualTo(1);
        assertThat(script.delete("/api/me/tokens/" + made.id()).status()).isEqualTo(204);
        assertThat(script.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorMakesListsAndRevokesAnotherUsersTokensAndNoOneElseCan() {
        var coordinator = fixtures.user("COORDINATOR");
        var other = fixtures.user("SOCIAL_WORKER");
        var made = create(admin, "/api/users/" + coordinator.username() + "/tokens");

        assertThat(made.client(port).get("/api/me").text("username")).isEqualTo(coordinator.username());
        assertThat(admin.get("/api/users/" + coordinator.username() + "/tokens").json().get(0).path("createdBy")
                .asString()).isEqualTo("admin");
        assertThat(other.post("/api/users/" + coordinator.username() + "/tokens", """
                {"name": "theirs", "expiresOn": "%s"}""".formatted(tomorrow())).status()).isEqualTo(403);
        assertThat(other.delete("/api/me/tokens/" + made.id()).status()).as("not theirs").isEqualTo(404);
        assertThat(made.client(port).get("/api/me").status()).isEqualTo(200);

        assertThat(admin.delete("/api/users/" + coordinator.username() + "/tokens/" + made.id()).status())
                .isEqualTo(204);
        assertThat(made.client(port).get("/api/me").status()).isEqualTo(401);
        assertThat(admin.post("/api/users/no-such-account/tokens", """
                {"name": "x", "expiresOn": "%s"}""".formatted(tomorrow())).status()).isEqualTo(404);
    }

    @Test
    void aTokenMustNameWhatItIsForAndExpireWithinAYear() {
        var coordinator = fixtures.user("COORDINATOR");

        var past = coordinator.post("/api/me/tokens", """
                {"name": "old", "expiresOn": "%s"}""".formatted(LocalDate.now().minusDays(1)));
        var far = coordinator.post("/api/me/tokens", """
                {"name": "for ever", "expiresOn": "%s"}""".formatted(LocalDate.now().plusYears(2)));
        var unnamed = coordinator.post("/api/me/tokens", """
                {"expiresOn": "%s"}""".formatted(tomorrow()));

        assertThat(past.status()).isEqualTo(422);
        assertThat(past.text("field")).isEqualTo("expiresOn");
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.text("field")).isEqualTo("expiresOn");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.text("field")).isEqualTo("name");
    }

    @Test
    void aBearerRequestWithoutASessionNeedsNoCsrfToken() {
        var coordinator = fixtures.user("COORDINATOR");
        var script = create(coordinator, "/api/me/tokens").client(port);

        String id = fixtures.youngPerson(script);

        assertThat(coordinator.get("/api/young-people/" + id).status()).isEqualTo(200);
    }
}
