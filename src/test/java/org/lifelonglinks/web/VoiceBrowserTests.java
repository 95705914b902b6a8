package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.lifelonglinks.support.IntegrationTest;
import org.openqa.selenium.By;

/**
 * The young person's voice end to end in Chromium at phone size (390 × 844): each part used as the young person,
 * then seen arriving on the coordinator's and the social worker's pages; and the same page in Welsh.
 */
class VoiceBrowserTests extends BrowserTest {

    @Test
    void aYoungPersonUsesTheirPageOnAPhoneAndTheirWorkersSeeItArrive() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        var gran = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Edie", "familyName": "Voicemoor", "birthYear": 1950, "relationship": "grandmother",
                 "category": "FAMILY", "baseline": "REGULAR", "wish": "IMPORTANT_TO_ME"}""").text("personId");
        assertThat(coordinator.put("/api/young-people/" + youngPerson + "/meeting", """
                {"date": "%s"}""".formatted(LocalDate.now())).status()).isEqualTo(200);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/plan", """
                {"commitments": [{"personId": "%s", "activity": "OVERNIGHT_STAY", "frequency": "MONTHLY",
                  "startDate": "%s"}]}""".formatted(gran, LocalDate.now())).status()).isEqualTo(201);
        var own = fixtures.user("YOUNG_PERSON", youngPerson);

        browser.close();
        browser = Browser.open(port, 390, 844);
        browser.signIn(own.username(), IntegrationTest.PASSWORD);
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.await(By.id("messages-coordinator")).getText())
                .isEqualTo("Your coordinator is Test COORDINATOR.");
        assertThat(browser.await(By.id("me-help")).getText()).contains("tell Test COORDINATOR, your coordinator");

        // My wishes, my plan, my meeting: taps on whole rows.
        browser.await(By.cssSelector("label[for='wish-" + gran + "-WANT_BACK_IN_TOUCH']")).click();
        browser.awaitText(By.cssSelector("[data-person='" + gran + "'] .me-said"), "Saved.");
        browser.await(By.xpath("//fieldset[contains(@class,'me-happening')]//label[contains(., 'A bit')]")).click();
        browser.awaitText(By.cssSelector(".me-happening .me-said"), "Thank you.");
        browser.await(By.cssSelector("label[for='meeting-" + gran + "']")).click();
        browser.field("What I want to say").sendKeys("I want to see Gran more.");
        browser.await(By.cssSelector("#meeting-form button[type=submit]")).click();
        browser.awaitText(By.cssSelector("#meeting-form [data-saved]"), "Thank you. Your coordinator will see it.");

        // Tell us about someone: the error summary first, in their words, then sent.
        browser.button("Send to my coordinator").click();
        var summary = browser.await(By.cssSelector("#suggest-form [data-error-summary]"));
        browser.awaitText(By.cssSelector("#suggest-form [data-error-summary]"), "There is a problem");
        assertThat(summary.getText()).contains("Please write their name.");
        browser.field("Their name, as you know it").sendKeys("Aunty Kerry");
        browser.field("Who are they to you, or where did you know them?").sendKeys("my mum's sister");
        browser.await(By.xpath("//fieldset[@id='suggest-want']//label[contains(., 'To be back in touch')]")).click();
        browser.button("Send to my coordinator").click();
        browser.awaitText(By.id("suggestions-list"), "Your coordinator has this. They will look at it soon.");

        // A message, and how much I know about my family.
        browser.field("Write a message").sendKeys("Can we talk on Tuesday?");
        browser.await(By.cssSelector("#message-form button[type=submit]")).click();
        browser.awaitText(By.id("messages-list"), "Can we talk on Tuesday?");
        browser.await(By.xpath("//fieldset[@id='family-rating']//label[contains(., 'Quite a lot')]")).click();
        browser.button("Save my answer").click();
        browser.awaitText(By.id("family-last"), "Last time you said: Quite a lot.");

        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(smallTargets()).as("every target on the page is at least 44 px tall").isEmpty();
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        browser.screenshot("me-voice-phone");

        // "I don't feel safe": one tap, what happens next, whom to call now.
        browser.button("I don't feel safe").click();
        browser.awaitText(By.id("unsafe-told"), "We have told your coordinator, Test COORDINATOR.");
        assertThat(browser.await(By.id("unsafe-told")).getText()).contains(
                "We have told your social worker, Test SOCIAL_WORKER.", "Someone will get in touch with you today.");
        assertThat(browser.link("Call Childline for free on 0800 1111").getAttribute("href")).isEqualTo("tel:08001111");
        assertThat(browser.link("If you are in danger, call 999").getAttribute("href")).isEqualTo("tel:999");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("me-unsafe-phone");
        browser.button("Close").click();

        // The coordinator: the urgent task first, the suggestion, the message, their words beside the records.
        browser.signOut();
        browser.signIn(coordinator.username(), IntegrationTest.PASSWORD);
        browser.go("/caseload");
        var attention = browser.await(By.id("needs-attention")).getText();
        assertThat(attention).contains("URGENT: Robin says they do not feel safe", "Robin told us about someone",
                "Robin sent you a message");
        browser.go("/young-people/" + youngPerson);
        browser.awaitText(By.id("voice-suggestions"), "Aunty Kerry");
        assertThat(browser.await(By.id("voice-suggestions")).getText()).contains("wants to be back in touch");
        browser.awaitText(By.id("voice-messages"), "· read");
        assertThat(browser.await(By.id("voice-messages")).getText()).contains("Can we talk on Tuesday?")
                .doesNotContain("not read yet");
        assertThat(browser.await(By.id("voice-unsafe")).getText()).contains("Robin said they do not feel safe");
        browser.screenshot("workspace-young-persons-voice");
        browser.go("/young-people/" + youngPerson + "/people/" + gran);
        assertThat(browser.await(By.id("voice-person-words")).getText())
                .contains("“I want to be back in touch”, said on", "Recorded by the coordinator: important to me");
        browser.go("/young-people/" + youngPerson + "/plan");
        assertThat(browser.await(By.id("voice-meeting-words")).getText())
                .contains("Who they would like there: Edie Voicemoor", "I want to see Gran more.");
        assertThat(browser.await(By.id("voice-plan-words")).getText())
                .contains("With Edie Voicemoor: is it happening? “partly”", "(their own rating): 4 on");

        // The social worker sees the urgent task too, and the young person sees "Seen" once the coordinator read.
        browser.signOut();
        browser.signIn(socialWorker.username(), IntegrationTest.PASSWORD);
        browser.go("/caseload");
        assertThat(browser.await(By.id("needs-attention")).getText())
                .contains("URGENT: Robin says they do not feel safe");
        browser.signOut();
        browser.signIn(own.username(), IntegrationTest.PASSWORD);
        browser.awaitText(By.id("messages-list"), "Seen");
    }

    /** English words moved into the bundle: none may be left on the young person's pages in Welsh. */
    static final List<String> ENGLISH_WORDS = List.of("Hello,", "People who have cared for you", "Family",
            "Your plan", "Photos and letters", "Bigger", "Smaller", "See it all", "Show the key", "Your grandmother",
            "You are in touch", "Not in touch", "Back in touch", "There is", "There are", "Getting your",
            "You do not have a plan", "Nothing has been shared", "Nothing here yet", "People around me",
            "My family tree", "You are in the middle", "A picture of", "Back to my page", "Move the picture",
            "My network", "Signed in as", "Sign out", "Skip to");

    @Test
    void theYoungPersonsPageIsInWelshWhenTheyChooseIt() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Edie", "familyName": "Cymrufield", "birthYear": 1950, "relationship": "grandmother",
                 "category": "FAMILY", "baseline": "REGULAR", "wish": "IMPORTANT_TO_ME"}""").text("personId");
        coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Marta", "familyName": "Cymruvale", "birthYear": 1972, "relationship": "foster carer",
                 "category": "FORMER_CARER", "baseline": "OCCASIONAL", "wish": "IMPORTANT_TO_ME"}""").text("personId");
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        browser.close();
        browser = Browser.open(port, 390, 844);
        browser.signIn(own.username(), IntegrationTest.PASSWORD);
        browser.clickAndWaitForTheNextPage(browser.link("Cymraeg"));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("cy");
        assertThat(browser.await(By.id("suggest-heading")).getText()).isEqualTo("Dyweda wrthon ni am rywun");
        assertThat(browser.await(By.id("unsafe-button")).getText()).isEqualTo("Dydw i ddim yn teimlo'n ddiogel");
        assertThat(browser.await(By.id("messages-coordinator")).getText())
                .isEqualTo("Dy gydlynydd yw Test COORDINATOR.");
        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Helo, Robin");
        assertThat(browser.await(By.id("people")).getText()).contains("Mae 2 o bobl yn dy rwydwaith.", "Teulu",
                "Pobl sydd wedi gofalu amdanat ti", "Dy grandmother", "Rydych chi mewn cysylltiad yn aml");
        assertThat(browser.await(By.id("plan")).getText()).startsWith("Does gen ti ddim cynllun eto.");
        assertThat(shownWords()).as("English left on /me in Welsh").isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("me-welsh-phone");

        // The chart, drawn on the server in the page's language (the cookie), and with ?lang=cy.
        for (String svg : List.of((String) browser.script("const r = new XMLHttpRequest();"
                + " r.open('GET', '/api/me/chart.svg', false); r.send(); return r.responseText;"),
                own.get("/api/me/chart.svg?lang=cy").body())) {
            assertThat(svg).contains("TEULU", "POBL A FU'N GOFALU AMDANAT TI", "Rhwydwaith Robin", "Allwedd",
                    "ti, yn y canol", "mewn cysylltiad yn aml")
                    .doesNotContain("FAMILY", "PEOPLE WHO CARED", "Key<", "in touch often", "s network");
        }
        assertThat(own.get("/api/me/chart.svg?view=family&lang=cy").body())
                .contains("Coeden deulu Robin", "bachgen neu ddyn").doesNotContain("family tree", "boy or man");
        assertThat(own.get("/api/me/chart.svg").body()).as("English unless asked").contains("PEOPLE WHO CARED FOR YOU");
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/chart.svg?lang=cy").body())
                .as("a worker's chart stays in English").contains("FAMILY", "Key<").doesNotContain("TEULU");

        browser.go("/me/chart");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("cy");
        assertThat(browser.await(By.id("chart-heading")).getText()).isEqualTo("Dy rwydwaith fel llun");
        assertThat(browser.await(By.id("back-to-me")).getText()).contains("Yn ôl i fy nhudalen");
        assertThat(shownWords()).as("English left on /me/chart in Welsh").isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.go("/me");
        assertThat(browser.script("return document.documentElement.lang")).as("the choice is kept").isEqualTo("cy");
        browser.clickAndWaitForTheNextPage(browser.link("English"));
        assertThat(browser.await(By.id("suggest-heading")).getText()).isEqualTo("Tell us about someone");
        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Hello, Robin");
    }

    /** Every English word in ENGLISH_WORDS found in the page: its text, titles, alt texts and aria labels. */
    @SuppressWarnings("unchecked")
    private List<String> shownWords() {
        String shown = (String) browser.script("""
                const parts = [document.title, document.body.innerText];
                for (const el of document.querySelectorAll('[alt], [aria-label], [aria-roledescription], [title]')) {
                  ['alt', 'aria-label', 'aria-roledescription', 'title'].forEach((a) => parts.push(el.getAttribute(a) || ''));
                }
                return parts.join(' | ');
                """);
        return ENGLISH_WORDS.stream().filter(shown::contains).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> smallTargets() {
        return (List<String>) browser.script("""
                const small = [];
                const targets = '#main button, #main .button, #main label.me-choice, #main input[type=text], '
                    + '#main textarea, .unsafe button, .unsafe .button, #language-switch';
                for (const el of document.querySelectorAll(targets)) {
                  const r = el.getBoundingClientRect();
                  if (r.width && r.height < 44) small.push(el.textContent.trim().slice(0, 40) + ' ' + r.height);
                }
                return small;
                """);
    }
}
