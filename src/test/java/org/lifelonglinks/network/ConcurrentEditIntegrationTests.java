package org.lifelonglinks.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.lifelonglinks.support.Race;

/**
 * Two coordinators change the same record at the same moment. Each race starts both requests from one latch;
 * with the same version, exactly one is saved and the other is refused with 412, so no change is lost silently.
 */
class ConcurrentEditIntegrationTests extends IntegrationTest {

    private static final int RACES = 20;

    private String youngPersonId;
    private String personId;
    private Api casey;
    private Api jordan;

    @BeforeEach
    void twoCoordinatorsOnOneCaseload() {
        youngPersonId = fixtures.youngPerson();
        personId = fixtures.person(youngPersonId, "Alder", "Testwood");
        casey = fixtures.user("COORDINATOR");
        jordan = fixtures.user("COORDINATOR");
        fixtures.assign(youngPersonId, casey, "COORDINATOR");
        fixtures.assign(youngPersonId, jordan, "COORDINATOR");
    }

    @Test
    void twoEditsOfOnePersonFromTheSameVersionEndInOneSaveAndOneRefusalEveryTime() throws Exception {
        String path = "/api/people/" + personId;
        for (int race = 0; race < RACES; race++) {
            String etag = casey.get(path).header("ETag");
            long version = Long.parseLong(etag.replace("\"", ""));
            String town = "Northtown" + race;
            String knownAs = "Ally" + race;
            var answers = Race.of(
                    () -> casey.send("PATCH", path, "{\"town\": \"" + town + "\"}", Map.of("If-Match", etag)),
                    () -> jordan.send("PATCH", path, "{\"knownAs\": \"" + knownAs + "\"}", Map.of("If-Match", etag)));

            assertThat(answers).extracting(Api.Response::status).as(answers.toString())
                    .containsExactlyInAnyOrder(200, 412);
            var saved = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            var refused = answers.stream().filter(a -> a.status() == 412).findFirst().orElseThrow();
            boolean townWon = answers.getFirst().status() == 200;
            assertThat(refused.text("type")).isEqualTo("/problems/stale-version");
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("currentVersion").asLong()).isEqualTo(version + 1);
            assertThat(refused.json().path("changedFields").toString())
                    .isEqualTo(townWon ? "[\"town\"]" : "[\"knownAs\"]");
            assertThat(refused.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
            assertThat(saved.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

            var now = casey.get(path).json();
            assertThat(now.path("version").asLong()).isEqualTo(version + 1);
            if (townWon) {
                assertThat(now.path("town").asString()).isEqualTo(town);
                assertThat(now.path("knownAs").asString()).isNotEqualTo(knownAs);
            } else {
                assertThat(now.path("knownAs").asString()).isEqualTo(knownAs);
                assertThat(now.path("town").asString()).isNotEqualTo(town);
            }
        }
    }

    @Test
    void twoEditsOfOneConnectionFromTheSameVersionEndInOneSaveAndOneRefusalEveryTime() throws Exception {
        String connectionId = casey.get("/api/young-people/" + youngPersonId + "/network").json()
                .path("connections").get(0).path("id").asString();
        String path = "/api/young-people/" + youngPersonId + "/connections/" + connectionId;
        for (int race = 0; race < RACES; race++) {
            var current = connectionIn(casey.get("/api/young-people/" + youngPersonId + "/network"), connectionId);
            String etag = "\"" + current.path("version").asLong() + "\"";
            String relationship = "aunt " + race;
            // Always a different wish from the stored one, so the change is a change.
            String wish = current.path("wish").asString("").equals("IMPORTANT_TO_ME") ? "WANT_TO_KNOW_ABOUT"
                    : "IMPORTANT_TO_ME";
            var answers = Race.of(
                    () -> casey.send("PATCH", path, "{\"relationship\": \"" + relationship + "\"}",
                            Map.of("If-Match", etag)),
                    () -> jordan.send("PATCH", path, "{\"wish\": \"" + wish + "\"}", Map.of("If-Match", etag)));

            assertThat(answers).extracting(Api.Response::status).as(answers.toString())
                    .containsExactlyInAnyOrder(200, 412);
            boolean relationshipWon = answers.getFirst().status() == 200;
            var refused = answers.get(relationshipWon ? 1 : 0);
            assertThat(refused.text("type")).isEqualTo("/problems/stale-version");
            assertThat(refused.json().path("changedFields").toString())
                    .isEqualTo(relationshipWon ? "[\"relationship\"]" : "[\"wish\"]");
            var now = connectionIn(casey.get("/api/young-people/" + youngPersonId + "/network"), connectionId);
            assertThat(now.path("version").asLong()).isEqualTo(current.path("version").asLong() + 1);
            if (relationshipWon) {
                assertThat(now.path("relationship").asString()).isEqualTo(relationship);
                assertThat(now.path("wish").asString()).isEqualTo(current.path("wish").asString());
            } else {
                assertThat(now.path("wish").asString()).isEqualTo(wish);
                assertThat(now.path("relationship").asString()).isEqualTo(current.path("relationship").asString());
            }
        }
    }

    @Test
    void editsOfDifferentFieldsWithoutIfMatchAtTheSameMomentAreBothKept() throws Exception {
        String path = "/api/people/" + personId;
        for (int race = 0; race < RACES; race++) {
            String town = "Southtown" + race;
            String knownAs = "Al" + race;
            var answers = Race.of(() -> casey.patch(path, "{\"town\": \"" + town + "\"}"),
                    () -> jordan.patch(path, "{\"knownAs\": \"" + knownAs + "\"}"));

            assertThat(answers).extracting(Api.Response::status).containsExactly(200, 200);
            var now = casey.get(path).json();
            assertThat(now.path("town").asString()).isEqualTo(town);
            assertThat(now.path("knownAs").asString()).isEqualTo(knownAs);
        }
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        String path = "/api/people/" + personId;
        String etag = casey.get(path).header("ETag");
        assertThat(casey.send("PATCH", path, "{\"postcode\": \"ZZ1 1ZZ\"}", Map.of("If-Match", etag)).status())
                .isEqualTo(200);

        var stale = jordan.send("PATCH", path, "{\"town\": \"Westtown\"}", Map.of("If-Match", etag));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("changedFields").toString()).isEqualTo("[\"postcode\"]");
        assertThat(stale.text("detail")).doesNotContain("ZZ1");
        assertThat(casey.get(path).json().path("town").isNull()).isTrue();
        assertThat(casey.send("PATCH", path, "{\"town\": \"Westtown\"}", Map.of("If-Match", "W/" + stale.header("ETag")))
                .status()).isEqualTo(200);
    }

