package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;

/** A service with HTTP Basic switched off: a service of its own, since the setting shapes the security chain. */
@TestPropertySource(properties = "lifelinks.sign-in.basic-enabled=false")
class BasicSwitchedOffIntegrationTests extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void aPasswordSentAsBasicIsRefusedAndATokenStillWorks() {
        // Without Basic the token is made as the form's session would make it: straight through the service.
        var signedIn = UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of());
        String token = tokens.create(signedIn, "admin", new NewApiToken("basic off", LocalDate.now().plusDays(1)))
                .token();

        var basic = admin.get("/api/me");

        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.headers().allValues("www-authenticate")).containsExactly("Bearer realm=\"Lifelong Links\"");
        assertThat(Api.at(port).withToken(token).get("/api/me").text("username")).isEqualTo("admin");
    }
}
