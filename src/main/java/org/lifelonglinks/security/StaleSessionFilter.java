package org.lifelonglinks.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose account changed after it began (roles, disabled, new password: see
 * {@link AccountChanges}), before the request reaches a page or the API. The user signs in again and gets what
 * the account allows now. Runs after the security filters, which have put the session's user in place.
 */
@Component
class StaleSessionFilter extends OncePerRequestFilter {

    private final AccountChanges changes;

    StaleSessionFilter(AccountChanges changes) {
        this.changes = changes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && changes.predatesAChange(principal.getUsername(), session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("""
                        {"type":"/problems/unauthenticated","title":"Unauthenticated","status":401,\
                        "detail":"Your account was changed: sign in again"}""");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
