package org.lifelonglinks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A coordinator uploads photos and a letter; the young person finds what is theirs to see on their own page. */
class DocumentsBrowserTests extends BrowserTest {

    @Test
    void aSharedPhotoAndLetterAppearOnTheYoungPersonsPageButNotOneAboutSomeoneBarred() throws Exception {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        person(coordinator, youngPerson, "Granny", "REGULAR");
        String barred = person(coordinator, youngPerson, "Barrett", "BROKEN_DOWN");
        assertThat(coordinator.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);
        Path folder = Files.createDirectories(Path.of("target", "test-uploads"));
        Path seaside = Files.write(folder.resolve("IMG_0042.jpg"), Pictures.phoneJpeg(800, 600, 7));
        Path card = Files.write(folder.resolve("card.png"), Pictures.plain("png", 300, 200, 8));
        Path letter = Files.write(folder.resolve("letter-from-gran.pdf"), Pictures.pdf("Dear Robin"));

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/notes");
        upload(seaside, "Gran at the seaside", null, "Granny (relative)");
        upload(card, "Birthday card", null, "Barrett (relative)");
        upload(letter, "A letter from Gran", "Letter", "Granny (relative)");

        WebElement thumbnail = browser.await(By.cssSelector("#document-list img[alt='Gran at the seaside']"));
        browser.waitUpTo(java.time.Duration.ofSeconds(10))
                .until(d -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                        thumbnail));
        assertThat((Long) browser.script("return arguments[0].naturalHeight", thumbnail))
                .as("the thumbnail stands upright: the phone said the photo was turned").isGreaterThan(
                        (Long) browser.script("return arguments[0].naturalWidth", thumbnail));
        assertThat(browser.all(By.cssSelector("#document-list [data-shared]"))).as("the photo and the letter")
                .hasSize(2);
        assertThat(browser.await(By.cssSelector("#document-list [data-kept]")).findElement(By.xpath(
                "./ancestor::li")).getText()).contains("Birthday card");
        assertThat(browser.await(By.id("document-list")).getText()).contains("Letter · ", "about Granny Documenta");
        browser.awaitText(By.cssSelector("#chronology tbody"), "Photo added: Gran at the seaside");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.script("document.getElementById('documents').scrollIntoView()");
        browser.screenshot("documents-coordinator");

        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(own.username(), PASSWORD);
            assertThat(phone.path()).isEqualTo("/me");
            var documents = phone.awaitText(By.id("documents"), "Gran at the seaside");
            assertThat(documents.getText()).contains("A letter from Gran").doesNotContain("Birthday card");
            assertThat(phone.text()).doesNotContain("Barrett");
            WebElement photo = phone.await(By.cssSelector("#documents img[alt='Gran at the seaside']"));
            phone.waitUpTo(java.time.Duration.ofSeconds(10))
                    .until(d -> (Boolean) phone.script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                            photo));
            var link = phone.await(By.xpath("//a[contains(., 'A letter from Gran')]"));
            assertThat(link.getAttribute("href")).contains("/api/me/documents/").endsWith("/content");
            assertThat(link.getSize().getHeight()).as("a large tap target").isGreaterThanOrEqualTo(48);
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.script("document.getElementById('documents').scrollIntoView()");
            phone.screenshot("me-documents-phone");
            // The photo itself opens from the page, for the young person, and is audited as theirs.
            assertThat(own.binary(photo.findElement(By.xpath("./ancestor::a")).getAttribute("href")
                    .replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
        }
    }

    private void upload(Path file, String title, String kind, String about) {
        browser.field("File").sendKeys(file.toAbsolutePath().toString());
        browser.field("Title").sendKeys(title);
        if (kind != null) {
            browser.choose("Kind", kind);
        }
        browser.await(By.xpath("//div[@id='document-about']//label[contains(., " + literal(about) + ")]/input"))
                .click();
        browser.await(By.id("document-share")).click();
        browser.button("Upload").click();
        browser.awaitText(By.cssSelector("#document-form [data-form-status]"), "“" + title + "” is on the record");
        browser.awaitText(By.id("document-list"), title);
    }

    private static String literal(String text) {
        return "'" + text + "'";
    }

    private static String person(Api coordinator, String youngPerson, String givenName, String baseline) {
        var response = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "Documenta", "birthYear": 1960, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s"}""".formatted(givenName, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }
}
