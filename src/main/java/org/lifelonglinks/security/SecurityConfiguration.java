package org.lifelonglinks.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every request needs a signed-in user, in one of two ways:
 * <ul>
 *   <li><b>People in a browser</b> sign in through the login form. The session cookie is HttpOnly and SameSite;
 *   every change they send (a form, or the pages' calls to {@code /api/**}) must carry the CSRF token, which the
 *   pages read from the {@code XSRF-TOKEN} cookie.</li>
 *   <li><b>Scripts</b> send an API token ({@code Authorization: Bearer}, {@link BearerTokenFilter}) or HTTP Basic
 *   (unless {@code lifelinks.sign-in.basic-enabled} is false) on each request. No session is made for them, so such
 *   a request without a session cookie has nothing a forged cross-site request could ride on, and needs no CSRF
 *   token.</li>
 * </ul>
 * Passwords are checked under the {@link SignInThrottle} either way ({@link ThrottledSignIn}): repeated wrong ones
 * block the client that sends them, not the account. Role rules here are coarse, for
 * the API and the pages alike; which young people a user may reach is decided per record by
 * {@link CaseloadAccess}. A young person's account is the exception to "coarse": it is refused everything but its
 * own page and {@code /api/me/**} before any other rule is read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Requests answered with problem details rather than pages: the JSON API and its OpenAPI description. */
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs.yaml"));

    /**
     * All a young person's account may reach: its own page, the start page that leads there, signing out, and its
     * own projection under {@code /api/me} (which answers only for the signed-in user, so it is open to every
     * signed-in account; {@code /me} itself is a young person's page).
     */
    private static final RequestMatcher YOUNG_PERSONS_OWN = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/"),
            PathPatternRequestMatcher.withDefaults().matcher("/logout"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/me"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/me/**"));

    @Bean
    PasswordEncoder passwordEncoder(SignInProperties signIn) {
        return PasswordHashing.encoder(signIn.bcryptStrength());
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, AccountUserDetailsService accounts, PasswordEncoder encoder,
            SignInThrottle throttle, ClientAddresses clientAddresses, ApiTokens tokens, SignInProperties signIn,
            ApplicationEventPublisher events) throws Exception {
        String admin = Role.ADMIN.name();
        String coordinator = Role.COORDINATOR.name();
        String socialWorker = Role.SOCIAL_WORKER.name();
        String manager = Role.MANAGER.name();
        String youngPerson = Role.YOUNG_PERSON.name();
        AuthenticationEntryPoint problem = (request, response, e) -> {
            if (e instanceof SignInThrottledException blocked) {
                tooManySignIns(response, blocked);
                return;
            }
            if (!isPageCall(request)) {
                if (signIn.basicEnabled()) {
                    response.addHeader("WWW-Authenticate", "Basic realm=\"Lifelong Links\"");
                }
                response.addHeader("WWW-Authenticate", "Bearer realm=\"Lifelong Links\"");
            }
            writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "/problems/unauthenticated",
                    "Unauthenticated", "Sign in to use the service");
        };
        http
                .authenticationManager(throttledPasswords(accounts, encoder, throttle, events))
                .addFilterBefore(new BearerTokenFilter(tokens, clientAddresses, problem), BasicAuthenticationFilter.class);
        if (signIn.basicEnabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problem).authenticationDetailsSource(clientAddresses));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
                                .permitAll()
                        // Probes for the load balancer: status only; details need an administrator.
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                                .permitAll()
                        // A young person's account reaches its own page and its own API, and nothing else: every
                        // other path is refused to it here, whatever rules below would say, so an endpoint added
                        // later is closed to young people until it is deliberately put under /api/me/.
                        .requestMatchers("/me", "/me/**").hasRole(youngPerson)
                        .requestMatchers(YOUNG_PERSONS_OWN).authenticated()
                        .requestMatchers(SecurityConfiguration::signedInAsAYoungPerson).denyAll()
                        .requestMatchers("/actuator/**", "/api/backup").hasRole(admin)
                        .requestMatchers("/api/users/**", "/api/audit/**", "/api/directories/**", "/api/case-imports/**",
                                "/api/tracing-index/**", "/api/retention/**", "/api/erasure-requests/**")
                                .hasRole(admin)
                        .requestMatchers("/api/notices/**").hasAnyRole(admin, coordinator, socialWorker)
                        .requestMatchers("/api/reports/**").hasAnyRole(admin, manager)
                        .requestMatchers("/api/trace", "/api/tasks", "/api/caseload").hasAnyRole(admin, coordinator,
                                socialWorker)
                        .requestMatchers("/api/notifications", "/api/notifications/**", "/notifications").hasAnyRole(
                                admin, coordinator, socialWorker)
                        .requestMatchers(HttpMethod.PUT, "/api/young-people/*/coordinators/*",
                                "/api/young-people/*/social-workers/*").hasRole(admin)
                        .requestMatchers(HttpMethod.DELETE, "/api/young-people/*/coordinators/*",
                                "/api/young-people/*/social-workers/*").hasRole(admin)
                        .requestMatchers("/api/young-people/**", "/api/people/**").hasAnyRole(
                                admin, coordinator, socialWorker)
                        // the pages
                        .requestMatchers("/admin/**").hasRole(admin)
                        .requestMatchers("/reports/**").hasAnyRole(admin, manager)
                        .requestMatchers("/caseload/**", "/young-people/**", "/approvals").hasAnyRole(
                                admin, coordinator, socialWorker)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .authenticationDetailsSource(clientAddresses)
                        .failureHandler(backToTheFormWithTheUsername()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(problem, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(forbidden()))
                // Remember a page someone asked for before signing in; never an API call (that would make a session).
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .csrf(csrf -> csrf
                        .spa()
                        .ignoringRequestMatchers(SecurityConfiguration::isScriptWithoutSession));
        return http.build();
    }

    /**
     * A call made by one of the pages' scripts (they all mark it) or by a browser that had a session. Such a 401 must
     * not carry a Basic challenge: the browser would answer with its password dialog and the page's call would never
     * settle, so its redirect to {@code /login?expired} would never run.
     */
    private static boolean isPageCall(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                || request.getRequestedSessionId() != null;
    }

    /**
     * Whether the request comes from a young person's account. The request is Spring Security's own wrapper by the
     * time rules are checked, so this reads the signed-in user's roles, not anything the request claims.
     */
    private static boolean signedInAsAYoungPerson(HttpServletRequest request) {
        return request.isUserInRole(Role.YOUNG_PERSON.name());
    }

    /** An HTTP Basic or Bearer request that brings no session cookie: a script, which a forged request cannot imitate. */
    private static boolean isScriptWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7))
                && request.getRequestedSessionId() == null;
    }

    /**
     * Passwords checked against the stored bcrypt hashes under the throttle. Built here rather than left to Boot so
     * the throttle cannot be bypassed by a second provider; the publisher keeps the sign-in events the auditor and
     * {@link AccountChanges} listen to.
     */
    private static AuthenticationManager throttledPasswords(AccountUserDetailsService accounts, PasswordEncoder encoder,
            SignInThrottle throttle, ApplicationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        var manager = new ProviderManager(new ThrottledSignIn(passwords, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** A blocked client: 429 with the time it may try again, and a problem type of its own. */
    static void tooManySignIns(HttpServletResponse response, SignInThrottledException blocked) throws IOException {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), blocked.blockedUntil())
                .toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        writeProblem(response, 429, "/problems/too-many-sign-ins", "Too many failed sign-ins",
                "Too many failed sign-ins from your address: try again after " + blocked.blockedUntil()
                        + ", or ask an administrator to unlock the account");
    }

    private static HttpSessionRequestCache pagesOnly() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request)
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
        return cache;
    }

    private static AuthenticationFailureHandler backToTheFormWithTheUsername() {
        return (request, response, e) -> {
            String username = request.getParameter("username");
            if (username != null && username.length() <= 60) {
                SignInForm.rememberUsername(request.getSession(), username);
            }
            response.sendRedirect(request.getContextPath()
                    + (e instanceof SignInThrottledException ? "/login?blocked" : "/login?error"));
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (API.matches(request)) {
                writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "/problems/forbidden", "Forbidden",
                        e instanceof CsrfException
                                ? "The security token is missing or out of date: reload the page and try again"
                                : "Your role does not allow this");
            } else {
                // A page: Boot's error page renders templates/error/403.html.
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    static void writeProblem(HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(type, title, status, detail));
    }
}
