package org.lifelonglinks.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests over the loopback to the running service, as a script would send. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final String username;

    private Api(HttpClient http, String baseUrl, String authorization, String username) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.username = username;
    }

    /** Whom this client signs in as; null when anonymous. */
    public String username() {
        return username;
    }

    public static Api at(int port) {
        return new Api(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, null, null);
    }

    /**
     * The same client, connecting from another loopback address (Linux answers for all of 127.0.0.0/8), so the
     * service sees a different client address: as a second machine would be, with no proxy configuration.
     */
    public Api from(String loopbackAddress) {
        try {
            var client = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName(loopbackAddress)).build();
            return new Api(client, baseUrl, authorization, username);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }

    /** Signs in with an API token instead of a password. */
    public Api withToken(String token) {
        return new Api(http, baseUrl, "Bearer " + token, username);
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(http, baseUrl, "Basic " + token, username);
    }

    public Api anonymous() {
        return new Api(http, baseUrl, null, null);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a file's bytes as they are (a GEDCOM file in UTF-16, say), or a generated stream. */
    public Response postBytes(String path, java.util.function.Supplier<java.io.InputStream> body, String contentType) {
        return answer(path, request(path).POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .header("Content-Type", contentType));
    }

    /** A GET asking for a particular representation, e.g. {@code text/csv}. */
    public Response getWithAccept(String path, String accept) {
        return answer(path, request(path).GET().header("Accept", accept));
    }

    /** A binary answer (PDF, PNG), as bytes; fails unless the status is 200. */
    public byte[] bytes(String path) {
        var response = exchange(path, request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A binary answer in the representation asked for (a PDF), as bytes; fails unless the status is 200. */
    public byte[] bytes(String path, String accept) {
        var response = exchange(path, request(path).GET().header("Accept", accept),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * A multipart/form-data POST, as a browser's upload form sends it: one file part and text fields (a field may
     * repeat). The file name goes in the part's header escaped as browsers escape it (quote and line breaks
     * percent-encoded), other characters as they are, in UTF-8.
     */
    public Response upload(String path, String fileName, String contentType, byte[] content,
            java.util.List<java.util.Map.Entry<String, String>> fields, java.util.Map<String, String> headers) {
        String boundary = "----lifelinks-test-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        for (var field : fields) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        if (content != null) {
            String escaped = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + escaped
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        var request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(request::header);
        return answer(path, request);
    }

    /** A binary answer with its status and headers, whatever the status. */
    public Binary binary(String path) {
        var response = exchange(path, request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(response.statusCode(), response.headers(), response.body());
    }

    /** A binary HTTP answer. */
    public record Binary(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body, java.util.Map.of("Content-Type", contentType));
    }

    /** A JSON request with headers of its own, such as {@code If-Match} or {@code Idempotency-Key}. */
    public Response send(String method, String path, String json, java.util.Map<String, String> headers) {
        var request = request(path).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach((name, value) -> {
            if (json != null || !name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        return answer(path, request);
    }

    /** A request to the service, signed in when this client is. */
    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Response answer(String path, HttpRequest.Builder request) {
        var response = exchange(path, request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(String path, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body, parsed as JSON on demand. */
    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        /** A header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
