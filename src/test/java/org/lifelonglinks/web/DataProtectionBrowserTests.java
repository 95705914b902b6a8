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
}
