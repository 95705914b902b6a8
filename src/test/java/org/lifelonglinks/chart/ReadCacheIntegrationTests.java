package org.lifelonglinks.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Safeguarding invariant 22: charts and analyses are kept for the next identical request, and only for it. An edit,
 * a do-not-contact decision and an erasure (asked, then carried out) each change the very next chart and analysis;
 * the young person's own chart never comes from a worker's drawing.
 */
class ReadCacheIntegrationTests extends IntegrationTest {

    @Autowired
    private ChartService charts;

    @Test
    void anEditADecisionAndAnErasureEachChangeTheNextChartAndAnalysisAndTheOwnChartIsNeverAWorkersDrawing() {
        String youngPerson = fixtures.youngPerson();
        var coordinator = fixtures.user("COORDINATOR");
        fixtures.assign(youngPerson, coordinator, "COORDINATOR");
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        String gran = person(coordinator, youngPerson, "Edie", "REGULAR");
        String aunt = person(coordinator, youngPerson, "Kerrigan", "LOST_TOUCH");
        String cousin = person(coordinator, youngPerson, "Ottoline", "LOST_TOUCH");
        kin(coordinator, gran, aunt);
        kin(coordinator, gran, cousin);
        String chart = "/api/young-people/" + youngPerson + "/chart.svg";
        String analysis = "/api/young-people/" + youngPerson + "/analysis";

        String first = coordinator.get(chart).body();
        assertThat(first).contains("Edie", "Kerrigan", "Ottoline").doesNotContain("DO NOT CONTACT");
        assertThat(coordinator.get(analysis).json().path("routes").toString()).contains(aunt, cousin, "Edie");
        int kept = charts.drawingsKept();
        assertThat(coordinator.get(chart).body()).as("the same request again: the kept drawing").isEqualTo(first);
        assertThat(charts.drawingsKept()).isEqualTo(kept);
        String ownFirst = own.get("/api/me/chart.svg").body();
        assertThat(ownFirst).contains("Edie", "Kerrigan").doesNotContain("DO NOT CONTACT");
        assertThat(charts.drawingsKept()).as("the young person's chart is an entry of its own").isEqualTo(kept + 1);

        // An edit: the next chart and analysis have the new name.
        assertThat(coordinator.patch("/api/people/" + gran, "{\"givenName\": \"Edith\"}").status()).isEqualTo(200);
        assertThat(coordinator.get(chart).body()).contains("Edith").doesNotContain("Edie");
        assertThat(coordinator.get(analysis).json().path("routes").toString()).contains("Edith")
                .doesNotContain("Edie");
        assertThat(own.get("/api/me/chart.svg").body()).contains("Edith").doesNotContain("Edie");

        // A do-not-contact decision: marked on the workers' chart, no route to her, gone from the young person's.
        var decision = coordinator.post("/api/people/" + aunt + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "RISK_ASSESSMENT"}"""
                .formatted(youngPerson));
        assertThat(decision.status()).as(decision.toString()).isEqualTo(201);
        String barred = coordinator.get(chart).body();
        assertThat(barred).contains("Kerrigan", "DO NOT CONTACT");
        assertThat(coordinator.get(analysis).json().path("routes").toString()).doesNotContain(aunt).contains(cousin);
        String ownBarred = own.get("/api/me/chart.svg").body();
        assertThat(ownBarred).as("never the worker's drawing, kept a moment ago for the same network")
                .doesNotContain("Kerrigan", "DO NOT CONTACT").contains("Edith", "Ottoline");
        assertThat(own.get("/api/me/chart.svg?view=family").body()).doesNotContain("Kerrigan");

        // An erasure asked for: the network is unchanged, but the young person no longer sees her at once.
        var asked = coordinator.post("/api/people/" + cousin + "/erasure", "{\"reason\": \"Wrong person found\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(own.get("/api/me/chart.svg").body()).doesNotContain("Ottoline").contains("Edith");
        assertThat(coordinator.get(chart).body()).isEqualTo(barred);

        // The erasure carried out: gone from the workers' chart and analysis too.
        var erased = admin.post("/api/people/" + cousin + "/erasure", "{\"reason\": \"Wrong person found\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(coordinator.get(chart).body()).doesNotContain("Ottoline").contains("Edith", "DO NOT CONTACT");
        assertThat(coordinator.get(analysis).json().toString()).doesNotContain("Ottoline", cousin);
        assertThat(coordinator.get(chart + "?view=family").body()).doesNotContain("Ottoline");
    }

    private static String person(Api coordinator, String youngPerson, String givenName, String baseline) {
        var response = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "Testcache", "relationship": "relative", "category": "FAMILY",
                 "baseline": "%s"}""".formatted(givenName, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private static void kin(Api coordinator, String parent, String child) {
        var response = coordinator.post("/api/people/" + child + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(parent));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }
}
