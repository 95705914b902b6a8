package org.lifelonglinks.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TracingIntegrationTests extends IntegrationTest {

    @Autowired
    TracingIndex index;

    @Autowired
    IndexChangeApplier indexer;

    @Test
    void aPersonAddedToANetworkIsFoundAtOnceDespiteATypo() {
        String youngPerson = fixtures.youngPerson();
        String surname = unique("Zarqovitch").replace("-", "");
        String personId = fixtures.person(youngPerson, "Kerry", surname, 1979);

        var candidates = trace("{\"givenName\": \"Kery\", \"familyName\": \"%s\", \"birthYear\": 1980, \"birthYearRange\": 2}"
                .formatted(surname));

        assertThat(candidates).isNotEmpty();
        var best = candidates.getFirst();
        assertThat(best.path("personId").asString()).isEqualTo(personId);
        assertThat(best.path("kind").asString()).isEqualTo("NETWORK_PERSON");
        assertThat(best.path("score").asDouble()).isPositive();
        assertThat(best.path("reasons").isEmpty()).isFalse();
        assertThat(best.path("doNotContact").asBoolean()).isFalse();
    }

    @Test
    void anEditedPersonIsSearchableByTheirNewNameAtOnce() {
        String youngPerson = fixtures.youngPerson();
        String before = unique("Quellbrook").replace("-", "");
        String after = unique("Vornhallow").replace("-", "");
        String personId = fixtures.person(youngPerson, "Jolene", before, 1975);

        admin.patch("/api/people/" + personId, "{\"familyName\": \"%s\", \"formerFamilyNames\": [\"%s\"]}"
                .formatted(after, before));

        var byNew = trace("{\"givenName\": \"Jolene\", \"familyName\": \"%s\"}".formatted(after));
        assertThat(byNew.getFirst().path("personId").asString()).isEqualTo(personId);
        var byFormer = trace("{\"givenName\": \"Jolene\", \"familyName\": \"%s\"}".formatted(before));
        assertThat(byFormer.getFirst().path("personId").asString()).isEqualTo(personId);
        assertThat(byFormer.getFirst().path("familyName").asString()).isEqualTo(after);
    }

    @Test
    void aCoordinatorFindsOnlyPeopleInNetworksTheyMaySee() {
        var coordinator = fixtures.user("COORDINATOR");
        String theirs = fixtures.youngPerson();
        String surname = unique("Oxtaveley").replace("-", "");
        String hidden = fixtures.person(theirs, "Marigold", surname, 1960);
        String mine = fixtures.youngPerson(coordinator);
        String query = "{\"youngPersonId\": \"%s\", \"givenName\": \"Marigold\", \"familyName\": \"%s\"}"
                .formatted(mine, surname);

        var asCoordinator = coordinator.post("/api/trace", query);
        assertThat(asCoordinator.status()).isEqualTo(200);
        assertThat(asCoordinator.body()).doesNotContain(hidden, surname);

        admin.post("/api/young-people/" + mine + "/people", """
                {"personId": "%s", "relationship": "great aunt", "category": "FAMILY", "baseline": "NEVER_MET"}"""
                .formatted(hidden));
        assertThat(coordinator.post("/api/trace", query).json().path("candidates").get(0).path("personId").asString())
                .isEqualTo(hidden);
    }

    @Test
    void importsADirectoryKeepingGoodRowsAndNamingBadLines() {
        String directory = unique("carers");
        String csv = """
                id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode
                fc-1,Gwendolyn,Pembertonwick,Hollis;Avery,1961-03-14,,F,Coventry,CV1 2AB
                fc-2,Bad,Row,,not-a-date,,,,
                fc-3,Thaddeus,Pembertonwick,,,1958,M,Rugby,CV21
                """;

        var imported = admin.send("POST", "/api/directories/" + directory + "/records", csv, "text/csv");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("added").asLong()).isEqualTo(2);
        assertThat(imported.json().path("rejected").asLong()).isEqualTo(1);
        assertThat(imported.json().path("errors").get(0).path("line").asLong()).isEqualTo(3);
        var found = trace("{\"givenName\": \"Gwen\", \"familyName\": \"Hollis\", \"birthYear\": 1961}");
        assertThat(found.getFirst().path("recordId").asString()).isEqualTo("fc-1");
        assertThat(found.getFirst().path("directory").asString()).isEqualTo(directory);

        assertThat(admin.delete("/api/directories/" + directory).status()).isEqualTo(204);
        assertThat(trace("{\"givenName\": \"Gwendolyn\", \"familyName\": \"Pembertonwick\"}"))
                .noneMatch(c -> directory.equals(c.path("directory").asString()));
        assertThat(admin.delete("/api/directories/" + directory).status()).isEqualTo(404);
    }

    @Test
    void aDirectoryFileWithTheWrongHeaderChangesNothing() {
        String directory = unique("school");

        var refused = admin.send("POST", "/api/directories/" + directory + "/records",
                "name,surname\nAl,Testwrong\n", "text/csv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("given_name");
        assertThat(admin.delete("/api/directories/" + directory).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsImportDirectories() {
        var coordinator = fixtures.user("COORDINATOR");

        var response = coordinator.send("POST", "/api/directories/x/records", "id\n", "text/csv");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void warnsOfPossibleDuplicatesWhenAddingSomeoneAlreadyRecorded() {
        String youngPerson = fixtures.youngPerson();
        String surname = unique("Brackenthwaite").replace("-", "");
        String existing = fixtures.person(youngPerson, "Katherine", surname, 1982);

        var added = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Kate", "familyName": "%s", "birthYear": 1982, "relationship": "aunt",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(surname));

        assertThat(added.status()).isEqualTo(201);
        var duplicates = added.json().path("possibleDuplicates");
        assertThat(duplicates.size()).isGreaterThanOrEqualTo(1);
        assertThat(duplicates.get(0).path("personId").asString()).isEqualTo(existing);
        assertThat(duplicates.get(0).path("personId").asString()).isNotEqualTo(added.text("personId"));
    }

    @Test
    void youngPeopleAndManagersCannotTrace() {
        String youngPerson = fixtures.youngPerson();
        var query = "{\"givenName\": \"Al\", \"familyName\": \"Test\"}";

        assertThat(fixtures.user("YOUNG_PERSON", youngPerson).post("/api/trace", query).status()).isEqualTo(403);
        assertThat(fixtures.user("MANAGER").post("/api/trace", query).status()).isEqualTo(403);
    }

    @Test
    void aQueryWithoutANameNamesTheField() {
        var response = admin.post("/api/trace", "{\"town\": \"Coventry\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("field")).isEqualTo("givenName");
    }

    @Test
    void anAgeStandsInForABirthYear() {
        String youngPerson = fixtures.youngPerson();
        String surname = unique("Fennimoreley").replace("-", "");
        String personId = fixtures.person(youngPerson, "Kerry", surname, java.time.Year.now().getValue() - 45);

        var found = trace("{\"givenName\": \"Kerry\", \"familyName\": \"%s\", \"age\": 46}".formatted(surname));

        assertThat(found.getFirst().path("personId").asString()).isEqualTo(personId);
        assertThat(String.join(" ", found.getFirst().path("reasons").valueStream().map(JsonNode::asString).toList()))
                .containsIgnoringCase("born");
    }

    @Test
    void refillsTheIndexFromTheGraphWhenItIsOutOfStep() {
        String youngPerson = fixtures.youngPerson();
        String surname = unique("Ravensholme").replace("-", "");
        String personId = fixtures.person(youngPerson, "Hester", surname, 1970);
        index.deleteKind(TraceRecord.Kind.NETWORK_PERSON);
        assertThat(trace("{\"givenName\": \"Hester\", \"familyName\": \"%s\"}".formatted(surname))).isEmpty();

        indexer.bringUpToDate();

        assertThat(trace("{\"givenName\": \"Hester\", \"familyName\": \"%s\"}".formatted(surname))
                .getFirst().path("personId").asString()).isEqualTo(personId);
    }

    @Test
    void resultsComeInBandsWithEvidenceForAndAgainstApartAndIdenticalRecordsNamedByTheirNetworks() {
        var coordinator = fixtures.user("COORDINATOR");
        String robin = fixtures.youngPersonNamed(coordinator, "Robin");
        String skye = fixtures.youngPersonNamed(coordinator, "Skye");
        String quinn = fixtures.youngPersonNamed(admin, "Quinn");
        String surname = unique("Brackenthwaite").replace("-", "");
        String inRobins = fixtures.person(robin, "Grace", surname, 1972);
        String inSkyes = fixtures.person(skye, "Grace", surname, 1972);
        String older = fixtures.person(skye, "Grace", surname, 1931);
        assertThat(admin.post("/api/young-people/" + quinn + "/people", """
                {"personId": "%s", "relationship": "aunt", "category": "FAMILY", "baseline": "NEVER_MET"}"""
                .formatted(inSkyes)).status()).as("Skye's Grace is in Quinn's network too").isEqualTo(201);

        var response = coordinator.post("/api/trace", """
                {"youngPersonId": "%s", "givenName": "Grace", "familyName": "%s", "birthYear": 1972}"""
                .formatted(robin, surname));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var answer = response.json();
        double likely = answer.path("likelyScore").asDouble();
        double possible = answer.path("possibleScore").asDouble();
        assertThat(likely).isGreaterThan(possible);
        for (JsonNode candidate : answer.path("candidates")) {
            double score = candidate.path("score").asDouble();
            String band = score >= likely ? "LIKELY" : score >= possible ? "POSSIBLE" : "UNLIKELY";
            assertThat(candidate.path("band").asString()).as(candidate.toString()).isEqualTo(band);
            assertThat(candidate.path("strength").asString())
                    .isEqualTo(band.charAt(0) + band.substring(1).toLowerCase() + " match");
        }

        var robins = candidate(answer, inRobins);
        var skyes = candidate(answer, inSkyes);
        var older1931 = candidate(answer, older);
        assertThat(robins.path("foundIn").valueStream().map(JsonNode::asString))
                .containsExactly("Robin Testbrook's network");
        assertThat(skyes.path("foundIn").valueStream().map(JsonNode::asString))
                .as("Quinn is not on this coordinator's caseload, so Quinn's network is not named")
                .containsExactly("Skye Testbrook's network");
        assertThat(robins.path("sameDetailsGroup").asInt()).as("identical details")
                .isEqualTo(skyes.path("sameDetailsGroup").asInt())
                .isNotEqualTo(older1931.path("sameDetailsGroup").asInt());
        assertThat(older1931.path("evidenceAgainst").valueStream().map(JsonNode::asString))
                .as("the birth year disagrees, and is said apart from what agrees")
                .anyMatch(reason -> reason.contains("1931"));
        assertThat(older1931.path("evidenceFor").valueStream().map(JsonNode::asString))
                .noneMatch(reason -> reason.contains("1931"))
                .anyMatch(reason -> reason.contains("Grace"));
        assertThat(robins.path("evidenceAgainst").isEmpty()).isTrue();
        assertThat(older1931.path("score").asDouble()).isLessThan(robins.path("score").asDouble());
    }

    private static JsonNode candidate(JsonNode answer, String personId) {
        return answer.path("candidates").valueStream().filter(c -> c.path("personId").asString().equals(personId))
                .findFirst().orElseThrow(() -> new AssertionError(personId + " not in " + answer));
    }



    private List<JsonNode> trace(String query) {
        var response = admin.post("/api/trace", query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("candidates").valueStream().toList();
    }
}
