package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** On a person's page the coordinator says what they are to the young person, hides them, and records family links. */
class PersonConnectionBrowserTests extends BrowserTest {

    @Test
    void aCoordinatorHidesSomeoneFromTheYoungPersonsOwnPage() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String uncle = fixtures.person(youngPerson, "Vic", "Testhollow");
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        assertThat(own.get("/api/me/network").body()).contains("Vic");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/people/" + uncle);

        browser.field("Relationship").clear();
        browser.field("Relationship").sendKeys("mum's brother");
        browser.field("Hide from Robin's own page, chart and plan").click();
        browser.button("Save").click();

        browser.awaitText(By.cssSelector("#connection-form .status.ok"), "hidden from Robin's own page");
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(own.get("/api/me/network").body()).doesNotContain("Vic");
        var connection = coordinator.get("/api/young-people/" + youngPerson + "/network").json().get("connections")
                .valueStream().filter(c -> c.get("personId").asString().equals(uncle)).findFirst().orElseThrow();
        assertThat(connection.get("relationship").asString()).isEqualTo("mum's brother");
        assertThat(connection.get("hiddenFromYoungPerson").asBoolean()).isTrue();

        // A social worker reads the record but does not change it: the forms they cannot use are not offered; the
        // safety decisions they make are, every one of them.
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        for (var size : new int[][] {{1366, 900}, {390, 844}}) {
            try (var reader = org.lifelonglinks.support.Browser.open(port, size[0], size[1])) {
                reader.signIn(socialWorker.username(), PASSWORD);
                reader.go("/young-people/" + youngPerson + "/people/" + uncle);
                reader.awaitText(By.id("contact-not-offered"), "Your role can read this record but not change it");
                for (String form : new String[] {"contact-form", "connection-form", "kin-form", "move-form"}) {
                    assertThat(reader.driver().findElement(By.id(form)).isDisplayed()).as(form).isFalse();
                }
                assertThat(new Select(reader.field("Decision")).getOptions().stream()
                        .filter(org.openqa.selenium.WebElement::isEnabled)).hasSize(3);
                assertThat(reader.accessibilityProblems()).as(size[0] + " px").isEmpty();
            }
        }
    }

    @Test
    void aCoordinatorRecordsAFamilyLinkAndAnImpossibleOneIsRefusedBesideTheField() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String gran = fixtures.person(youngPerson, "Edie", "Testmarsh");
        String mum = fixtures.person(youngPerson, "Dana", "Testmarsh");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/people/" + mum);

        browser.choose("Who", "Edie Testmarsh");
        browser.choose("is Dana's", "parent");
        browser.button("Record the link").click();

        browser.awaitText(By.id("kin-list"), "Edie Testmarsh is Dana's parent");
        browser.screenshot("person-family-links");

        browser.go("/young-people/" + youngPerson + "/people/" + gran);
        browser.choose("Who", "Dana Testmarsh");
        browser.choose("is Edie's", "parent");
        browser.button("Record the link").click();

        var error = browser.await(By.cssSelector("#kin-form .field-error"));
        assertThat(error.getText()).contains("already recorded as child and parent");
        assertThat(new Select(browser.field("Who")).getFirstSelectedOption().getText()).isEqualTo("Dana Testmarsh");
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/network").json().get("kinship").size())
                .isEqualTo(1);
    }
}
