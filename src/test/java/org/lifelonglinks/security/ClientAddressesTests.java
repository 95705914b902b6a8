package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new SignInProperties(5, Duration.ofMinutes(15), Duration.ofSeconds(1), 50,
                List.of(proxies), true, Duration.ofDays(366), 10));
    }

    private static MockHttpServletRequest from(String remote, String... forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void ignoresForwardedForWhenNoProxyIsTrusted() {
        assertThat(trusting().of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresForwardedForFromAnAddressThatIsNotATrustedProxy() {
        assertThat(trusting("10.0.0.2").of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheNearestUntrustedHopBehindTrustedProxiesNotWhatTheClientWroteFurtherLeft() {
        var addresses = trusting("10.0.0.2", "10.0.0.3");

        assertThat(addresses.of(from("10.0.0.2", "192.0.2.66, 203.0.113.9, 10.0.0.3"))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(from("10.0.0.2", "192.0.2.66", "203.0.113.9"))).as("several headers")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void usesTheProxysOwnAddressWhenItForwardsNothing() {
        assertThat(trusting("10.0.0.2").of(from("10.0.0.2"))).isEqualTo("10.0.0.2");
    }
}
