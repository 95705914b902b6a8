package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/**
 * The young person's own page in a real browser: what they see (their people, in plain words, and their plan) and
 * what they never see or reach (people hidden from them, people under a do-not-contact decision, private fields,
 * other young people's records).
 */
class YoungPersonBrowserTests extends BrowserTest {

    private static final LocalDate MEETING = LocalDate.now().minusDays(20);

    private String youngPerson;
    private String localId;
    private String grandmother;
    private String hidden;
    private String hiddenName;
    private String dangerName;
    private Api account;

    @BeforeEach
    void aYoungPersonWithTheirNetwork() {
        youngPerson = fixtures.youngPerson();
        localId = admin.get("/api/young-people/" + youngPerson).text("localId");
        grandmother = person("Edie", "Testmoor", "grandmother", "FAMILY", "REGULAR", "1950-02-03", "Testbridge");
        String carer = person("Marta", "Testvale", "foster carer", "FORMER_CARER", "LOST_TOUCH", "1972-08-09",
                "Testhaven");
        person("Jo", "Testfield", "friend from football", "FRIEND", "OCCASIONAL", "2010-04-05", "Testford");

        hiddenName = unique("Quentin");
        var hiddenAdded = add(hiddenName, "Testhidden", "uncle", "FAMILY", "NEVER_MET", "1968-01-02", "Testcombe");
        hidden = hiddenAdded.text("personId");
        var patched = admin.patch("/api/young-people/" + youngPerson + "/connections/"
                + hiddenAdded.text("connectionId"), "{\"hiddenFromYoungPerson\": true}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        dangerName = unique("Victor");
        String danger = add(dangerName, "Testdanger", "father", "FAMILY", "LOST_TOUCH", "1965-03-04", "Testmouth")
                .text("personId");
        var decision = admin.post("/api/people/" + danger + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER",
                 "reason": "Court order: risk of serious harm"}""".formatted(youngPerson));
        assertThat(decision.status()).as(decision.toString()).isEqualTo(201);

        approve(grandmother);
        approve(carer);
        contact(carer, "PHONE", "AGREED_TO_BE_INVOLVED", MEETING.minusDays(10));
        contact(carer, "CALL", null, MEETING.minusDays(5));
        var meeting = admin.put("/api/young-people/" + youngPerson + "/meeting", """
                {"date": "%s", "invited": ["%s", "%s"], "attended": ["%s"]}"""
                .formatted(MEETING, grandmother, carer, grandmother));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        var plan = admin.post("/api/young-people/" + youngPerson + "/plan", """
                {"agreedOn": "%s", "summary": "Robin wants to stay with Gran more and keep talking to Marta.",
                 "commitments": [
                   {"personId": "%s", "activity": "OVERNIGHT_STAY", "frequency": "MONTHLY", "startDate": "%s"},
                   {"personId": "%s", "activity": "CALL", "frequency": "FORTNIGHTLY", "startDate": "%s"}]}"""
                .formatted(MEETING, grandmother, MEETING, carer, MEETING));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);

        account = fixtures.user("YOUNG_PERSON", youngPerson);
    }

    @Test
    void aYoungPersonSeesThePeopleWhoMatterAndTheirPlanOnTheirPhoneAndNothingTheyMustNotSee() {
        phone();
        signIn(account);

        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Hello, Robin");
        var people = browser.await(By.id("people")).getText();
        assertThat(people).contains("Family", "Edie Testmoor", "Your grandmother", "You are in touch often",
                "People who have cared for you", "Marta Testvale", "Your foster carer", "Friends", "Jo Testfield");
        var marta = browser.await(By.xpath("//li[contains(., 'Marta Testvale')]")).getText();
        assertThat(marta).contains("Back in touch");
        assertThat(browser.await(By.xpath("//li[contains(., 'Edie Testmoor')]")).getText())
                .doesNotContain("Back in touch");
        var plan = browser.await(By.id("plan")).getText();
        assertThat(plan).contains("Robin's Lifelong Links plan", "Robin wants to stay with Gran more",
                "Edie (your grandmother)", "Overnight stays, every month", "Marta (your foster carer)");
        assertThat(browser.link("Download PDF").getAttribute("href")).endsWith("/api/me/plan.pdf");
        assertThat(browser.link("Print my plan").getAttribute("href")).endsWith("/api/me/plan.html");
        var chart = browser.await(By.id("chart"));
        assertThat(chart.getAttribute("src")).endsWith("/api/me/chart.svg");
        assertThat(chart.getAttribute("alt")).contains("You are in the middle", "Edie Testmoor (grandmother)");
        assertThat((Boolean) browser.script("const i = document.getElementById('chart');"
                + " return i.complete && i.naturalWidth > 0;")).as("the chart loads").isTrue();

        String source = browser.source();
        assertThat(source).doesNotContain(hiddenName, "Testhidden", dangerName, "Testdanger", "Court order",
                "court order", localId, "2011-05-17", "1950-02-03", "1972-08-09", "Testbridge", "Testhaven",
                "Testford", "TE1 2ST");
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        browser.screenshot("me-phone");

        browser.button("My family tree").click();
        assertThat(chart.getAttribute("src")).endsWith("/api/me/chart.svg?view=family");
        assertThat(chart.getAttribute("alt")).startsWith("Your family tree").contains("Edie Testmoor")
                .doesNotContain("Jo Testfield");
        assertThat(browser.button("My family tree").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.button("People around me").getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void onAPhoneTheirChartIsReadableCanBeMadeBiggerAndMovedAroundAndLeadsBackToTheirPage() {
        phone();
        signIn(account);
        var frame = browser.await(By.cssSelector("#own-chart .chart-frame"));
        awaitChartDrawn();

        assertThat(scale()).as("chart words start at least 10 px high, not 3 px").isGreaterThanOrEqualTo(0.85);
        snapshot(browser.await(By.id("own-chart")), "me-chart-panel-phone");
        double before = chartWidth();
        browser.await(By.cssSelector("#own-chart [data-zoom='in']")).click();
        assertThat(chartWidth()).as("Bigger makes the picture bigger").isGreaterThan(before * 1.3);
        browser.await(By.cssSelector("#own-chart [data-zoom='out']")).click();
        assertThat(chartWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));

        frame.sendKeys("+");
        assertThat(chartWidth()).as("+ on the keyboard zooms too").isGreaterThan(before * 1.3);
        long left = scrollLeft();
        frame.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        assertThat(scrollLeft()).as("the arrow keys move around the picture").isGreaterThan(left);
        browser.await(By.cssSelector("#own-chart [data-zoom='key']")).click();
        assertThat((Boolean) browser.script("const f = document.querySelector('#own-chart .chart-frame');"
                + " const key = f.querySelector('img').getBoundingClientRect(); const box = f.getBoundingClientRect();"
                + " return f.scrollLeft + f.clientWidth >= f.scrollWidth - 2 && key.right >= box.right - 20;"))
                .as("the key is in view").isTrue();
        snapshot(browser.await(By.id("own-chart")), "me-chart-key-phone");

        var print = browser.await(By.id("print-plan"));
        assertThat(print.getText()).isEqualTo("Print my plan");
        assertThat(print.getAttribute("href")).endsWith("/api/me/plan.html");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        assertThat(apiCalls()).as("the page asks only for the young person's own projection")
                .isNotEmpty().allMatch(path -> path.startsWith("/api/me/"));
        browser.screenshot("me-chart-on-me-phone");

        browser.clickAndWaitForTheNextPage(browser.await(By.id("chart-open")));
        assertThat(browser.path()).isEqualTo("/me/chart");
        awaitChartDrawn();
        assertThat(scale()).isGreaterThanOrEqualTo(0.85);
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(apiCalls()).allMatch(path -> path.startsWith("/api/me/"));
        browser.screenshot("me-chart-page-phone");
        browser.button("My family tree").click();
        awaitChartDrawn();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/me/chart?view=family");
        browser.screenshot("me-chart-page-family-phone");

        var back = browser.await(By.id("back-to-me"));
        assertThat(back.getText()).contains("Back to my page");
        browser.clickAndWaitForTheNextPage(back);
        assertThat(browser.path()).isEqualTo("/me");
    }

    @Test
    void onALargerScreenTheChartPageZoomsAndLeadsBack() {
        signIn(account);
        browser.go("/me/chart");
        awaitChartDrawn();

        double before = chartWidth();
        browser.await(By.cssSelector("#own-chart [data-zoom='in']")).click();
        assertThat(chartWidth()).isGreaterThan(before * 1.3);
        browser.await(By.cssSelector("#own-chart [data-zoom='fit']")).click();
        assertThat(chartWidth()).as("See it all fits the picture in its frame")
                .isLessThanOrEqualTo(((Number) browser.script(
                        "return document.querySelector('#own-chart .chart-frame').clientWidth;")).doubleValue() + 1);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("me-chart-page-desktop");

        browser.clickAndWaitForTheNextPage(browser.await(By.id("back-to-me")));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.await(By.id("print-plan")).getAttribute("href")).endsWith("/api/me/plan.html");
    }

    @Test
    void aYoungPersonCannotOpenAnotherYoungPersonsPageOrSomeoneHiddenFromThem() {
        String other = fixtures.youngPerson();
        signIn(account);

        browser.go("/young-people/" + other);
        assertThat(browser.all(By.cssSelector("[data-refused='403']"))).hasSize(1);
        assertThat(browser.text()).contains("This page is not open to you");

        browser.go("/young-people/" + youngPerson + "/people/" + hidden);
        assertThat(browser.all(By.cssSelector("[data-refused='403'], [data-refused='404']"))).hasSize(1);
        assertThat(browser.source()).doesNotContain(hiddenName);

        browser.go("/api/people/" + hidden);
        assertThat(browser.text()).containsPattern("\"status\":\\s*40[34]").contains("/problems/")
                .doesNotContain(hiddenName);

        browser.go("/api/young-people/" + other + "/network");
        assertThat(browser.text()).containsPattern("\"status\":\\s*40[34]").contains("/problems/")
                .doesNotContain("Testbrook");

        browser.go("/api/young-people/" + youngPerson + "/network");
        assertThat(browser.text()).as("not even their own full network: only the projection")
                .containsPattern("\"status\":\\s*40[34]").doesNotContain(hiddenName);
    }

    @Test
    void onALargerScreenThePageStaysCalmAndReadable() {
        signIn(account);

        assertThat(browser.path()).isEqualTo("/me");
        browser.awaitText(By.id("plan"), "What we agreed");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("me-desktop");
    }

    @Test
    void withoutAPlanYetThePageSaysSoKindly() {
        String another = fixtures.youngPerson();
        person(another, "Nell", "Testbank", "sister", "FAMILY", "REGULAR", "2009-06-07", "Testwick");
        var own = fixtures.user("YOUNG_PERSON", another);

        signIn(own);

        assertThat(browser.await(By.id("plan")).getText()).contains("You do not have a plan yet");
        assertThat(browser.all(By.linkText("Download PDF")).stream().filter(e -> e.isDisplayed())).isEmpty();
        assertThat(browser.await(By.id("people")).getText()).contains("Nell Testbank", "Your sister");
        assertThat(browser.source()).doesNotContain("2009-06-07", "Testwick");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /**
     * Signs in and waits for the own page's greeting: the sign-in form's page can count as ready a moment before
     * the browser has moved on to the page it leads to.
     */
    private void signIn(Api user) {
        browser.signIn(user.username(), PASSWORD);
        browser.awaitText(By.id("greeting"), "Hello, ");
    }

    /** Waits until the chart's picture has loaded and been given its size. */
    private void awaitChartDrawn() {
        browser.waitUpTo(java.time.Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(browser.script("const i = document.getElementById('chart');"
                        + " return i.complete && i.naturalWidth > 0 && !!i.closest('.chart-frame').dataset.scale"
                        + " && i.style.width !== '';")));
    }

    /** A picture of one part of the page, to look at as the young person would. */
    private static void snapshot(org.openqa.selenium.WebElement element, String name) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + ".png"),
                    element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double chartWidth() {
        return ((Number) browser.script("return document.getElementById('chart').getBoundingClientRect().width;"))
                .doubleValue();
    }

    private double scale() {
        return Double.parseDouble((String) browser.script(
                "return document.getElementById('chart').closest('.chart-frame').dataset.scale;"));
    }

    private long scrollLeft() {
        return ((Number) browser.script(
                "return document.getElementById('chart').closest('.chart-frame').scrollLeft;")).longValue();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> apiCalls() {
        return (java.util.List<String>) browser.script("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname).filter(p => p.startsWith('/api/'));");
    }

    private void phone() {
        browser.close();
        browser = Browser.open(port, 390, 844);
    }

    private String person(String given, String family, String relationship, String category, String baseline,
            String dateOfBirth, String town) {
        return person(youngPerson, given, family, relationship, category, baseline, dateOfBirth, town);
    }

    private String person(String yp, String given, String family, String relationship, String category,
            String baseline, String dateOfBirth, String town) {
        return add(yp, given, family, relationship, category, baseline, dateOfBirth, town).text("personId");
    }

    private Api.Response add(String given, String family, String relationship, String category, String baseline,
            String dateOfBirth, String town) {
        return add(youngPerson, given, family, relationship, category, baseline, dateOfBirth, town);
    }

    private Api.Response add(String yp, String given, String family, String relationship, String category,
            String baseline, String dateOfBirth, String town) {
        var response = admin.post("/api/young-people/" + yp + "/people", """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "town": "%s", "postcode": "TE1 2ST",
                 "relationship": "%s", "category": "%s", "baseline": "%s"}"""
                .formatted(given, family, dateOfBirth, town, relationship, category, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private void approve(String personId) {
        var response = admin.post("/api/people/" + personId + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void contact(String personId, String kind, String outcome, LocalDate date) {
        var response = admin.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, date, kind,
                outcome == null ? "" : ", \"outcome\": \"" + outcome + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
