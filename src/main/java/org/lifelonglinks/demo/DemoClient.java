package org.lifelonglinks.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service's JSON API as one of the demo accounts, over the loopback, exactly as a script would:
 * so the sample data passes every rule, caseload check and audit entry that real data does. Like a script that makes
 * many calls, it signs in once with the password for an API token and sends the token after that (a password is
 * checked with a deliberately slow hash; hundreds of calls would spend most of the load there); {@link #close()}
 * revokes the token.
 */
final class DemoClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String basic;
    private String authorization;
    private String tokenId;

    DemoClient(int port, String username, String password) {
        this.baseUrl = "http://localhost:" + port;
        this.basic = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.authorization = basic;
    }

    /** Trades the password for a token that lasts the day, so later calls skip the password hash. */
    DemoClient signedIn(java.time.LocalDate today) {
        var token = post("/api/me/tokens", """
                {"name": "demo loading", "expiresOn": "%s"}""".formatted(today.plusDays(1)));
        tokenId = token.get("id").asString();
        authorization = "Bearer " + token.get("token").asString();
        return this;
    }

    /** Revokes the token, if one was made. */
    @Override
    public void close() {
        if (tokenId != null) {
            send("DELETE", "/api/me/tokens/" + tokenId, null, "application/json");
            tokenId = null;
            authorization = basic;
        }
    }

    DemoClient as(String username, String password) {
        return new DemoClient(URI.create(baseUrl).getPort(), username, password);
    }

    JsonNode get(String path) {
        return send("GET", path, null, "application/json");
    }

    JsonNode post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    JsonNode put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    JsonNode patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    JsonNode postCsv(String path, String csv) {
        return send("POST", path, csv, "text/csv");
    }

    private JsonNode send(String method, String path, String body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
