package org.lifelonglinks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class AuditIntegrationTests extends IntegrationTest {

    @Test
    void everyReadAndChangeOfAYoungPersonsRecordIsAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.get("/api/me").text("username");
        String id = fixtures.youngPerson(coordinator);
        coordinator.get("/api/young-people/" + id);
        coordinator.patch("/api/young-people/" + id, "{\"status\": \"DISCOVERY\"}");
        String personId = coordinator.post("/api/young-people/" + id + "/people", """
                {"givenName": "Jo", "relationship": "aunt", "category": "FAMILY", "baseline": "LOST_TOUCH"}""")
                .text("personId");
        coordinator.get("/api/young-people/" + id + "/network");
        coordinator.put("/api/people/" + personId + "/contact-details", "{\"phone\": \"07700 900001\"}");
        coordinator.get("/api/people/" + personId + "/contact-details");

        List<JsonNode> entries = admin.get("/api/audit?youngPersonId=" + id).json().valueStream().toList();

        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("username").asString()).isEqualTo(username);
            assertThat(entry.path("at").asString()).isNotBlank();
        });
        assertThat(entries.stream().map(e -> e.path("action").asString()).toList()).containsExactly(
                "CONTACT_DETAILS_READ", "CONTACT_DETAILS_UPDATED", "NETWORK_READ", "PERSON_ADDED",
                "YOUNG_PERSON_UPDATED", "YOUNG_PERSON_READ", "CONSENT_RECORDED", "YOUNG_PERSON_CREATED");
        assertThat(entries.getFirst().path("personId").asString()).isEqualTo(personId);
        // A change carries each changed field's old and new value (the trail is read by administrators only).
        assertThat(entries.get(1).path("changes").path("phone").toString()).isEqualTo("[null,\"07700 900001\"]");
        assertThat(entries.get(4).path("changes").path("status").get(1).asString()).isEqualTo("DISCOVERY");
        assertThat(entries.get(5).path("changes").isMissingNode() || entries.get(5).path("changes").isNull())
                .as("a read changes nothing").isTrue();
        assertThat(coordinator.get("/api/audit?youngPersonId=" + id).status()).isEqualTo(403);
    }

    @Test
    void aChangeToAPersonInTwoNetworksIsInBothYoungPeoplesTrailsThoughTheWorkerHasOnlyOne() {
        String sister = fixtures.youngPerson();
        String brother = fixtures.youngPerson();
        String gran = fixtures.person(sister, "Nora", "Testgran");
        assertThat(admin.post("/api/young-people/" + brother + "/people", """
                {"personId": "%s", "relationship": "grandmother", "category": "FAMILY", "baseline": "OCCASIONAL"}"""
                .formatted(gran)).status()).isEqualTo(201);
        var sistersCoordinator = fixtures.user("COORDINATOR");
        fixtures.assign(sister, sistersCoordinator, "COORDINATOR");
        String username = sistersCoordinator.get("/api/me").text("username");

        assertThat(sistersCoordinator.patch("/api/people/" + gran, "{\"town\": \"Leeds\"}").status()).isEqualTo(200);
        assertThat(sistersCoordinator.put("/api/people/" + gran + "/contact-details", "{\"phone\": \"07700 900002\"}")
                .status()).isEqualTo(200);

        for (String youngPerson : List.of(sister, brother)) {
            var entries = admin.get("/api/audit?youngPersonId=" + youngPerson + "&username=" + username).json();
            assertThat(entries.valueStream().map(e -> e.path("action").asString() + " " + e.path("personId").asString()))
                    .as("the trail of " + youngPerson)
                    .containsExactly("CONTACT_DETAILS_UPDATED " + gran, "PERSON_UPDATED " + gran);
        }
    }

    @Test
    void aRefusedAttemptToReadSomeoneElsesRecordIsAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.get("/api/me").text("username");
        String theirs = fixtures.youngPerson();

        coordinator.get("/api/young-people/" + theirs + "/network");

        var refused = admin.get("/api/audit?username=" + username + "&action=ACCESS_REFUSED").json();
        assertThat(refused.size()).isEqualTo(1);
        assertThat(refused.get(0).path("youngPersonId").asString()).isEqualTo(theirs);
    }

    @Test
    void failedSignInsAreAudited() {
        String username = unique("guess");
        org.lifelonglinks.support.Api.at(port).as(username, "not-the-password").get("/api/me");

        var failures = admin.get("/api/audit?username=" + username + "&action=SIGN_IN_FAILED").json();

        assertThat(failures.size()).isEqualTo(1);
    }

    @Test
    void filtersAreCheckedAndTheLimitHolds() {
        fixtures.youngPerson();
        fixtures.youngPerson();

        assertThat(admin.get("/api/audit?limit=1").json().size()).isEqualTo(1);
        assertThat(admin.get("/api/audit?limit=0").status()).isEqualTo(422);
        assertThat(admin.get("/api/audit?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void onePageViewIsOneEntryAndAChangeIsAlwaysItsOwn() {
        var coordinator = fixtures.user("COORDINATOR");
        String username = coordinator.username();
        String id = fixtures.youngPerson(coordinator);
        String view = java.util.UUID.randomUUID().toString();
        var viewed = java.util.Map.of("X-Page-View", view);
        String trail = "/api/audit?youngPersonId=" + id + "&username=" + username;
        int before = admin.get(trail).json().size();

        // The workspace's calls, with one view id, some at once as the page makes them.
        java.util.List.of("/network", "/progress", "/network", "").parallelStream().forEach(path ->
                assertThat(coordinator.send("GET", "/api/young-people/" + id + path, null, viewed).status())
                        .isEqualTo(200));
        // The chart is an image: it cannot send the header, so its address names the view.
        assertThat(coordinator.get("/api/young-people/" + id + "/chart.svg?pageView=" + view).status()).isEqualTo(200);

        var entries = admin.get(trail).json();
        assertThat(entries.size()).as(entries.toString()).isEqualTo(before + 1);
        var entry = entries.get(0);
        var read = new java.util.TreeSet<String>();
        read.add(entry.path("action").asString());
        entry.path("alsoRead").valueStream().forEach(a -> read.add(a.asString()));
        assertThat(read).as("the first read, and what else the view read").containsExactly(
                "CHART_READ", "NETWORK_READ", "PROGRESS_READ", "YOUNG_PERSON_READ");

        // A second view is a second entry; a change in a view is its own entry, and so is a call with no view.
        coordinator.send("GET", "/api/young-people/" + id + "/network", null,
                java.util.Map.of("X-Page-View", java.util.UUID.randomUUID().toString()));
        assertThat(coordinator.send("PATCH", "/api/young-people/" + id, "{\"status\": \"DISCOVERY\"}", viewed)
                .status()).isEqualTo(200);
        coordinator.send("GET", "/api/young-people/" + id + "/network", null, viewed);
        coordinator.get("/api/young-people/" + id + "/network");
        coordinator.send("GET", "/api/young-people/" + id + "/network", null,
                java.util.Map.of("X-Page-View", "not a uuid"));
        assertThat(admin.get(trail).json().valueStream().map(e -> e.path("action").asString()).toList())
                .as("newest first").startsWith("NETWORK_READ", "NETWORK_READ", "YOUNG_PERSON_UPDATED", "NETWORK_READ",
                        entry.path("action").asString())
                .hasSize(before + 5);

        // Another user sending the same view id is not folded into the coordinator's entry.
        admin.send("GET", "/api/young-people/" + id + "/network", null, viewed);
        assertThat(admin.get("/api/audit?youngPersonId=" + id + "&username=admin&action=NETWORK_READ").json().size())
                .isEqualTo(1);
    }

    @Test
    void aViewIdFoldsReadsOnlyWithinItsWindow() {
        var coordinator = fixtures.user("COORDINATOR");
        String id = fixtures.youngPerson(coordinator);
        var viewed = java.util.Map.of("X-Page-View", java.util.UUID.randomUUID().toString());
        String trail = "/api/audit?youngPersonId=" + id + "&username=" + coordinator.username();
        int before = admin.get(trail).json().size();
        coordinator.send("GET", "/api/young-people/" + id + "/network", null, viewed);
        clock.advance(PageViews.WINDOW.plusSeconds(1));
        try {
            coordinator.send("GET", "/api/young-people/" + id + "/network", null, viewed);
        } finally {
            clock.reset();
        }
        assertThat(admin.get(trail).json().size()).isEqualTo(before + 2);
    }

    @Test
    void theTrailNamesPeopleBesideTheirIdsAndOffersItsFiltersInWords() {
        var coordinator = fixtures.user("COORDINATOR");
        String id = fixtures.youngPersonNamed(coordinator, "Marisol");
        String kept = fixtures.person(id, "Ophelia", "Auditkeep");
        String gone = fixtures.person(id, "Zebedee", "Auditgone");
        coordinator.get("/api/people/" + kept);
        coordinator.get("/api/people/" + gone);

        var line = admin.get("/api/audit?personId=" + kept + "&action=PERSON_READ").json().get(0);
        assertThat(line.path("userName").asString()).isEqualTo("Test COORDINATOR");
        assertThat(line.path("youngPersonName").asString()).isEqualTo("Marisol Testbrook");
        assertThat(line.path("personName").asString()).isEqualTo("Ophelia Auditkeep");
        assertThat(line.path("actionWords").asString()).isEqualTo("Read: person");

        assertThat(admin.post("/api/people/" + gone + "/erasure", "{\"reason\": \"Wrong person found\"}").status())
                .isEqualTo(200);
        var about = admin.get("/api/audit?personId=" + gone).json();
        assertThat(about.valueStream().map(e -> e.path("personName").asString()).distinct().toList())
                .containsExactly("erased");
        assertThat(about.toString()).doesNotContain("Zebedee", "Auditgone");
        assertThat(admin.get("/api/audit?personId=no-such-person").json().size()).isZero();

        var filters = admin.get("/api/audit/filters?youngPersonId=" + id).json();
        assertThat(filters.path("youngPeople").toString()).contains("Marisol Testbrook", id);
        assertThat(filters.path("people").toString()).contains("Ophelia Auditkeep").doesNotContain("Zebedee");
        assertThat(filters.path("users").toString()).contains(coordinator.username());
        assertThat(filters.path("actions").valueStream().map(a -> a.path("value").asString() + "=" + a.path("label")
                .asString())).contains("NETWORK_READ=Read: network", "PERSON_ADDED=Person added");
        assertThat(coordinator.get("/api/audit/filters").status()).isEqualTo(403);
    }
}
