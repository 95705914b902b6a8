package org.lifelonglinks.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>} ({@link ApiTokens}). Like HTTP Basic it
 * makes no session: the token is checked on every request. A refused token is answered at once (401, or 429 while
 * the address is blocked); it does not fall through to an anonymous request. Not a bean, so the servlet container
 * does not run it a second time outside the security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ClientAddresses addresses;
    private final AuthenticationEntryPoint refused;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, ClientAddresses addresses, AuthenticationEntryPoint refused) {
        this.tokens = tokens;
        this.addresses = addresses;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            var principal = tokens.authenticate(authorization.substring(7).strip(), addresses.of(request));
            var context = contexts.createEmptyContext();
            context.setAuthentication(new TokenAuthentication(principal));
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            contexts.clearContext();
            refused.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }
}
