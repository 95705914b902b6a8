package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warning about someone already recorded, asked before saving ({@code POST /api/young-people/{id}/possible-
 * duplicates}) and given again with the answer to adding a person. Each test signs in as its own coordinator, so
 * that only the people it made are visible to the check.
 */
class DuplicateWarningIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void neverOffersTheYoungPersonThemselfButStillFindsASiblingOfTheSameName() {
        var coordinator = fixtures.user("COORDINATOR");
        String robin = fixtures.youngPerson(coordinator);
        // Every fixture young person is Robin Testbrook, born 17 May 2011: this one is a namesake in another network.
        String namesake = fixtures.youngPerson(coordinator);

        var found = check(coordinator, robin, """
                {"givenName": "Robin", "familyName": "Testbrook", "dateOfBirth": "2011-05-17"}""");

        assertThat(ids(found)).doesNotContain(robin).contains(namesake);
        assertThat(found).filteredOn(d -> d.path("personId").asString().equals(namesake))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.path("strength").asString()).isEqualTo("strong");
                    assertThat(d.path("inThisNetwork").asBoolean()).isFalse();
                });
    }

    @Test
    void aSurnameSharedWithTheYoungPersonIsNotEnough() {
        var coordinator = fixtures.user("COORDINATOR");
        String robin = fixtures.youngPerson(coordinator);

        var found = check(coordinator, robin, """
                {"givenName": "Jordan", "familyName": "Testbrook", "birthYear": 2011}""");

        assertThat(found).isEmpty();
    }

    @Test
    void theSameSurnameAndBirthYearWithADifferentGivenNameIsNotOffered() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        String surname = surname("Brackenthwaite");
        String robin = addPerson(coordinator, other, "Robin", surname, 1980);
        String jordan = addPerson(coordinator, other, "Jordan", surname, 1980);

        var found = check(coordinator, youngPerson, """
                {"givenName": "Jordan", "familyName": "%s", "birthYear": 1980}""".formatted(surname));

        assertThat(ids(found)).containsExactly(jordan).doesNotContain(robin);
    }

    @Test
    void kerriSmithIsOfferedAsKerrySmythBornTheSameYear() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        String kerry = addPerson(coordinator, other, "Kerry", "Smyth", 1980);

        var found = check(coordinator, youngPerson, """
                {"givenName": "Kerri", "familyName": "Smith", "birthYear": 1980}""");

        assertThat(ids(found)).containsExactly(kerry);
        var duplicate = found.getFirst();
        assertThat(duplicate.path("strength").asString()).isEqualTo("possible");
        assertThat(strings(duplicate, "evidenceFor"))
                .contains("Kerri is a form of Kerry (given name)", "Smyth is a variant of Smith (surname)")
                .anyMatch(reason -> reason.startsWith("born 1980"));
        assertThat(strings(duplicate, "evidenceAgainst")).isEmpty();
        assertThat(duplicate.has("score")).as("no bare number in the answer").isFalse();
        assertThat(duplicate.path("inThisNetwork").asBoolean()).isFalse();
    }

    @Test
    void anExactMatchOnRareNamesAndDateOfBirthIsStrong() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        String surname = surname("Quarrington");
        var added = coordinator.post("/api/young-people/" + other + "/people", """
                {"givenName": "Elspeth", "familyName": "%s", "dateOfBirth": "1962-08-30", "town": "Rugby",
                 "relationship": "great aunt", "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(surname));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        var found = check(coordinator, youngPerson, """
                {"givenName": "Elspeth", "familyName": "%s", "dateOfBirth": "1962-08-30", "town": "Coventry"}"""
                .formatted(surname));

        assertThat(ids(found)).containsExactly(added.text("personId"));
        assertThat(found.getFirst().path("strength").asString()).isEqualTo("strong");
        assertThat(strings(found.getFirst(), "evidenceFor")).contains("date of birth matches");
        assertThat(strings(found.getFirst(), "evidenceAgainst")).containsExactly("town differs (recorded Rugby)");
    }

    @Test
    void evidenceAgainstIsListedApartAndKeepsTheMatchMerelyPossible() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        String surname = surname("Pembertonwick");
        var added = coordinator.post("/api/young-people/" + other + "/people", """
                {"givenName": "Gwendolyn", "familyName": "%s", "birthYear": 1990, "sex": "FEMALE",
                 "relationship": "cousin", "category": "FAMILY", "baseline": "NEVER_MET"}""".formatted(surname));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String gwen = added.text("personId");

        var found = check(coordinator, youngPerson, """
                {"givenName": "Gwendolyn", "familyName": "%s", "birthYear": 1970, "sex": "MALE"}"""
                .formatted(surname));

        assertThat(ids(found)).containsExactly(gwen);
        var duplicate = found.getFirst();
        assertThat(duplicate.path("strength").asString()).isEqualTo("possible");
        assertThat(strings(duplicate, "evidenceFor"))
                .contains("given name matches (Gwendolyn)", "surname matches (" + surname + ")")
                .noneMatch(reason -> reason.startsWith("born"));
        assertThat(strings(duplicate, "evidenceAgainst"))
                .containsExactly("born 1990, 20 years from 1970", "sex differs (recorded FEMALE)");
    }

    @Test
    void someoneAlreadyInThisNetworkIsMarkedSoAndNotInAnother() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String sibling = fixtures.youngPerson(coordinator);
        String surname = surname("Vantongeren");
        String kerry = addPerson(coordinator, youngPerson, "Kerry", surname, 1981);

        var here = check(coordinator, youngPerson, """
                {"givenName": "Kerri", "familyName": "%s", "birthYear": 1981}""".formatted(surname));
        var there = check(coordinator, sibling, """
                {"givenName": "Kerri", "familyName": "%s", "birthYear": 1981}""".formatted(surname));

        assertThat(ids(here)).containsExactly(kerry);
        assertThat(here.getFirst().path("inThisNetwork").asBoolean()).isTrue();
        assertThat(ids(there)).containsExactly(kerry);
        assertThat(there.getFirst().path("inThisNetwork").asBoolean()).isFalse();
    }

    @Test
    void theAnswerToAddingAPersonCarriesTheSameWarning() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String sibling = fixtures.youngPerson(coordinator);
        String surname = surname("Brackenthwaite");
        String katherine = addPerson(coordinator, sibling, "Katherine", surname, 1982);
        String cousin = addPerson(coordinator, youngPerson, "Katherine", surname, 1982);

        var added = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Kate", "familyName": "%s", "birthYear": 1982, "relationship": "aunt",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(surname));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var duplicates = added.json().path("possibleDuplicates").valueStream().toList();
        assertThat(ids(duplicates)).containsExactlyInAnyOrder(katherine, cousin)
                .doesNotContain(added.text("personId"), youngPerson);
        assertThat(duplicates).allSatisfy(d -> {
            assertThat(d.path("strength").asString()).isIn("strong", "possible");
            assertThat(strings(d, "evidenceFor")).contains("Kate is a form of Katherine (given name)");
            assertThat(d.path("inThisNetwork").asBoolean()).isEqualTo(d.path("personId").asString().equals(cousin));
        });
    }

    @Test
    void onlySomeoneWhoMayAddToTheNetworkMayAsk() {
        var coordinator = fixtures.user("COORDINATOR");
        var stranger = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String query = "{\"givenName\": \"Robin\", \"familyName\": \"Testbrook\"}";

        assertThat(stranger.post("/api/young-people/" + youngPerson + "/possible-duplicates", query).status())
                .isIn(403, 404);
        assertThat(fixtures.user("YOUNG_PERSON", youngPerson)
                .post("/api/young-people/" + youngPerson + "/possible-duplicates", query).status()).isIn(403, 404);
    }

    @Test
    void hostileNamesNeverBreakTheCheck() throws IOException {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        addPerson(coordinator, other, "Kerry", "Smyth", 1980);

        for (var hostile : hostileNames()) {
            String name = hostile.path("value").asString();
            String why = hostile.path("why").asString();
            for (var body : List.of(person(name, "Smyth"), person("Kerry", name), person(name, name),
                    Map.<String, Object>of("knownAs", name))) {
                var asked = coordinator.post("/api/young-people/" + youngPerson + "/possible-duplicates",
                        JSON.writeValueAsString(body));
                assertThat(asked.status()).as(why + ": " + asked).isIn(200, 400, 422);
                if (asked.status() == 200) {
                    assertThat(asked.json().path("possibleDuplicates").isArray()).as(why).isTrue();
                } else {
                    assertThat(asked.contentType()).as(why).startsWith("application/problem+json");
                }
            }
            var addBody = new LinkedHashMap<String, Object>(person(name, "Smyth"));
            addBody.putAll(Map.of("relationship", "relative", "category", "FAMILY", "baseline", "NEVER_MET"));
            var added = coordinator.post("/api/young-people/" + youngPerson + "/people",
                    JSON.writeValueAsString(addBody));
            assertThat(added.status()).as(why + ": " + added).isIn(201, 400, 422);
        }
    }

    private List<JsonNode> check(Api as, String youngPerson, String body) {
        var response = as.post("/api/young-people/" + youngPerson + "/possible-duplicates", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("possibleDuplicates").valueStream().toList();
    }

    private static String addPerson(Api as, String youngPerson, String givenName, String familyName, int year) {
        var response = as.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": %d, "relationship": "relative",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(givenName, familyName, year));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private static Map<String, Object> person(String givenName, String familyName) {
        return Map.of("givenName", givenName, "familyName", familyName, "birthYear", 1980);
    }

    private static List<String> ids(List<JsonNode> duplicates) {
        return duplicates.stream().map(d -> d.path("personId").asString()).toList();
    }

    private static List<String> strings(JsonNode node, String field) {
        return node.path(field).valueStream().map(JsonNode::asString).toList();
    }

    /** A surname no other test uses, in letters only so that it reads as a name. */
    private static String surname(String stem) {
        var letters = new StringBuilder(stem);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }

    private static List<JsonNode> hostileNames() throws IOException {
        try (InputStream in = DuplicateWarningIntegrationTests.class.getResourceAsStream("/hostile-names.json")) {
            return JSON.readTree(in).path("strings").valueStream().toList();
        }
    }
}
