package org.lifelonglinks.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads its invented caseload through the API, so every page has something true to show. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifelinks.data-dir=target/test-data/demo-${random.uuid}")
@ActiveProfiles("demo")
class DemoCaseloadIntegrationTests {

    @LocalServerPort
    int port;

    private Api as(String username) {
        return Api.at(port).as(username, DemoCaseload.PASSWORD);
    }

    @Test
    void everyDemoAccountSignsInWithTheDocumentedPassword() {
        for (String username : new String[] {"admin", "casey", "jo", "sam", "morgan", "robin"}) {
            assertThat(as(username).get("/api/me").status()).as(username).isEqualTo(200);
        }
    }

    @Test
    void twoCoordinatorsShareTwentyFourYoungPeopleAndRobinsNetworkIsRich() {
        var caseload = as("casey").get("/api/young-people").json();
        assertThat(caseload.size()).isEqualTo(15);
        assertThat(as("jo").get("/api/young-people").json().size()).isEqualTo(9);
        String robin = caseload.valueStream().filter(yp -> yp.get("givenName").asString().equals("Robin"))
                .findFirst().orElseThrow().get("id").asString();

        var progress = as("casey").get("/api/young-people/" + robin + "/progress").json();
        assertThat(progress.size()).isEqualTo(12);
        assertThat(progress.valueStream().filter(p -> p.get("safety").asString().equals("DO_NOT_CONTACT")))
                .hasSize(2);
        assertThat(as("casey").get("/api/young-people/" + robin + "/plan").json().get("commitments").size())
                .isEqualTo(5);
    }

    @Test
    void robinSeesNeitherTheHiddenPersonNorTheOnesWhoMustNotBeContacted() {
        var own = as("robin").get("/api/me/network");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Pat Ashdown", "Sue Mercer").doesNotContain("Gary", "Wayne", "Price");
    }

    @Test
    void theManagerSeesOutcomesForTheYoungPeopleWhoHadTheirMeeting() {
        var report = as("morgan").get("/api/reports/outcomes?from=" + LocalDate.now().minusYears(1) + "&to="
                + LocalDate.now()).json();

        assertThat(report.get("youngPeople").asInt()).as("meetings in the last year").isEqualTo(11);
    }

    @Test
    void overTwoYearsTheOutcomesLookLikeARealServiceNotAHundredPerCent() {
        var report = as("morgan").get("/api/reports/outcomes?from=" + LocalDate.now().minusYears(2) + "&to="
                + LocalDate.now()).json();

        assertThat(report.get("youngPeople").asInt()).isEqualTo(20);
        var rates = new java.util.HashMap<String, Double>();
        report.get("outcomes").forEach(o -> rates.put(o.get("measure").asString(), o.get("rate").asDouble()));
        // The published figures: direct contact for (nearly) everyone, 60% repaired, a fifth overnight, 30% knowing more.
        assertThat(rates.get("newDirectContactWithSupportiveAdult")).isEqualTo(0.9);
        assertThat(rates.get("relationshipRepaired")).isEqualTo(0.6);
        assertThat(rates.get("overnightStays")).isEqualTo(0.2);
        assertThat(rates.get("increasedFamilyKnowledge")).isEqualTo(0.3);
    }

    @Test
    void eachDemoAccountSeesItsStartPageFilledWithTheSampleCaseload() {
        try (var browser = Browser.open(port)) {
            browser.signIn("casey", DemoCaseload.PASSWORD);
            browser.clickAndWaitForTheNextPage(browser.link("Robin Ashdown"));
            browser.awaitText(By.tagName("main"), "Pat Ashdown");
            assertThat(browser.text()).contains("Do not contact", "Sue Mercer");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("demo-workspace");
            browser.clickAndWaitForTheNextPage(browser.link("Analysis"));
            assertThat(browser.text()).contains("Sharon");
            browser.screenshot("demo-analysis");
            browser.signOut();

            browser.signIn("robin", DemoCaseload.PASSWORD);
            assertThat(browser.path()).isEqualTo("/me");
            assertThat(browser.text()).contains("Pat Ashdown").doesNotContain("Gary", "Wayne");
            browser.screenshot("demo-me");
            browser.signOut();

            browser.signIn("morgan", DemoCaseload.PASSWORD);
            assertThat(browser.path()).isEqualTo("/reports");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("demo-reports");
        }
    }

    @Test
    void theDirectoryHoldsTheAuntTheReadmeTraces() {
        String robin = as("casey").get("/api/young-people").json().valueStream()
                .filter(yp -> yp.path("familyName").asString().equals("Ashdown")).findFirst().orElseThrow()
                .path("id").asString();
        var found = as("casey").post("/api/trace", """
                {"youngPersonId": "%s", "givenName": "Kerry", "familyName": "Smyth", "age": 45, "town": "Coventry"}"""
                .formatted(robin)).json();

        assertThat(found.get("candidates").get(0).get("givenName").asString()).isEqualTo("Kerry");
        assertThat(found.get("candidates").get(0).get("kind").asString()).isEqualTo("DIRECTORY_RECORD");
    }
}
