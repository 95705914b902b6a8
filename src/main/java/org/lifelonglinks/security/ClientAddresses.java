package org.lifelonglinks.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Decides which address a request comes from, for sign-in throttling and the audit trail. The connection's address
 * unless it is one of the configured trusted proxies: only then is {@code X-Forwarded-For} read, from the right,
 * skipping the trusted proxies, because anything left of them was written by the client and can be invented.
 */
@Component
class ClientAddresses implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

    private final Set<String> trustedProxies;

    ClientAddresses(SignInProperties properties) {
        this.trustedProxies = Set.copyOf(properties.trustedProxies());
    }

    String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        var forwarded = request.getHeaders("X-Forwarded-For");
        var hops = new java.util.ArrayList<String>();
        while (forwarded.hasMoreElements()) {
            for (String hop : forwarded.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remote : hops.getFirst();
    }

    /** The details the form and HTTP Basic attach to a sign-in attempt: the client's address as decided here. */
    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        var session = request.getSession(false);
        return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
    }

    /** The client address recorded with an attempt; "unknown" if it came some other way. */
    static String of(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