    @Test
    void aPersonSavedBeforeVersionsWereKeptCountsAsVersionZero() {
        driver.executableQuery("MATCH (p:Person {id: $id}) REMOVE p.version, p.fieldVersions")
                .withParameters(Map.of("id", personId)).execute();

        var person = casey.get("/api/people/" + personId);

        assertThat(person.header("ETag")).isEqualTo("\"0\"");
        assertThat(person.json().path("version").asLong()).isZero();
        var changed = casey.send("PATCH", "/api/people/" + personId, "{\"town\": \"Easttown\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void anIfMatchThatIsNotAVersionIsABadRequest() {
        var answer = casey.send("PATCH", "/api/people/" + personId, "{\"town\": \"Easttown\"}",
                Map.of("If-Match", "\"yesterday\""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("If-Match");
    }

    @Test
    void contactDetailsTheYoungPersonsRecordAndTheMeetingRefuseAStaleChange() {
        String details = "/api/people/" + personId + "/contact-details";
        assertThat(casey.get(details).header("ETag")).isEqualTo("\"0\"");
        assertThat(casey.send("PUT", details, "{\"phone\": \"01632 960001\"}", Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(200);
        var staleDetails = jordan.send("PUT", details, "{\"phone\": \"01632 960002\"}", Map.of("If-Match", "\"0\""));
        assertThat(staleDetails.status()).isEqualTo(412);
        assertThat(staleDetails.json().path("changedFields").toString()).isEqualTo("[\"phone\"]");
        assertThat(casey.get(details).text("phone")).isEqualTo("01632 960001");

        String record = "/api/young-people/" + youngPersonId;
        String recordTag = casey.get(record).header("ETag");
        assertThat(casey.send("PATCH", record, "{\"area\": \"central\"}", Map.of("If-Match", recordTag)).status())
                .isEqualTo(200);
        assertThat(jordan.send("PATCH", record, "{\"givenName\": \"Robyn\"}", Map.of("If-Match", recordTag)).status())
                .isEqualTo(412);

        String meeting = record + "/meeting";
        assertThat(casey.send("PUT", meeting, "{\"date\": \"2026-01-10\"}", Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(200);
        var staleMeeting = jordan.send("PUT", meeting, "{\"date\": \"2026-01-12\"}", Map.of("If-Match", "\"0\""));
        assertThat(staleMeeting.status()).isEqualTo(412);
        assertThat(staleMeeting.json().path("changedFields").toString()).contains("date");
        assertThat(casey.get(meeting).text("date")).isEqualTo("2026-01-10");
    }

    private static tools.jackson.databind.JsonNode connectionIn(Api.Response network, String connectionId) {
        for (var connection : network.json().path("connections")) {
            if (connection.path("id").asString().equals(connectionId)) {
                return connection;
            }
        }
        throw new AssertionError("no connection " + connectionId + " in " + network);
    }
}
