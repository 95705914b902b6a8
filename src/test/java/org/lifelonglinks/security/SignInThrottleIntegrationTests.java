package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;

/**
 * Wrong passwords over HTTP from distinct client addresses: the test connects from several loopback addresses
 * (127.0.0.x), which the service sees as different machines without any proxy configuration. Every test uses
 * addresses of its own, since blocks outlive a test.
 */
class SignInThrottleIntegrationTests extends IntegrationTest {

    @Test
    void aStrangersWrongPasswordsFromOneAddressDoNotStopTheOwnerSigningInFromAnother() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.username();
        Api stranger = Api.at(port).as(username, "guessed-password").from("127.0.0.2");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(stranger.get("/api/me").status()).as("attempt " + attempt).isEqualTo(401);
        }

        var blocked = Api.at(port).as(username, PASSWORD).from("127.0.0.2").get("/api/me");
        assertThat(blocked.status()).as("even the right password, from the blocked address").isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.text("type")).isEqualTo("/problems/too-many-sign-ins");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);

        assertThat(coordinator.get("/api/me").status()).as("the owner, from another address").isEqualTo(200);
        assertThat(coordinator.from("127.0.0.12").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void failuresAndTheBlockAreAuditedWithTheAddressAndTheBlocksEnd() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.username();
        Api stranger = Api.at(port).as(username, "guessed-password").from("127.0.0.3");
        for (int attempt = 0; attempt < 5; attempt++) {
            stranger.get("/api/me");
        }

        var failed = admin.get("/api/audit?action=SIGN_IN_FAILED&username=" + username).json();
        assertThat(failed.size()).isEqualTo(5);
        assertThat(failed.get(0).path("detail").asString()).contains("from 127.0.0.3");
        var blocks = admin.get("/api/audit?action=SIGN_IN_BLOCKED&username=" + username).json();
        assertThat(blocks.size()).isEqualTo(1);
        assertThat(blocks.get(0).path("detail").asString()).contains("127.0.0.3", "blocked for this account until");
        var account = admin.get("/api/users").json().valueStream()
                .filter(u -> u.path("username").asString().equals(username)).findFirst().orElseThrow();
        assertThat(account.path("lockedUntil").isNull()).isFalse();
        assertThat(account.path("blockedAddresses").get(0).path("address").asString()).isEqualTo("127.0.0.3");
    }

    @Test
    void theAnswerToEachWrongPasswordIsHeldBackTwiceAsLongAsTheOneBefore() {
        var coordinator = fixtures.user("COORDINATOR");
        Api stranger = Api.at(port).as(coordinator.username(), "guessed-password").from("127.0.0.4");
        long[] millis = new long[4];
        for (int attempt = 0; attempt < 4; attempt++) {
            long start = System.nanoTime();
            assertThat(stranger.get("/api/me").status()).isEqualTo(401);
            millis[attempt] = (System.nanoTime() - start) / 1_000_000;
        }

        assertThat(millis[0]).isGreaterThanOrEqualTo(FIRST_DELAY_MILLIS);
        assertThat(millis[3]).as("the fourth: 8 × the first delay").isGreaterThanOrEqualTo(8L * FIRST_DELAY_MILLIS);
    }

    @Test
    void anAdministratorsUnlockLiftsTheBlocksOnTheAccount() {
        var coordinator = fixtures.user("COORDINATOR");
        Api stranger = Api.at(port).as(coordinator.username(), "guessed-password").from("127.0.0.5");
        for (int attempt = 0; attempt < 5; attempt++) {
            stranger.get("/api/me");
        }
        Api ownerThere = coordinator.from("127.0.0.5");
        assertThat(ownerThere.get("/api/me").status()).isEqualTo(429);

        assertThat(admin.post("/api/users/" + coordinator.username() + "/unlock", null).status()).isEqualTo(204);

        assertThat(ownerThere.get("/api/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/audit?action=ACCOUNT_UNLOCKED").json().get(0).path("detail").asString())
                .isEqualTo("account " + coordinator.username() + ": 1 blocked client address lifted");
        assertThat(admin.post("/api/users/no-such-" + UUID.randomUUID() + "/unlock", null).status()).isEqualTo(404);
    }

    @Test
    void tryingPasswordsOnManyAccountsFromOneAddressBlocksTheAddressForEveryAccountAndEveryToken() throws Exception {
        String token = admin.post("/api/me/tokens", """
                {"name": "spray test", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(1))).text("token");
        String sprayer = "127.0.0.6";
        // One guess at each of 50 invented names (the default limit per address): no single account reaches 5.
        try (var threads = Executors.newFixedThreadPool(4)) {
            var answers = IntStream.range(0, 50).mapToObj(i -> threads.submit(() -> Api.at(port)
                    .as("sprayed-" + UUID.randomUUID(), "Password1!").from(sprayer).get("/api/me").status())).toList();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        }

        assertThat(Api.at(port).as("admin", ADMIN_PASSWORD).from(sprayer).get("/api/me").status())
                .as("the right password of an account never tried from there").isEqualTo(429);
        assertThat(Api.at(port).withToken(token).from(sprayer).get("/api/me").status()).isEqualTo(429);
        assertThat(Api.at(port).withToken(token).get("/api/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/audit?action=ADDRESS_BLOCKED&limit=100").json().valueStream()
                .filter(e -> e.path("detail").asString().startsWith("client " + sprayer + " blocked for every account"))
                .count()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInForgetsThatAddressesEarlierFailures() {
        var coordinator = fixtures.user("COORDINATOR");
        Api wrong = Api.at(port).as(coordinator.username(), "wrong-password-x").from("127.0.0.7");
        Api right = coordinator.from("127.0.0.7");
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(wrong.get("/api/me").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/me").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(wrong.get("/api/me").status()).isEqualTo(401);
        }

        assertThat(right.get("/api/me").status()).as("4 + 4 failures, not 5 in a row").isEqualTo(200);
    }

}
