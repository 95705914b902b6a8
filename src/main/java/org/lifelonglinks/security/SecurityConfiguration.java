package org.lifelonglinks.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request needs a signed-in user. Scripts use HTTP Basic; no session is kept for them, so there is no
 * cookie a forged cross-site request could ride on, and CSRF tokens are not needed for {@code /api/**}.
 * Role rules here are coarse; which young people a user may reach is decided per record by
 * {@link CaseloadAccess}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/users/**", "/api/audit/**", "/api/directories/**", "/api/case-imports/**")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/reports/**").hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
                        .requestMatchers("/api/trace").hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(),
                                Role.SOCIAL_WORKER.name())
                        .requestMatchers(HttpMethod.PUT, "/api/young-people/*/coordinators/*",
                                "/api/young-people/*/social-workers/*").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/young-people/*/coordinators/*",
                                "/api/young-people/*/social-workers/*").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/young-people/**", "/api/people/**").hasAnyRole(
                                Role.ADMIN.name(), Role.COORDINATOR.name(), Role.SOCIAL_WORKER.name(),
                                Role.YOUNG_PERSON.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Lifelong Links\"");
                    writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "/problems/unauthenticated",
                            "Unauthenticated", "Sign in to use the service");
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "/problems/forbidden", "Forbidden",
                                "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    private static void writeProblem(HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(type, title, status, detail));
    }
}
