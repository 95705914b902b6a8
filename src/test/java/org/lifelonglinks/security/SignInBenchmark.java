package org.lifelonglinks.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.lifelonglinks.LifelongLinksApplication;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.FormSignIn;
import org.springframework.boot.SpringApplication;

/**
 * What a script pays per call for each way of signing in: {@code GET /api/me} with HTTP Basic (a bcrypt check per
 * call), an API token (a SHA-256 and one indexed read) and a session cookie (no check at all: the baseline), on the
 * same running service, one after the other, sequentially, after a warm-up. Reports requests per second and the
 * median for each, and each against the session. Run: {@code ./mvnw -B -Psignin-bench test-compile exec:exec}.
 */
public final class SignInBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final int REQUESTS = Integer.getInteger("signin.bench.requests", 500);
    private static final int WARM_UP = Integer.getInteger("signin.bench.warm-up", 100);

    public static void main(String[] args) throws Exception {
        var data = Files.createTempDirectory("lifelinks-signin-bench");
        var context = SpringApplication.run(LifelongLinksApplication.class, "--server.port=0",
                "--lifelinks.data-dir=" + data, "--lifelinks.admin.initial-password=" + PASSWORD,
                "--logging.level.root=warn");
        try (context) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            var admin = Api.at(port).as("admin", PASSWORD);
            String token = admin.post("/api/me/tokens", """
                    {"name": "benchmark", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(1))).text("token");
            var http = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String cookie = FormSignIn.sessionCookie(http, base, "admin", PASSWORD);

            System.out.printf("GET /api/me, %d sequential requests after %d warm-up, one client, %d cores%n",
                    REQUESTS, WARM_UP, Runtime.getRuntime().availableProcessors());
            var session = measure(http, base, "Cookie", cookie);
            var bearer = measure(http, base, "Authorization", "Bearer " + token);
            var password = measure(http, base, "Authorization", basic);
            report("session cookie (baseline)", session, session);
            report("API token (Bearer)", bearer, session);
            report("HTTP Basic (bcrypt)", password, session);
        }
    }

    private record Result(double perSecond, double medianMillis, double p95Millis) {
    }

    private static Result measure(HttpClient http, String base, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/me")).header(header, value).GET().build();
        for (int i = 0; i < WARM_UP; i++) {
            send(http, request);
        }
        long[] nanos = new long[REQUESTS];
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long one = System.nanoTime();
            send(http, request);
            nanos[i] = System.nanoTime() - one;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Result(REQUESTS / seconds, nanos[REQUESTS / 2] / 1e6, nanos[REQUESTS * 95 / 100] / 1e6);
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/me answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void report(String name, Result result, Result baseline) {
        System.out.printf("%-28s %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  | %.2f× the session's req/s, p50 %.1f×%n",
                name, result.perSecond(), result.medianMillis(), result.p95Millis(),
                result.perSecond() / baseline.perSecond(), result.medianMillis() / baseline.medianMillis());
    }
}
