package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

/** The headers every answer carries, and the failures that never reach a controller, over real HTTP. */
class HttpEdgesIntegrationTests extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyNoReferrerAndNoCameraMicrophoneOrLocation() throws Exception {
        for (String path : new String[] {"/login", "/api/me", "/error", "/css/app.css"}) {
            var answer = send(request(path));

            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValue(
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValue("camera=(), microphone=(), geolocation=()");
        }
    }

    @Test
    void overTlsEndedAtAProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var overTls = send(request("/caseload").header("X-Forwarded-Proto", "https"));
        var plain = send(request("/caseload"));

        assertThat(overTls.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID=")
                && cookie.contains("Secure") && cookie.contains("HttpOnly"));
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(plain.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID=")
                && !cookie.contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void errorAskedForDirectlyIsANotFoundProblemNotStatus999() throws Exception {
        var answer = send(request("/error"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"/problems/not-found\"").doesNotContain("999");
    }

    @Test
    void errorAskedForByABrowserIsThePage() throws Exception {
        var answer = send(request("/error").header("Accept", "text/html,application/xhtml+xml"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("<html").doesNotContain("Whitelabel", "999");
    }

    @Test
    void anEncodedSlashInAnApiPathIsAProblemDetailNotTomcatsPage() throws Exception {
        var answer = send(signedIn("/api/people/a%2Fb"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("/problems/malformed-request").doesNotContain("Tomcat", "<html");
    }

    @Test
    void dotDotInAnApiPathIsAProblemDetailNotSpringsDefaultJson() throws Exception {
        var answer = send(signedIn("/api/directories/.."));

        assertThat(answer.statusCode()).isBetween(400, 404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"/problems/").doesNotContain("timestamp", "Tomcat");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder signedIn(String path) {
        return request(path).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
