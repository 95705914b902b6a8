package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The workers' notification bell in the page header, on a desktop and on a 390 px phone, by keyboard. */
class NotificationBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theBellCountsWhatIsWaitingAndOpensByKeyboard() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String aunt = fixtures.person(youngPerson, "Aunty", "Bellsworth");
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "REACHED"}""".formatted(aunt, TODAY))
                .status()).isEqualTo(201);

        browser.signIn(socialWorker.username(), PASSWORD);
        browser.await(By.cssSelector("#bell[data-loaded='true']"));
        var button = browser.await(By.id("bell-button"));
        assertThat(browser.await(By.id("bell-count")).getText()).isEqualTo("1");
        assertThat(button.getAttribute("aria-label")).isEqualTo("Notifications: 1 unread notification");
        assertThat(browser.await(By.id("bell-announce")).getAttribute("textContent"))
                .isEqualTo("You have 1 unread notification.");
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");

        button.sendKeys(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        browser.await(By.cssSelector("#bell[data-loaded='true']"));
        var panel = browser.awaitText(By.id("bell-list"), "Aunty Bellsworth is waiting for a safety decision");
        assertThat(panel.getText()).contains("New", "Robin Testbrook");
        assertThat(browser.script("return document.getElementById('main').inert")).as("the page under the panel")
                .isEqualTo(true);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("notification-bell");

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("bell-button");
        assertThat(browser.script("return document.getElementById('main').inert")).isEqualTo(false);

        // Following it opens the person's page, where the decision is made, and marks it read.
        button.click();
        browser.await(By.cssSelector("#bell[data-loaded='true']"));
        browser.clickAndWaitForTheNextPage(browser.awaitText(By.cssSelector("#bell-list a"), "Aunty Bellsworth"));
        assertThat(browser.path()).isEqualTo("/young-people/" + youngPerson + "/people/" + aunt);
        browser.await(By.cssSelector("#bell[data-loaded='true']"));
        assertThat(browser.driver().findElement(By.id("bell-count")).isDisplayed()).as("no count: nothing unread")
                .isFalse();
        assertThat(socialWorker.get("/api/notifications").json().path("unread").asInt()).isZero();

        browser.go("/notifications");
        assertThat(browser.awaitText(By.id("notifications-page-list"), "Aunty Bellsworth").getText())
                .doesNotContain("New");

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            socialWorker.post("/api/people/" + aunt + "/safety", """
                    {"youngPersonId": "%s", "decision": "WITH_CONDITIONS", "basis": "RISK_ASSESSMENT",
                     "conditions": "Letters only"}""".formatted(youngPerson));
            phone.go("/caseload");
            phone.await(By.cssSelector("#bell[data-loaded='true']"));
            phone.await(By.id("bell-button")).click();
            phone.awaitText(By.id("bell-list"), "contact approved with conditions");
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            assertThat((Boolean) phone.script("""
                    const r = document.getElementById('bell-panel').getBoundingClientRect();
                    return r.left >= 0 && r.right <= window.innerWidth"""))
                    .as("the panel fits the screen").isTrue();
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.screenshot("notification-bell-phone");
        }
    }

    @Test
    void aYoungPersonHasNoWorkersBell() {
        String youngPerson = fixtures.youngPerson();
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        browser.signIn(own.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.all(By.id("bell"))).isEmpty();
    }
}
