package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

class AnalysisIntegrationTests extends IntegrationTest {

    private String add(String youngPerson, String givenName, String sex, String relationship, String baseline,
            boolean hidden) {
        var response = admin.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "Testanalysis", "sex": "%s", "relationship": "%s",
                 "category": "FAMILY", "baseline": "%s", "wish": "WANT_BACK_IN_TOUCH", "town": "Testbury",
                 "hiddenFromYoungPerson": %s}""".formatted(givenName, sex, relationship, baseline, hidden));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    @Test
    void explainsTheNetworkToItsCoordinator() {
        String you = fixtures.youngPerson();
        String gran = add(you, "Edie", "FEMALE", "grandmother", "REGULAR", false);
        String mum = add(you, "Dana", "FEMALE", "mum", "LOST_TOUCH", false);
        String aunt = add(you, "Kerry", "FEMALE", "aunt", "NEVER_MET", false);
        admin.post("/api/people/" + you + "/kin", "{\"personId\": \"" + mum + "\", \"kind\": \"PARENT\"}");
        admin.post("/api/people/" + mum + "/kin", "{\"personId\": \"" + gran + "\", \"kind\": \"PARENT\"}");
        admin.post("/api/people/" + aunt + "/kin", "{\"personId\": \"" + gran + "\", \"kind\": \"PARENT\"}");

        var analysis = admin.get("/api/young-people/" + you + "/analysis");

        assertThat(analysis.status()).as(analysis.toString()).isEqualTo(200);
        var json = analysis.json();
        assertThat(json.path("size").path("people").asInt()).isEqualTo(3);
        assertThat(json.path("singlePointsOfFailure").get(0).path("message").asString())
                .isEqualTo("If contact with Edie stops, no one links you to Dana and Kerry.");
        assertThat(json.path("routes").valueStream().map(r -> r.path("message").asString()))
                .contains("Your grandmother Edie is linked to Kerry.");
        var relationship = admin.get("/api/young-people/" + you + "/relationship/" + aunt).json();
        assertThat(relationship.path("words").asString()).isEqualTo("maternal aunt");
    }

    @Test
    void drawsTheChartInEachFormatAndView() {
        String you = fixtures.youngPerson();
        add(you, "Edie", "FEMALE", "grandmother", "REGULAR", false);

        var svg = admin.get("/api/young-people/" + you + "/chart.svg");
        var family = admin.get("/api/young-people/" + you + "/chart.svg?view=family");
        var png = admin.get("/api/young-people/" + you + "/chart.png");
        var pdf = admin.get("/api/young-people/" + you + "/chart.pdf");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("Edie", "grandmother", "<svg");
        assertThat(family.body()).contains("family tree");
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(admin.get("/api/young-people/" + you + "/chart.gif").status()).isEqualTo(400);
        assertThat(admin.get("/api/young-people/" + you + "/chart.svg?view=tree").status()).isEqualTo(400);
    }

    @Test
    void aYoungPersonsOwnChartHoldsNothingHiddenFromThem() {
        String you = fixtures.youngPerson();
        add(you, "Edie", "FEMALE", "grandmother", "REGULAR", false);
        add(you, "Vance", "MALE", "birth father", "NEVER_MET", true);
        var account = fixtures.user("YOUNG_PERSON", you);

        var own = account.get("/api/me/chart.svg");
        var ownFamily = account.get("/api/me/chart.svg?view=family");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Edie").doesNotContain("Vance", "birth father", "Testbury");
        assertThat(ownFamily.body()).doesNotContain("Vance", "birth father", "Testbury");
        assertThat(account.get("/api/young-people/" + you + "/chart.svg").status()).isEqualTo(403);
        assertThat(account.get("/api/young-people/" + you + "/analysis").status()).isEqualTo(403);
    }

    @Test
    void othersRecordsAreNotFoundAndManagersAreRefused() {
        String you = fixtures.youngPerson();
        String gran = add(you, "Edie", "FEMALE", "grandmother", "REGULAR", false);
        var coordinator = fixtures.user("COORDINATOR");

        assertThat(coordinator.get("/api/young-people/" + you + "/analysis").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/young-people/" + you + "/chart.svg").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/young-people/" + you + "/relationship/" + gran).status()).isEqualTo(404);
        assertThat(fixtures.user("MANAGER").get("/api/young-people/" + you + "/analysis").status()).isEqualTo(403);
        assertThat(admin.get("/api/young-people/" + you + "/relationship/nobody").status()).isEqualTo(404);
    }
}
