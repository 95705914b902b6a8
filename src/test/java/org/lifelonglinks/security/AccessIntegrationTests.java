package org.lifelonglinks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class AccessIntegrationTests extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void aScriptIsChallengedForBasicButAPagesOwnCallIsNot() throws Exception {
        var http = HttpClient.newHttpClient();
        var script = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
        var expiredSession = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Cookie", "JSESSIONID=ended-long-ago").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        for (var answer : java.util.List.of(page, expiredSession)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(answer.body()).contains("/problems/unauthenticated");
        }
    }

    @Test
    void everyApiCallNeedsSignIn() {
        var anonymous = Api.at(port);

        for (String path : new String[] {"/api/young-people", "/api/users", "/api/audit", "/api/me",
                "/v3/api-docs", "/api/young-people/x/network", "/api/people/x/kin"}) {
            var response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.at(port).as("admin", "wrong-password-123").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aPageAskedForWithoutSignInSendsTheBrowserToTheLoginForm() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/caseload")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aScriptSigningInWithBasicGetsNoSessionCookie() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/young-people"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void aCoordinatorReachesOnlyTheYoungPeopleAssignedToThem() {
        var coordinator = fixtures.user("COORDINATOR");
        String mine = fixtures.youngPerson();
        String theirs = fixtures.youngPerson();
        fixtures.assign(mine, coordinator, "COORDINATOR");

        assertThat(coordinator.get("/api/young-people/" + mine).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/young-people/" + mine + "/network").status()).isEqualTo(200);
        assertThat(coordinator.get("/api/young-people").json().valueStream().map(yp -> yp.path("id").asString()))
                .containsExactly(mine);
        assertThat(coordinator.get("/api/young-people/" + theirs).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/young-people/" + theirs + "/network").status()).isEqualTo(404);
        assertThat(coordinator.patch("/api/young-people/" + theirs, "{\"status\": \"CLOSED\"}").status())
                .isEqualTo(404);
        assertThat(coordinator.post("/api/young-people/" + theirs + "/people", """
                {"givenName": "Al", "relationship": "uncle", "category": "FAMILY", "baseline": "NEVER_MET"}""")
                .status()).isEqualTo(404);
    }

    @Test
    void someoneElsesRecordLooksExactlyLikeOneThatDoesNotExist() {
        var coordinator = fixtures.user("COORDINATOR");
        String theirs = fixtures.youngPerson();

        var hidden = coordinator.get("/api/young-people/" + theirs);
        var missing = coordinator.get("/api/young-people/does-not-exist");

        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(hidden.text("detail")).isEqualTo(missing.text("detail"));
        assertThat(hidden.text("type")).isEqualTo(missing.text("type"));
        assertThat(hidden.json().propertyNames()).isEqualTo(missing.json().propertyNames());
    }

    @Test
    void aCoordinatorCannotReachPeopleOutsideTheirCaseload() {
        var coordinator = fixtures.user("COORDINATOR");
        String mine = fixtures.youngPerson();
        fixtures.assign(mine, coordinator, "COORDINATOR");
        String theirs = fixtures.youngPerson();
        String stranger = fixtures.person(theirs, "Val", "Teststranger");
        admin.put("/api/people/" + stranger + "/contact-details", "{\"phone\": \"07700 900999\"}");

        assertThat(coordinator.get("/api/people/" + stranger).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/people/" + stranger + "/contact-details").status()).isEqualTo(404);
        assertThat(coordinator.patch("/api/people/" + stranger, "{\"town\": \"Testville\"}").status()).isEqualTo(404);
        var connect = coordinator.post("/api/young-people/" + mine + "/people", """
                {"personId": "%s", "relationship": "aunt", "category": "FAMILY", "baseline": "NEVER_MET"}"""
                .formatted(stranger));
        assertThat(connect.status()).isEqualTo(404);
        var kin = coordinator.post("/api/people/" + mine + "/kin",
                "{\"personId\": \"" + stranger + "\", \"kind\": \"PARENT\"}");
        assertThat(kin.status()).isEqualTo(422);
        assertThat(kin.body()).doesNotContain("Val", "Teststranger");
    }

    @Test
    void aCoordinatorWhoRefersAYoungPersonIsAssignedToThem() {
        var coordinator = fixtures.user("COORDINATOR");

        String id = fixtures.youngPerson(coordinator);

        assertThat(coordinator.get("/api/young-people/" + id).json().path("coordinators").size()).isEqualTo(1);
        assertThat(coordinator.get("/api/young-people/" + id + "/network").status()).isEqualTo(200);
    }

    @Test
    void aYoungPersonsAccountIsRefusedEveryApiPathOutsideTheirOwn() {
        String own = fixtures.youngPerson();
        String aunt = fixtures.person(own, "Jo", "Testownaunt");
        var youngPerson = fixtures.user("YOUNG_PERSON", own);
        var values = Map.of("id", own, "personId", aunt, "username", youngPerson.username(), "format", "svg");

        var refused = new ArrayList<String>();
        var answered = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            if (!endpoint.path().startsWith("/api/") && !endpoint.path().startsWith("/v3/")
                    || endpoint.path().equals("/api/me") || endpoint.path().startsWith("/api/me/")) {
                continue;
            }
            var response = youngPerson.send(endpoint.method(), endpoint.with(values),
                    endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}");
            String call = endpoint.method() + " " + endpoint.with(values);
            (response.status() == 403 && response.contentType().startsWith("application/problem+json")
                    && response.text("type").equals("/problems/forbidden") ? refused : answered)
                    .add(call + " -> " + response.status());
        }

        assertThat(answered).as("answered a young person's account").isEmpty();
        assertThat(refused).as("every mapped API call, so a new endpoint is covered too").hasSizeGreaterThan(40)
                .anyMatch(call -> call.startsWith("GET /api/young-people " ))
                .anyMatch(call -> call.startsWith("GET /api/young-people/" + own + " "))
                .anyMatch(call -> call.startsWith("GET /v3/api-docs"));
    }

    @Test
    void aYoungPersonsOwnCallsStillWork() {
        String own = fixtures.youngPerson();
        fixtures.person(own, "Jo", "Testownaunt");
        var youngPerson = fixtures.user("YOUNG_PERSON", own);

        for (var endpoint : endpoints()) {
            if (endpoint.method().equals("GET") && endpoint.path().startsWith("/api/me")) {
                String path = endpoint.with(Map.of("format", "svg"));
                assertThat(youngPerson.get(path).status()).as(path).isNotIn(401, 403);
            }
        }
        assertThat(youngPerson.get("/api/me").text("username")).isEqualTo(youngPerson.username());
        assertThat(youngPerson.get("/api/me/network").body()).contains("Jo");
        assertThat(youngPerson.get("/api/me/chart.svg").body()).contains("Jo");
        assertThat(youngPerson.get("/api/me/chart.png").status()).isEqualTo(200);
        assertThat(youngPerson.get("/me").status()).isEqualTo(200);
        assertThat(youngPerson.get("/me/chart").status()).isEqualTo(200);
    }

    @Test
    void aYoungPersonsAccountIsRefusedEveryPageButTheirOwn() {
        String own = fixtures.youngPerson();
        var youngPerson = fixtures.user("YOUNG_PERSON", own);
        var open = List.of("/", "/me", "/login", "/error");

        for (var endpoint : endpoints()) {
            if (endpoint.method().equals("GET") && !endpoint.path().startsWith("/api/")
                    && !endpoint.path().startsWith("/v3/") && !open.contains(endpoint.path())
                    && !endpoint.path().startsWith("/me/")) {
                String path = endpoint.with(Map.of("id", own, "personId", own));
                assertThat(youngPerson.get(path).status()).as(path).isEqualTo(403);
            }
        }
    }

    @Test
    void aManagerSeesNoPersonalData() {
        var manager = fixtures.user("MANAGER");
        String id = fixtures.youngPerson();

        assertThat(manager.get("/api/young-people").status()).isEqualTo(403);
        assertThat(manager.get("/api/young-people/" + id).status()).isEqualTo(403);
        assertThat(manager.get("/api/young-people/" + id + "/network").status()).isEqualTo(403);
        assertThat(manager.post("/api/young-people", "{}").status()).isEqualTo(403);
        assertThat(manager.get("/api/people/" + id).status()).isEqualTo(403);
        assertThat(manager.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aSocialWorkerReadsButDoesNotChangeTheirYoungPeople() {
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String id = fixtures.youngPerson();
        fixtures.assign(id, socialWorker, "SOCIAL_WORKER");
        String aunt = fixtures.person(id, "Jo", "Testswaunt");

        assertThat(socialWorker.get("/api/young-people/" + id + "/network").status()).isEqualTo(200);
        assertThat(socialWorker.get("/api/people/" + aunt).status()).isEqualTo(200);
        assertThat(socialWorker.patch("/api/young-people/" + id, "{\"status\": \"CLOSED\"}").status())
                .isEqualTo(403);
        assertThat(socialWorker.patch("/api/people/" + aunt, "{\"town\": \"Testville\"}").status()).isEqualTo(404);
        assertThat(socialWorker.post("/api/young-people", """
                {"givenName": "Al", "familyName": "Testsw", "dateOfBirth": "2012-01-01", "localId": "%s",
                 "area": "east"}""".formatted(unique("SW"))).status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdministratorAssignsCaseloadsAndManagesAccounts() {
        var coordinator = fixtures.user("COORDINATOR");
        String id = fixtures.youngPerson(coordinator);
        String username = coordinator.get("/api/me").text("username");

        assertThat(coordinator.put("/api/young-people/" + id + "/coordinators/" + username, null).status())
                .isEqualTo(403);
        assertThat(coordinator.post("/api/users", "{}").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/audit").status()).isEqualTo(403);
    }

    /** Every handler method the running service maps, one per path and HTTP method (GET where none is named). */
    private List<Endpoint> endpoints() {
        var endpoints = new java.util.TreeSet<Endpoint>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String path : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    endpoints.add(new Endpoint(method, path));
                }
            }
        });
        assertThat(endpoints).as("the service's mappings").isNotEmpty();
        return List.copyOf(endpoints);
    }

    /** A mapped path with its {variables}, e.g. {@code /api/young-people/{id}}, and an HTTP method. */
    private record Endpoint(String method, String path) implements Comparable<Endpoint> {

        /** The path with each variable replaced by the value of that name, or "x" where none is given. */
        String with(Map<String, String> values) {
            return java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path)
                    .replaceAll(variable -> values.getOrDefault(variable.group(1), "x"));
        }

        @Override
        public int compareTo(Endpoint other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }
    }
}
