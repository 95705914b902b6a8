package org.lifelonglinks.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** Signs in through the login form over plain HTTP, for benchmarks that measure a browser's session. */
public final class FormSignIn {

    private FormSignIn() {
    }

    /**
     * A session as the login form makes one, with the CSRF token sent the way the pages' scripts send it.
     *
     * @return the {@code JSESSIONID=...} cookie to send with later requests
     */
    public static String sessionCookie(HttpClient http, String base, String username, String password)
            throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String cookies = String.join("; ", login.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        String xsrf = Arrays.stream(cookies.split("; ")).filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from /login"));
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                .build(), HttpResponse.BodyHandlers.discarding());
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("signing in answered " + signedIn.statusCode()));
    }
}
