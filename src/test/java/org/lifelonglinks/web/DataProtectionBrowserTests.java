package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/** The administrator's retention and erasure page in a real browser: erasure only after a confirmation step. */
class DataProtectionBrowserTests extends BrowserTest {

    @Test
    void anAdministratorErasesAPersonACoordinatorAskedAboutOnlyAfterConfirming() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String surname = "Erasable" + unique("x").substring(2, 6).replaceAll("[^a-z]", "q");
        String person = fixtures.person(youngPerson, "Peregrina", surname);
        assertThat(coordinator.post("/api/people/" + person + "/erasure", "{\"reason\": \"Wrong person found\"}")
                .status()).isEqualTo(202);

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/data-protection");
        var row = browser.awaitText(By.cssSelector("#requests tr[data-person='" + person + "']"), "Peregrina");
        assertThat(row.getText()).contains(coordinator.username(), "Wrong person found");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.driver().findElement(By.cssSelector("button[aria-label='Erase Peregrina " + surname + "']")).click();
        assertThat(browser.awaitText(By.id("erase-warning"), "cannot be undone").getText())
                .contains("Peregrina " + surname);
        browser.button("Keep the record").click();
        assertThat(browser.driver().findElement(By.id("confirm-panel")).isDisplayed()).isFalse();
        assertThat(admin.get("/api/people/" + person).status()).as("nothing erased without confirming").isEqualTo(200);

        browser.driver().findElement(By.cssSelector("button[aria-label='Erase Peregrina " + surname + "']")).click();
        assertThat(browser.field("Why (kept in the audit trail: do not name the person)").getAttribute("value"))
                .isEqualTo("Wrong person found");
        browser.button("Yes, erase Peregrina " + surname).click();
        browser.awaitText(By.id("page-status"), "Peregrina " + surname + " is erased");
        browser.screenshot("admin-data-protection");

        assertThat(admin.get("/api/people/" + person).status()).isEqualTo(404);
        assertThat(browser.all(By.cssSelector("#requests tr[data-person='" + person + "']"))).isEmpty();
    }

    @Test
    void aCoordinatorRecordsConsentWhenReferringAYoungPerson() {
        var coordinator = fixtures.user("COORDINATOR");
        String localId = unique("LL-consent");
        String existing = fixtures.youngPerson(coordinator);
        var traced = coordinator.post("/api/young-people/" + existing + "/people", """
                {"givenName": "Tamsin", "familyName": "Testnotice", "birthYear": 1970, "relationship": "aunt",
                 "category": "FAMILY", "baseline": "NEVER_MET", "source": "SEARCH"}""");
        assertThat(traced.status()).as(traced.toString()).isEqualTo(201);
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/caseload");
        assertThat(browser.awaitText(By.cssSelector("#notices tr[data-person='" + traced.text("personId") + "']"),
                "Tamsin Testnotice").getText()).contains("days left");
        browser.field("Given name").sendKeys("Marnie");
        browser.field("Family name").sendKeys("Testconsent");
        browser.date("Date of birth", "2012-03-05");
        browser.field("Case id").sendKeys(localId);
        browser.choose("Area team", "east");
        browser.choose("Consent of those with parental responsibility", "Given");
        browser.button("Refer").click();
        assertThat(browser.awaitText(By.id("parentalConsentFrom-error"), "who gave").getText())
                .contains("Say who gave the consent");
        assertThat(coordinator.get("/api/young-people").body()).as("nothing referred yet").doesNotContain(localId);

        browser.field("Given by").sendKeys("birth mother");
        browser.button("Refer").click();
        browser.awaitText(By.cssSelector("#refer-form [data-form-status]"), "is on your caseload");
        String id = coordinator.get("/api/young-people").json().valueStream()
                .filter(yp -> yp.path("localId").asString().equals(localId)).findFirst().orElseThrow()
                .path("id").asString();
        var consent = coordinator.get("/api/young-people/" + id + "/consent").json();
        assertThat(consent.path("allowsWork").asBoolean()).isTrue();
        assertThat(consent.path("parentalConsentFrom").asString()).isEqualTo("birth mother");
        assertThat(consent.path("lawfulBasis").asString()).isEqualTo("PUBLIC_TASK");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    void aCoordinatorRecordsAPrivacyNoticeAndAsksForAnErasureOnThePersonsPage() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String person = fixtures.person(youngPerson, "Ludovic", "Testnoticed");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/people/" + person);
        browser.awaitText(By.id("privacy-summary"), "No notice recorded yet");

        browser.choose("How", "Email");
        browser.driver().findElement(By.cssSelector("#notice-form button[type=submit]")).click();
        assertThat(browser.awaitText(By.id("privacy-summary"), "Privacy notice given").getText()).contains("(Email)");

        browser.field("Why (kept after erasure: do not name them)").sendKeys("Wrong person found");
        browser.button("Ask an administrator to erase them").click();
        browser.awaitText(By.id("privacy-summary"), "Erasure asked for by " + coordinator.username());
        var record = coordinator.get("/api/people/" + person + "/data-protection").json();
        assertThat(record.path("notices").get(0).path("method").asString()).isEqualTo("EMAIL");
        assertThat(record.path("erasureRequest").path("reason").asString()).isEqualTo("Wrong person found");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }
}
