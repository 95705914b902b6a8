package org.lifelonglinks.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

class NetworkIntegrationTests extends IntegrationTest {

    @Test
    void addsAPersonWithTheirConnectionAndShowsThemInTheNetwork() {
        String youngPerson = fixtures.youngPerson();

        var added = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Kerry", "familyName": "Testsmyth", "formerFamilyNames": ["Testjones"],
                 "knownAs": "Aunt Kez", "birthYear": 1979, "sex": "FEMALE", "town": "Coventry",
                 "postcode": "cv1 2ab", "relationship": "maternal aunt", "category": "FAMILY",
                 "wish": "WANT_BACK_IN_TOUCH", "source": "CASE_FILE", "baseline": "LOST_TOUCH"}""");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String personId = added.text("personId");
        assertThat(added.text("connectionId")).isNotBlank();
        var network = admin.get("/api/young-people/" + youngPerson + "/network").json();
        assertThat(network.path("youngPerson").path("id").asString()).isEqualTo(youngPerson);
        var person = network.path("people").get(0);
        assertThat(person.path("id").asString()).isEqualTo(personId);
        assertThat(person.path("postcode").asString()).isEqualTo("CV1 2AB");
        assertThat(person.path("formerFamilyNames").get(0).asString()).isEqualTo("Testjones");
        var connection = network.path("connections").get(0);
        assertThat(connection.path("personId").asString()).isEqualTo(personId);
        assertThat(connection.path("relationship").asString()).isEqualTo("maternal aunt");
        assertThat(connection.path("baseline").asString()).isEqualTo("LOST_TOUCH");
        assertThat(connection.path("wish").asString()).isEqualTo("WANT_BACK_IN_TOUCH");
    }

    @Test
    void aPersonInTwoSiblingsNetworksIsStoredOnce() {
        String sister = fixtures.youngPerson();
        String brother = fixtures.youngPerson();
        String gran = fixtures.person(sister, "Nora", "Testgran");

        var connected = admin.post("/api/young-people/" + brother + "/people", """
                {"personId": "%s", "relationship": "grandmother", "category": "FAMILY",
                 "baseline": "OCCASIONAL"}""".formatted(gran));

        assertThat(connected.status()).as(connected.toString()).isEqualTo(201);
        assertThat(connected.text("personId")).isEqualTo(gran);
        var count = driver.executableQuery("MATCH (p:Person {id: $id}) RETURN count(p) AS n")
                .withParameters(Map.of("id", gran)).execute().records().getFirst().get("n").asInt();
        assertThat(count).isEqualTo(1);
        var brothersNetwork = admin.get("/api/young-people/" + brother + "/network").json();
        assertThat(brothersNetwork.path("people").get(0).path("givenName").asString()).isEqualTo("Nora");
    }

    @Test
    void connectingSomeoneAlreadyInTheNetworkIsAConflict() {
        String youngPerson = fixtures.youngPerson();
        String aunt = fixtures.person(youngPerson, "Jo", "Testaunt");

        var again = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"personId": "%s", "relationship": "aunt", "category": "FAMILY", "baseline": "REGULAR"}"""
                .formatted(aunt));

        assertThat(again.status()).isEqualTo(409);
        assertThat(admin.get("/api/young-people/" + youngPerson + "/network").json().path("connections").size())
                .isEqualTo(1);
    }

    @Test
    void aRefusedPersonLeavesNothingHalfWritten() {
        String youngPerson = fixtures.youngPerson();

        var refused = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Lee", "familyName": "Testhalf", "dateOfBirth": "2999-01-01",
                 "relationship": "cousin", "category": "FAMILY", "baseline": "NEVER_MET"}""");
        var badCategory = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Lee", "familyName": "Testhalf", "relationship": "cousin",
                 "category": "COUSINS", "baseline": "NEVER_MET"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("dateOfBirth");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.text("field")).isEqualTo("category");
        assertThat(badCategory.text("detail")).contains("FORMER_CARER");
        var stored = driver.executableQuery("MATCH (p:Person {familyName: 'Testhalf'}) RETURN count(p) AS n")
                .execute().records().getFirst().get("n").asInt();
        assertThat(stored).isZero();
    }

    @Test
    void aDateOfBirthAndABirthYearMustAgree() {
        String youngPerson = fixtures.youngPerson();

        var response = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Lee", "dateOfBirth": "1980-04-01", "birthYear": 1982,
                 "relationship": "uncle", "category": "FAMILY", "baseline": "NEVER_MET"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("field")).isEqualTo("birthYear");
    }

    @Test
    void recordsKinshipAndShowsItInTheNetwork() {
        String youngPerson = fixtures.youngPerson();
        String mum = fixtures.person(youngPerson, "Dana", "Testmum");
        String gran = fixtures.person(youngPerson, "Edie", "Testgran");

        var mother = admin.post("/api/people/" + youngPerson + "/kin", """
                {"personId": "%s", "kind": "PARENT", "qualifier": "BIRTH"}""".formatted(mum));
        var grandmother = admin.post("/api/people/" + mum + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(gran));

        assertThat(mother.status()).as(mother.toString()).isEqualTo(201);
        assertThat(grandmother.status()).isEqualTo(201);
        assertThat(grandmother.text("qualifier")).isEqualTo("BIRTH");
        var kinship = admin.get("/api/young-people/" + youngPerson + "/network").json().path("kinship");
        assertThat(kinship.valueStream().map(k -> k.path("fromPersonId").asString() + ">"
                + k.path("toPersonId").asString() + ":" + k.path("kind").asString()))
                .containsExactlyInAnyOrder(mum + ">" + youngPerson + ":PARENT", gran + ">" + mum + ":PARENT");
    }

    @Test
    void recordingTheSameKinshipTwiceKeepsOneFact() {
        String youngPerson = fixtures.youngPerson();
        String brother = fixtures.person(youngPerson, "Sam", "Testsib");

        var first = admin.post("/api/people/" + youngPerson + "/kin", """
                {"personId": "%s", "kind": "SIBLING", "qualifier": "FULL"}""".formatted(brother));
        var second = admin.post("/api/people/" + brother + "/kin", """
                {"personId": "%s", "kind": "SIBLING", "qualifier": "HALF"}""".formatted(youngPerson));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        var kinship = admin.get("/api/young-people/" + youngPerson + "/network").json().path("kinship");
        assertThat(kinship.size()).isEqualTo(1);
        assertThat(kinship.get(0).path("qualifier").asString()).isEqualTo("HALF");
    }

    @Test
    void refusesMakingSomeoneTheirOwnAncestor() {
        String youngPerson = fixtures.youngPerson();
        String mum = fixtures.person(youngPerson, "Dana", "Testcycle");
        String gran = fixtures.person(youngPerson, "Edie", "Testcycle");
        admin.post("/api/people/" + youngPerson + "/kin", "{\"personId\": \"" + mum + "\", \"kind\": \"PARENT\"}");
        admin.post("/api/people/" + mum + "/kin", "{\"personId\": \"" + gran + "\", \"kind\": \"PARENT\"}");

        var cycle = admin.post("/api/people/" + gran + "/kin",
                "{\"personId\": \"" + youngPerson + "\", \"kind\": \"PARENT\"}");
        var self = admin.post("/api/people/" + mum + "/kin", "{\"personId\": \"" + mum + "\", \"kind\": \"SIBLING\"}");

        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.text("detail")).contains("own ancestor");
        assertThat(self.status()).isEqualTo(422);
        assertThat(admin.get("/api/young-people/" + youngPerson + "/network").json().path("kinship").size())
                .isEqualTo(2);
    }

    @Test
    void refusesAThirdBirthParentAndASecondKindOfKinship() {
        String youngPerson = fixtures.youngPerson();
        String one = fixtures.person(youngPerson, "Ann", "Testparent");
        String two = fixtures.person(youngPerson, "Bob", "Testparent");
        String three = fixtures.person(youngPerson, "Cy", "Testparent");
        admin.post("/api/people/" + youngPerson + "/kin", "{\"personId\": \"" + one + "\", \"kind\": \"PARENT\"}");
        admin.post("/api/people/" + youngPerson + "/kin", "{\"personId\": \"" + two + "\", \"kind\": \"PARENT\"}");

        var third = admin.post("/api/people/" + youngPerson + "/kin",
                "{\"personId\": \"" + three + "\", \"kind\": \"PARENT\"}");
        var stepParent = admin.post("/api/people/" + youngPerson + "/kin",
                "{\"personId\": \"" + three + "\", \"kind\": \"PARENT\", \"qualifier\": \"STEP\"}");
        var alsoSibling = admin.post("/api/people/" + youngPerson + "/kin",
                "{\"personId\": \"" + one + "\", \"kind\": \"SIBLING\"}");
        var wrongQualifier = admin.post("/api/people/" + one + "/kin",
                "{\"personId\": \"" + two + "\", \"kind\": \"PARTNER\", \"qualifier\": \"HALF\"}");

        assertThat(third.status()).isEqualTo(422);
        assertThat(stepParent.status()).isEqualTo(201);
        assertThat(alsoSibling.status()).isEqualTo(409);
        assertThat(wrongQualifier.status()).isEqualTo(422);
        assertThat(wrongQualifier.text("field")).isEqualTo("qualifier");
    }

    @Test
    void contactDetailsAreKeptApartFromTheNetwork() {
        String youngPerson = fixtures.youngPerson();
        String aunt = fixtures.person(youngPerson, "Jo", "Testcontact");

        var saved = admin.put("/api/people/" + aunt + "/contact-details", """
                {"phone": "07700 900123", "email": "jo@example.org", "address": "1 Test Lane"}""");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(admin.get("/api/people/" + aunt + "/contact-details").text("phone")).isEqualTo("07700 900123");
        var network = admin.get("/api/young-people/" + youngPerson + "/network").body();
        assertThat(network).doesNotContain("07700 900123", "jo@example.org", "1 Test Lane");
    }

    @Test
    void editsAPersonKeepingWhatWasNotChanged() {
        String youngPerson = fixtures.youngPerson();
        String aunt = fixtures.person(youngPerson, "Jo", "Testedit");

        var edited = admin.patch("/api/people/" + aunt, """
                {"familyName": "Testmarried", "formerFamilyNames": ["Testedit"], "deceased": false}""");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var person = admin.get("/api/people/" + aunt).json();
        assertThat(person.path("familyName").asString()).isEqualTo("Testmarried");
        assertThat(person.path("givenName").asString()).isEqualTo("Jo");
        assertThat(person.path("birthYear").asInt()).isEqualTo(1980);
    }

    @Test
    void giveEitherAnExistingPersonOrANewOne() {
        String youngPerson = fixtures.youngPerson();
        String aunt = fixtures.person(youngPerson, "Jo", "Testboth");
        String other = fixtures.youngPerson();

        var both = admin.post("/api/young-people/" + other + "/people", """
                {"personId": "%s", "givenName": "Jo", "relationship": "aunt", "category": "FAMILY",
                 "baseline": "REGULAR"}""".formatted(aunt));

        assertThat(both.status()).isEqualTo(422);
        assertThat(both.text("field")).isEqualTo("personId");
    }
}
