package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's meeting, plan and reviews page and the analysis page, in a real browser: the records are set up
 * through the API as other workers would have made them, then the coordinator does the work by typing and clicking.
 */
class PlanBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aCoordinatorPreparesTheMeetingAgreesTwoVersionsOfThePlanPrintsItAndRecordsReviews() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        // Gran was in regular contact at referral: no approval needed. The aunt was lost: a social worker approved
        // contact and she agreed to be involved. The father is under a court order; a friend is not assessed yet.
        String gran = person(coordinator, youngPerson, "Edie", "Testmoor", "grandmother", "FAMILY", "REGULAR");
        String aunt = person(coordinator, youngPerson, "Kerry", "Testmoor", "aunt", "FAMILY", "LOST_TOUCH");
        String father = person(coordinator, youngPerson, "Dale", "Testridge", "father", "FAMILY", "BROKEN_DOWN");
        person(coordinator, youngPerson, "Jo", "Testvale", "old school friend", "FRIEND", "LOST_TOUCH");
        ok(coordinator.post("/api/people/" + aunt + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(gran)));
        ok(socialWorker.post("/api/people/" + aunt + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson)));
        ok(coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "AGREED_TO_BE_INVOLVED"}"""
                .formatted(aunt, TODAY)));
        ok(socialWorker.post("/api/people/" + father + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER",
                 "reason": "Order in place"}""".formatted(youngPerson)));

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/plan");
        assertThat(browser.text()).contains("Robin Testbrook: meeting, plan and reviews");

        // 1. The meeting: the father cannot be invited, and the page says why.
        WebElement fatherBox = browser.driver().findElement(By.id("invited-" + father));
        assertThat(fatherBox.isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("invited-" + father + "-hint")).getText())
                .contains("Cannot be invited: a do-not-contact decision stands").contains("court order");
        assertThat(browser.driver().findElement(By.id("invited-list")).getText()).contains("Do not contact");
        browser.date("Date of the meeting", TODAY.toString());
        browser.field("Jo Testvale (old school friend)").click();
        browser.field("Edie Testmoor (grandmother)").click();
        browser.button("Save the meeting").click();
        assertThat(browser.awaitText(By.cssSelector("#invited-set .field-error"), "Jo Testvale").getText())
                .contains("cannot be invited yet").contains("safety approval").doesNotContain("/api/");
        browser.field("Jo Testvale (old school friend)").click();
        browser.field("Kerry Testmoor (aunt)").click();
        browser.driver().findElement(By.id("attended-" + gran)).click();
        browser.field("Others at the meeting").sendKeys("Sam (coordinator)");
        browser.button("Save the meeting").click();
        browser.awaitText(By.id("meeting-saved"), "Saved");
        assertThat(browser.driver().findElement(By.id("meeting-saved")).getText())
                .contains("Edie Testmoor, Kerry Testmoor").contains("Sam (coordinator)");

        // 2. The plan: two commitments; the second row's missing activity is shown beside it, and what was typed stays.
        assertThat(browser.text()).contains("No plan agreed yet");
        browser.field("Summary").sendKeys("More time with Gran, and getting to know Kerry again.");
        new Select(commitmentField(1, "Person")).selectByVisibleText("Edie Testmoor (grandmother)");
        new Select(commitmentField(1, "Activity")).selectByVisibleText("Overnight stays");
        new Select(commitmentField(1, "How often")).selectByVisibleText("Every month");
        assertThat(new Select(commitmentField(1, "Person")).getOptions().stream()
                .filter(o -> o.getText().startsWith("Dale Testridge")).findFirst().orElseThrow().isEnabled())
                .as("a person under do-not-contact cannot be chosen").isFalse();
        browser.button("Add another commitment").click();
        assertThat(browser.driver().switchTo().activeElement()).as("the new row's first field has the focus")
                .isEqualTo(commitmentField(2, "Person"));
        new Select(commitmentField(2, "Person")).selectByVisibleText("Kerry Testmoor (aunt)");
        new Select(commitmentField(2, "How often")).selectByVisibleText("Every two weeks");
        typeDate(commitmentDate(2, "Start date"), TODAY);
        commitmentField(2, "Note").sendKeys("At the café near school");
        // A row added by mistake is removed from the keyboard; the focus goes back to the rows left.
        browser.button("Add another commitment").click();
        WebElement removeThird = browser.driver().findElement(By.cssSelector("[aria-label='Remove commitment 3']"));
        removeThird.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.all(By.cssSelector("fieldset.commitment"))).hasSize(2);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(commitmentField(2, "Person"));
        browser.button("Agree this plan").click();
        // Two rows with a problem each: both are marked at once, and the summary links to each field.
        var summary = browser.awaitText(By.cssSelector("#plan-form .error-summary"), "There is a problem");
        assertThat(summary.findElements(By.cssSelector("li a"))).extracting(WebElement::getText)
                .containsExactly("Give the date commitment 1 starts.", "Choose an activity for commitment 2.");
        assertThat(commitmentDate(1, "Start date").findElement(By.cssSelector("[data-part='day']"))
                .getAttribute("aria-invalid")).as("the date's day input is marked").isEqualTo("true");
        summary.findElements(By.cssSelector("li a")).get(1).click();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(commitmentField(2, "Activity"));
        WebElement error = browser.all(By.cssSelector("#plan-form .field-error")).get(1);
        assertThat(error.getText()).contains("Choose an activity for commitment 2");
        assertThat(error.findElement(By.xpath("./ancestor::fieldset[1]/legend")).getText()).isEqualTo("Commitment 2");
        assertThat(commitmentField(2, "Activity").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(commitmentField(2, "Note").getAttribute("value")).isEqualTo("At the café near school");
        assertThat(browser.field("Summary").getAttribute("value")).startsWith("More time with Gran");
        new Select(commitmentField(2, "Activity")).selectByVisibleText("Phone or video calls");
        typeDate(commitmentDate(1, "Start date"), TODAY);
        browser.button("Agree this plan").click();
        browser.awaitText(By.cssSelector("#plan-form [data-form-status]"), "Version 1 of the plan is agreed");
        assertThat(browser.driver().findElement(By.id("plan-shown")).getText())
                .contains("The current plan: version 1").contains("Overnight stays").contains("Every two weeks")
                .contains("More time with Gran");
        assertThat(browser.driver().findElement(By.id("plan-versions")).getText()).contains("Version 1 (current)");

        // A second version, starting from the first: calls become weekly.
        assertThat(new Select(commitmentField(2, "Activity")).getFirstSelectedOption().getText())
                .isEqualTo("Phone or video calls");
        new Select(commitmentField(2, "How often")).selectByVisibleText("Every week");
        // The friend has no approval: the service refuses, and the page says so beside the first row's person.
        new Select(commitmentField(1, "Person")).selectByVisibleText("Jo Testvale (old school friend)");
        browser.button("Agree this plan").click();
        WebElement refused = browser.awaitText(By.cssSelector("#plan-form .field-error"), "Jo Testvale");
        assertThat(refused.getText()).contains("cannot be in the plan yet").contains("safety approval")
                .doesNotContain("/api/");
        assertThat(refused.findElement(By.xpath("./ancestor::fieldset[1]/legend")).getText()).isEqualTo("Commitment 1");
        assertThat(admin.get("/api/young-people/" + youngPerson + "/plan/versions").json().size())
                .as("nothing written").isEqualTo(1);
        new Select(commitmentField(1, "Person")).selectByVisibleText("Edie Testmoor (grandmother)");
        browser.button("Agree this plan").click();
        browser.awaitText(By.cssSelector("#plan-form [data-form-status]"), "Version 2 of the plan is agreed");
        assertThat(browser.driver().findElement(By.id("plan-versions")).getText())
                .contains("Version 2 (current)").contains("View version 1");
        assertThat(browser.driver().findElement(By.id("plan-shown")).getText()).contains("Every week");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.clickAndWaitForTheNextPage(browser.link("View version 1"));
        assertThat(browser.driver().findElement(By.id("plan-shown")).getText())
                .contains("Version 1 (an older version)").contains("version 2 replaced it").contains("Every two weeks");

        // Print: the plan opens in a new tab, in plain words.
        WebElement print = browser.link("Printable plan (opens in a new tab)");
        assertThat(print.getAttribute("target")).isEqualTo("_blank");
        String planTab = browser.driver().getWindowHandle();
        print.click();
        String printTab = browser.driver().getWindowHandles().stream().filter(w -> !w.equals(planTab))
                .findFirst().orElseThrow();
        browser.driver().switchTo().window(printTab);
        browser.await(By.tagName("h1"));
        assertThat(browser.text()).contains("Edie").contains("Kerry").contains("Overnight stays")
                .doesNotContain("Dale").doesNotContain("Order in place");
        browser.driver().close();
        browser.driver().switchTo().window(planTab);

        // 3. Reviews: the referral review first, then a review of the current plan.
        assertThat(browser.driver().findElement(By.id("review-kind-referral")).isSelected()).isTrue();
        browser.field("2").click();
        browser.field("Overnight stays with family or friends were happening at referral").click();
        browser.button("Record the review").click();
        browser.awaitText(By.cssSelector("#review-form [data-form-status]"), "referral review");
        assertThat(browser.driver().findElement(By.id("review-kind-plan")).isSelected()).isTrue();
        browser.field("4").click();
        happening("Edie Testmoor", "Yes").click();
        browser.button("Record the review").click();
        assertThat(browser.awaitText(By.cssSelector("#review-form .field-error"), "Kerry").getText())
                .contains("Say whether this is happening");
        happening("Kerry Testmoor", "Partly").click();
        browser.button("Record the review").click();
        browser.awaitText(By.cssSelector("#review-form [data-form-status]"), "plan review");
        String reviews = browser.driver().findElement(By.id("review-table")).getText();
        assertThat(reviews).contains("Referral review").contains("2 out of 5").contains("Overnight stays at referral: yes")
                .contains("Review of plan version 2").contains("4 out of 5").contains("Partly happening")
                .contains("Kerry Testmoor: phone or video calls, every week");
        assertThat(admin.get("/api/young-people/" + youngPerson + "/reviews").json().size()).isEqualTo(2);
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(browser.driver().findElement(By.id("review-overnight")).isDisplayed())
                .as("the referral question is hidden for a plan review").isFalse();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("plan");

        // Once the meeting, plan and reviews are recorded, their forms are folded (the agreed rows too: one "Change"
        // each, not nine controls). Measured with 4 people and 2 commitments: 74 tab stops with every form open, 31
        // folded; the bound leaves room for a bigger network's meeting list staying folded.
        browser.go("/young-people/" + youngPerson + "/plan");
        assertThat(tabStops()).as(String.valueOf(browser.script(TABBABLE + "return tabbable().join(' | ');")))
                .isLessThanOrEqualTo(TAB_STOPS);
        assertThat(browser.accessibilityProblems()).isEmpty();

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + youngPerson + "/plan");
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.screenshot("plan-phone");
        }
    }

    @Test
    void theAnalysisNamesTheAuntAsTheOnlyLinkAndTheRouteToALostCousin() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String aunt = person(coordinator, youngPerson, "Kerry", "Testmoor", "maternal aunt", "FAMILY", "REGULAR");
        String cousin = person(coordinator, youngPerson, "Jade", "Testmoor", "cousin", "FAMILY", "LOST_TOUCH");
        String uncle = person(coordinator, youngPerson, "Dale", "Testridge", "uncle", "FAMILY", "NEVER_MET");
        person(coordinator, youngPerson, "Priya", "Testfield", "teacher", "EDUCATION", "REGULAR");
        ok(coordinator.post("/api/people/" + cousin + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(aunt)));
        ok(coordinator.post("/api/people/" + cousin + "/kin", """
                {"personId": "%s", "kind": "PARENT"}""".formatted(uncle)));
        ok(coordinator.post("/api/people/" + uncle + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}""".formatted(youngPerson)));

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/analysis");

        String single = browser.driver().findElement(By.id("single-points-body")).getText();
        assertThat(single).contains("If Kerry (maternal aunt)").contains("stepped away, Robin would lose their link to")
                .contains("Jade");
        String routes = browser.driver().findElement(By.id("routes-body")).getText();
        assertThat(routes).contains("To reach Jade (cousin)").contains("Robin could ask Kerry (maternal aunt)")
                .contains("who is linked to Jade").doesNotContain("ask Dale");
        WebElement kerry = browser.driver().findElement(By.xpath(
                "//*[@id='single-points-body']//li[starts-with(normalize-space(.), 'If Kerry')]/span[1]/a"));
        assertThat(kerry.getText()).isEqualTo("Kerry");
        assertThat(kerry.getAttribute("href")).endsWith("/young-people/" + youngPerson + "/people/" + aunt);
        assertThat(browser.driver().findElement(By.id("single-points-body")).getText()).contains("Safety not yet agreed");
        assertThat(browser.driver().findElement(By.id("size-body")).getText()).contains("4\npeople in the network")
                .contains("2\nin touch now");
        assertThat(browser.driver().findElement(By.id("relationships-body")).getText()).contains("Kerry")
                .contains("Do not contact");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("analysis");

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + youngPerson + "/analysis");
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.screenshot("analysis-phone");
        }
    }

    @Test
    void aSocialWorkerReadsThePlanButIsOfferedNoFormsToChangeIt() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String gran = person(coordinator, youngPerson, "Edie", "Testmoor", "grandmother", "FAMILY", "REGULAR");
        ok(coordinator.put("/api/young-people/" + youngPerson + "/meeting", """
                {"date": "%s", "invited": ["%s"]}""".formatted(TODAY, gran)));
        ok(coordinator.post("/api/young-people/" + youngPerson + "/plan", """
                {"commitments": [{"personId": "%s", "activity": "CALL", "frequency": "WEEKLY", "startDate": "%s"}]}"""
                .formatted(gran, TODAY)));

        browser.signIn(socialWorker.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/plan");

        assertThat(browser.text()).contains("Only the young person's coordinator (or an administrator) records them")
                .contains("The current plan: version 1").contains("Phone or video calls").contains("Edie Testmoor");
        assertThat(browser.all(By.xpath("//button[normalize-space(.)='Save the meeting' or normalize-space(.)="
                + "'Agree this plan' or normalize-space(.)='Record the review']")).stream()
                .filter(WebElement::isDisplayed)).isEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    void aCoordinatorNotAssignedToTheYoungPersonGetsTheNotFoundPageForBoth() {
        var assigned = fixtures.user("COORDINATOR");
        var other = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(assigned);

        browser.signIn(other.username(), PASSWORD);
        for (String page : new String[] {"plan", "analysis"}) {
            browser.go("/young-people/" + youngPerson + "/" + page);
            assertThat(browser.all(By.cssSelector("[data-refused='404']"))).as(page).hasSize(1);
            assertThat(browser.text()).contains("We could not find that").doesNotContain("Robin Testbrook");
        }
    }

    private static String person(Api as, String youngPerson, String given, String family, String relationship,
            String category, String baseline) {
        var response = as.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "%s", "birthYear": 1975, "relationship": "%s",
                 "category": "%s", "baseline": "%s"%s}""".formatted(given, family, relationship, category, baseline,
                baseline.equals("LOST_TOUCH") ? ", \"wish\": \"WANT_BACK_IN_TOUCH\"" : ""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    /** Types a date as a person does into a GOV.UK date input: day, month and year in their own boxes. */
    private void typeDate(WebElement fieldset, LocalDate date) {
        fieldset.findElement(By.cssSelector("[data-part='day']")).sendKeys(String.valueOf(date.getDayOfMonth()));
        fieldset.findElement(By.cssSelector("[data-part='month']")).sendKeys(String.valueOf(date.getMonthValue()));
        fieldset.findElement(By.cssSelector("[data-part='year']")).sendKeys(String.valueOf(date.getYear()));
    }

    /** The date input of the n-th commitment row, found by the row's legend and the date's legend. */
    private WebElement commitmentDate(int row, String legend) {
        return browser.driver().findElement(By.xpath(
                "//fieldset[contains(@class,'commitment')][legend[normalize-space(.)='Commitment " + row + "']]"
                        + "//fieldset[@data-date][legend[starts-with(normalize-space(.), '" + legend + "')]]"));
    }

    /**
     * The stops the Tab key makes on the page: focusable, shown (checkVisibility: not hidden, nor folded in a closed
     * details, whose content Chromium renders content-visibility: hidden), a radio group once.
     */
    private long tabStops() {
        return (Long) browser.script(TABBABLE + "return tabbable().length;");
    }

    private static final long TAB_STOPS = 40;

    private static final String TABBABLE = """
            const tabbable = () => {
              const groups = new Set();
              return [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")]
                .filter((e) => e.tabIndex >= 0 && !e.disabled && e.checkVisibility())
                .filter((e) => e.type !== "radio" || (!groups.has(e.name) && groups.add(e.name)))
                .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + " " + (e.textContent || e.name || "")
                    .trim().slice(0, 30));
            };
            """;

    /** A field of the n-th commitment row, found by the row's legend and the field's label; a folded row is opened. */
    private WebElement commitmentField(int row, String label) {
        var rowElement = browser.driver().findElement(By.xpath(
                "//fieldset[contains(@class,'commitment')][legend[normalize-space(.)='Commitment " + row + "']]"));
        var folded = rowElement.findElement(By.tagName("details"));
        if (folded.getAttribute("open") == null) {
            folded.findElement(By.tagName("summary")).click();
        }
        var labelElement = browser.driver().findElement(By.xpath(
                "//fieldset[contains(@class,'commitment')][legend[normalize-space(.)='Commitment " + row + "']]"
                        + "//label[starts-with(normalize-space(.), '" + label + "')]"));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    private WebElement happening(String personName, String answer) {
        return browser.driver().findElement(By.xpath("//fieldset[contains(@class,'happening')][contains(legend, '"
                + personName + "')]//label[normalize-space(.)='" + answer + "']/input"));
    }
}
