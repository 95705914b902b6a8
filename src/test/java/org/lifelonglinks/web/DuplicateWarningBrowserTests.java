package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The warning on "Add a person" about someone already recorded: strength in words, what agrees apart from what
 * differs, and a connection offered only for someone outside this network, never the young person themself.
 */
class DuplicateWarningBrowserTests extends BrowserTest {

    @Test
    void theWarningSaysHowStrongAMatchIsAndWhatDiffersAndNeverOffersTheYoungPersonThemself() throws IOException {
        var coordinator = fixtures.user("COORDINATOR");
        String robin = fixtures.youngPerson(coordinator);
        // Fixture young people are all Robin Testbrook, born 17 May 2011: this one is a namesake in the caseload.
        String namesake = fixtures.youngPerson(coordinator);
        String other = fixtures.youngPerson(coordinator);
        String kerry = addPerson(coordinator, other, "Kerry", "Smyth", 1980, "Leamington");
        String surname = surname();
        String gwen = addPerson(coordinator, robin, "Gwendolyn", surname, 1990, null);

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + robin);
        browser.awaitText(By.id("people"), "Gwendolyn " + surname);

        // The young person's own name and birthday: the namesake is offered, Robin themself is not.
        type("Robin", "Testbrook");
        browser.date("Date of birth", "2011-05-17");
        browser.field("Known as").click();
        var sameName = candidate(namesake, "date of birth matches");
        assertThat(sameName.getText()).contains("Strong match", "Might be the same person as Robin Testbrook",
                "What agrees", "date of birth matches", "Nothing recorded differs.");
        assertThat(sameName.findElements(By.tagName("button"))).extracting(WebElement::getText)
                .containsExactly("Connect this person instead");
        assertThat(browser.all(By.cssSelector("#duplicates li.candidate[data-person-id='" + robin + "']"))).isEmpty();

        // A surname shared with the young person is not enough on its own.
        type("Jordan", "Testbrook");
        browser.date("Date of birth", "");
        browser.field("Known as").click();
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(driver -> driver.findElement(By.id("duplicates")).getText().isEmpty());

        // Kerri Smith, born 1980, may be Kerry Smyth: a possible match, with the evidence for it.
        type("Kerri", "Smith");
        browser.field("Or birth year").sendKeys("1980");
        browser.field("Known as").click();
        var kerri = candidate(kerry, "born 1980");
        assertThat(kerri.getAttribute("data-strength")).isEqualTo("possible");
        assertThat(kerri.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Possible match");
        assertThat(kerri.findElement(By.cssSelector(".evidence-for")).getText())
                .contains("Kerri is a form of Kerry (given name)", "Smyth is a variant of Smith (surname)");
        assertThat(kerri.findElement(By.cssSelector(".evidence-against")).getText())
                .contains("Nothing recorded differs.");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("duplicate-warning-desktop");
        element("duplicate-warning-desktop-detail", browser.await(By.id("duplicates")));

        // Someone already in Robin's network: pointed to, not offered again; what differs listed apart.
        type("Gwendolyn", surname);
        browser.field("Or birth year").clear();
        browser.field("Or birth year").sendKeys("1970");
        browser.field("Known as").click();
        var already = candidate(gwen, "born 1990, 20 years from 1970");
        assertThat(already.findElement(By.cssSelector(".evidence-against")).getText())
                .contains("born 1990, 20 years from 1970");
        assertThat(already.findElement(By.cssSelector(".evidence-for")).getText())
                .contains("given name matches (Gwendolyn)").doesNotContain("born 1990");
        assertThat(already.getText()).contains("Already in Robin's network")
                .doesNotContain("Connect this person instead");
        assertThat(already.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/young-people/" + robin + "/people/" + gwen);
        assertThat(already.findElements(By.tagName("button"))).isEmpty();
        element("duplicate-warning-in-network-detail", browser.await(By.id("duplicates")));

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + robin);
            phone.field("Given name").sendKeys("Kerri");
            phone.field("Family name").sendKeys("Smith");
            phone.field("Or birth year").sendKeys("1980");
            phone.field("Known as").click();
            var warning = phone.awaitText(By.id("duplicates"), "born 1980");
            assertThat(warning.getText()).contains("What agrees", "What differs", "Connect this person instead");
            assertThat(phone.accessibilityProblems()).isEmpty();
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.screenshot("duplicate-warning-phone");
            element("duplicate-warning-phone-detail", warning);
        }
    }

    private void type(String givenName, String familyName) {
        browser.field("Given name").clear();
        browser.field("Given name").sendKeys(givenName);
        browser.field("Family name").clear();
        browser.field("Family name").sendKeys(familyName);
    }

    /**
     * The warning's entry for this person once it says this: each field left asks again, so an entry can first show
     * the answer for the fields filled so far.
     */
    private WebElement candidate(String personId, String saying) {
        var selector = By.cssSelector("#duplicates li.candidate[data-person-id='" + personId + "']");
        return browser.awaitText(selector, saying);
    }

    private String addPerson(Api as, String youngPerson, String givenName, String familyName, int year,
            String town) {
        var response = as.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": %d, %s"relationship": "relative",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(givenName, familyName, year,
                town == null ? "" : "\"town\": \"" + town + "\", "));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    /** Sets a date input as a date picker would (typed dates depend on the browser's locale). */
    /** Just the warning, to look at beside the whole page. */
    private static void element(String name, WebElement element) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
    }

    /** An invented family name of letters only, unlikely to meet any other test's names in the tracing index. */
    private static String surname() {
        var random = ThreadLocalRandom.current();
        var name = new StringBuilder("Quill");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
