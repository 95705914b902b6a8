package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's main journey in a real browser: the workspace with its chart and list, adding a person (with
 * the warning about someone already recorded), a person's page with contacts and safety decisions, and tracing.
 */
class CoordinatorBrowserTests extends BrowserTest {

    @Test
    void aCoordinatorOpensAYoungPersonAndAddsAPersonThroughTheForm() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson(coordinator);
        String otherYoungPersonId = fixtures.youngPerson(coordinator);
        String kerrysSurname = surname();
        fixtures.person(otherYoungPersonId, "Kerry", kerrysSurname);
        String jordansSurname = surname();

        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/caseload");
        browser.clickAndWaitForTheNextPage(
                browser.await(By.cssSelector("a[href='/young-people/" + youngPersonId + "']")));

        assertThat(browser.path()).isEqualTo("/young-people/" + youngPersonId);
        assertThat(browser.text()).contains("Robin Testbrook", "No one yet");
        assertThat(browser.accessibilityProblems()).isEmpty();

        // Nothing filled in: every problem at once, in a summary at the top linking to each field, and beside each.
        browser.button("Add to the network").click();
        var summary = browser.awaitText(By.cssSelector("#add-form .error-summary"), "There is a problem");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.script("return document.activeElement.classList.contains('error-summary')")).isEqualTo(true);
        var links = summary.findElements(By.cssSelector("li a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("Given name is required",
                "Relationship is required", "Category is required", "Contact at referral is required");
        assertThat(links).extracting(link -> link.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#givenName", "#relationship", "#category", "#baseline");
        assertThat(browser.all(By.cssSelector("#add-form .field-error"))).hasSize(4);
        assertThat(browser.text()).doesNotContain("correct the field");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("error-summary");
        links.get(2).click();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("category");
        assertThat(browser.all(By.cssSelector("#people li.person"))).isEmpty();

        browser.field("Given name").sendKeys("Jordan");
        browser.field("Family name").sendKeys(jordansSurname);
        browser.field("Or birth year").sendKeys("1979");
        browser.field("Town").sendKeys("Leamington");
        browser.field("Relationship").sendKeys("maternal uncle");
        choose("Category", "Family");
        choose("Contact at referral", "Lost touch");
        choose("What Robin wants", "Want back in touch");
        browser.button("Add to the network").click();

        var jordan = personInList("Jordan " + jordansSurname);
        assertThat(jordan.getText()).contains("maternal uncle", "Family", "Safety not yet agreed", "Identified",
                "No contact recorded");
        assertThat(browser.text()).contains("Jordan " + jordansSurname + " is now in Robin's network");
        assertThat(browser.field("Given name").getAttribute("value")).as("the form is cleared").isEmpty();
        assertThat(browser.await(By.cssSelector("#chart-view[data-loaded='true'][aria-label*='network: 1 person.']"))
                .getAttribute("aria-label")).startsWith("Ecomap of Robin's network: 1 person.");

        // Bad input: a date of birth in the future is shown beside the field, and what was typed stays.
        browser.field("Given name").sendKeys("Sasha");
        browser.field("Family name").sendKeys(jordansSurname);
        browser.date("Date of birth", "2999-01-01");
        browser.field("Relationship").sendKeys("cousin");
        choose("Category", "Family");
        choose("Contact at referral", "Never met");
        browser.button("Add to the network").click();

        var error = browser.await(By.cssSelector("#add-form .field-error"));
        assertThat(error.getText()).contains("Date of birth 2999-01-01 is in the future");
        assertThat(error.findElement(By.xpath("..")).findElement(By.tagName("input")).getAttribute("id"))
                .isEqualTo("dateOfBirth-day");
        assertThat(browser.field("Given name").getAttribute("value")).isEqualTo("Sasha");
        assertThat(browser.field("Relationship").getAttribute("value")).isEqualTo("cousin");
        assertThat(browser.all(By.cssSelector("#people li.person"))).hasSize(1);
        assertThat(browser.accessibilityProblems()).isEmpty();

        // Someone like a person already recorded: the warning comes before saving, with the reasons.
        browser.field("Given name").clear();
        browser.field("Given name").sendKeys("Kerri");
        browser.field("Family name").clear();
        browser.field("Family name").sendKeys(kerrysSurname);
        browser.date("Date of birth", "");
        browser.field("Known as").click();

        var warning = browser.awaitText(By.id("duplicates"), "Might be the same person as Kerry " + kerrysSurname);
        assertThat(warning.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("workspace-duplicate-warning");
        browser.field("Relationship").clear();
        browser.field("Relationship").sendKeys("paternal aunt");
        browser.button("Connect this person instead").click();

        browser.awaitText(By.id("added"), "Kerry " + kerrysSurname + " is now connected to Robin's network");
        var kerry = personInList("Kerry " + kerrysSurname);
        assertThat(kerry.getText()).contains("paternal aunt", "Safety not yet agreed");
        assertThat(browser.all(By.cssSelector("#people li.person"))).hasSize(2);
        assertThat(coordinator.get("/api/young-people/" + youngPersonId + "/network").json().get("people").size())
                .isEqualTo(2);
        assertThat(browser.await(By.cssSelector("#summary li")).getText()).isEqualTo("2\npeople in the network");
        browser.screenshot("workspace");

        browser.button("Family tree").click();
        browser.await(By.cssSelector("#chart-view[data-shown='family'][data-loaded='true']"));
        assertThat(browser.button("Family tree").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.button("Ecomap").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.await(By.id("chart-view")).getAttribute("aria-label"))
                .startsWith("Family tree (genogram) of Robin's network");

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + youngPersonId);
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.screenshot("workspace-phone");
            phone.button("Add to the network").click();
            phone.awaitText(By.cssSelector("#add-form .error-summary"), "Contact at referral is required");
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.screenshot("error-summary-phone");
        }
    }

    @Test
    void aCoordinatorRecordsAContactAttemptInAFewClicksAndADoNotContactDecisionStopsTheNext() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPersonId = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPersonId, socialWorker, "SOCIAL_WORKER");
        String surname = surname();
        String edie = fixtures.person(youngPersonId, "Edie", surname);
        var approval = socialWorker.post("/api/people/" + edie + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT",
                 "reason": "Checked with the family's social worker"}""".formatted(youngPersonId));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(201);

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPersonId);
        browser.clickAndWaitForTheNextPage(browser.link("Edie " + surname));

        assertThat(browser.path()).isEqualTo("/young-people/" + youngPersonId + "/people/" + edie);
        assertThat(browser.await(By.id("safety-now")).getText()).isEqualTo("Safe to contact");
        assertThat(browser.await(By.id("status-now")).getText()).isEqualTo("Identified");
        assertThat(browser.await(By.id("contact-form")).findElement(By.id("date-year")).getAttribute("value"))
                .as("the date defaults to today").isEqualTo(String.valueOf(java.time.LocalDate.now().getYear()));
        assertThat(browser.accessibilityProblems()).isEmpty();

        // A phone call that reached her: the kind is already chosen, so two clicks.
        choose("Outcome", "Reached them");
        browser.button("Record contact").click();

        browser.awaitText(By.cssSelector("#contact-form [data-form-status]"), "Edie's status is now contacted");
        var firstRow = browser.awaitText(By.cssSelector("#contacts tbody tr"), "Phone call (tracing)");
        assertThat(firstRow.getText()).contains("Reached them", "Tracing attempt");
        assertThat(browser.await(By.id("status-now")).getText()).isEqualTo("Contacted");

        choose("What happened", "Meeting or outing");
        assertThat(browser.field("Outcome").isEnabled()).as("no outcome for contact with the young person").isFalse();
        browser.field("Note").sendKeys("Went to the park together");
        browser.button("Record contact").click();
        browser.awaitText(By.cssSelector("#contacts tbody tr"), "Went to the park together");
        var rows = browser.all(By.cssSelector("#contacts tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().getText()).as("newest first").contains("Meeting or outing", "Direct contact");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("person");

        // A coordinator may not approve: the choice is not offered, and the form names who decides.
        var offered = new Select(browser.field("Decision")).getOptions().stream()
                .filter(WebElement::isEnabled).map(WebElement::getText).toList();
        assertThat(offered).containsExactly("Do not contact");
        assertThat(browser.await(By.id("decision-hint")).getText()).contains("Only a social worker can approve "
                + "contact: ask Test SOCIAL_WORKER, the social worker for this young person");

        choose("Decision", "Do not contact");
        choose("Basis", "Risk assessment");
        browser.field("Reason").sendKeys("New information from the police");
        browser.button("Record decision").click();
        browser.awaitText(By.id("safety-now"), "Do not contact");
        assertThat(browser.await(By.id("safety-history")).getText()).contains("Do not contact", "Safe to contact",
                "New information from the police", socialWorker.username());

        // What the decision forbids is not offered: the reason stands where the contact form was.
        var reason = browser.awaitText(By.id("contact-not-offered"), "Do not contact: decided by Test COORDINATOR on ");
        assertThat(reason.getText()).matches(".* on \\d{1,2} [A-Z][a-z]+ \\d{4}\\. No contact can be recorded.*");
        assertThat(browser.driver().findElement(By.id("contact-form")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("contact-hint")).isDisplayed()).as("no hint that contradicts the banner")
                .isFalse();
        assertThat(browser.all(By.cssSelector("#contacts tbody tr"))).as("nothing written").hasSize(2);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("person-do-not-contact");

        browser.go("/young-people/" + youngPersonId);
        var row = browser.await(By.cssSelector("#people li[data-person-id='" + edie + "']"));
        assertThat(row.getText()).contains("Do not contact");
        assertThat(browser.await(By.cssSelector("#summary .tile-DO_NOT_CONTACT")).getText()).startsWith("1");

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + youngPersonId + "/people/" + edie);
            phone.screenshot("person-phone");
        }
    }

    @Test
    void contactDetailsAreReadOnlyWhenAskedFor() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson(coordinator);
        String person = fixtures.person(youngPersonId, "Noor", surname());
        assertThat(admin.put("/api/people/" + person + "/contact-details",
                "{\"phone\": \"01632 960123\", \"email\": \"noor@example.org\"}").status()).isEqualTo(200);
        String path = "/api/audit?action=CONTACT_DETAILS_READ&personId=" + person;

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPersonId + "/people/" + person);
        assertThat(browser.text()).doesNotContain("01632 960123");
        assertThat(admin.get(path).json().size()).isZero();
        browser.screenshot("person-contact-details");

        browser.button("Show contact details").click();
        assertThat(browser.await(By.id("phone")).getAttribute("value")).isEqualTo("01632 960123");
        assertThat(admin.get(path).json().size()).isEqualTo(1);

        browser.field("Email").clear();
        browser.field("Email").sendKeys("not an email");
        browser.button("Save contact details").click();
        assertThat(browser.await(By.cssSelector("#contact-details-form .field-error")).getText()).contains("email");
        assertThat(browser.field("Email").getAttribute("value")).isEqualTo("not an email");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    void aCoordinatorTracesADirectoryRecordWithATypoAndAddsItToTheNetwork() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson(coordinator);
        String surname = surname();
        String recordId = "fc-" + UUID.randomUUID();
        var imported = admin.send("POST", "/api/directories/former-carers/records", """
                id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode
                %s,Margaret,%s,,1961-04-12,,F,Coventry,CV1 2AB
                """.formatted(recordId, surname), "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPersonId);
        browser.clickAndWaitForTheNextPage(browser.link("Trace someone"));
        assertThat(browser.path()).isEqualTo("/young-people/" + youngPersonId + "/trace");

        browser.field("Town").sendKeys("Coventry");
        browser.button("Search").click();
        var noName = browser.await(By.cssSelector("#trace-form .field-error"));
        assertThat(noName.getText()).contains("Given name or family name is required");
        assertThat(browser.field("Town").getAttribute("value")).isEqualTo("Coventry");
        browser.field("Town").clear();

        browser.field("Given name").sendKeys("Margret");
        browser.field("Family name").sendKeys(surname);
        browser.field("Or age now").sendKeys(String.valueOf(java.time.Year.now().getValue() - 1961));
        browser.field("Town").sendKeys("Coventry");
        browser.button("Search").click();

        var result = browser.awaitText(By.cssSelector("#results li.result"), "Margaret " + surname);
        assertThat(result.getText()).contains("Directory record", "Held in the former carers directory",
                "Born 12 April 1961", "Coventry CV1 2AB", "What agrees").doesNotContain("Score");
        assertThat(result.getText()).as("strength in words, never a number that can be negative")
                .doesNotContainPattern("(^|\\s)[-−]\\d");
        assertThat(result.findElement(By.cssSelector(".strength")).getText()).isIn("Likely match", "Possible match");
        assertThat(result.findElements(By.cssSelector(".reasons-for li"))).isNotEmpty();
        assertThat(result.findElement(By.cssSelector(".reasons-for")).getText()).containsIgnoringCase("coventry");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("trace");

        result.findElement(By.xpath(".//button[normalize-space(.)=\"Add to Robin's network\"]")).click();
        var form = result.findElement(By.tagName("form"));
        form.findElement(By.name("relationship")).sendKeys("former foster carer");
        new Select(form.findElement(By.name("category"))).selectByVisibleText("Former carer");
        new Select(form.findElement(By.name("baseline"))).selectByVisibleText("Lost touch");
        assertThat(browser.accessibilityProblems()).isEmpty();
        form.findElement(By.xpath(".//button[normalize-space(.)='Add Margaret']")).click();

        browser.awaitText(By.cssSelector("#results li.result"), "is now in Robin's network");
        browser.clickAndWaitForTheNextPage(browser.link("Open Margaret's page"));

        assertThat(browser.path()).startsWith("/young-people/" + youngPersonId + "/people/");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Margaret " + surname);
        assertThat(browser.await(By.id("details")).getText()).contains("12 April 1961", "Coventry", "CV1 2AB",
                "former foster carer", "Former carer", "Search", "Female");
        var network = coordinator.get("/api/young-people/" + youngPersonId + "/network").json();
        assertThat(network.get("connections").get(0).get("source").asString()).isEqualTo("SEARCH");
    }

    @Test
    void traceResultsComeInBandsWithIdenticalRecordsTogetherAndTheUnlikelyFoldedAway() {
        var coordinator = fixtures.user("COORDINATOR");
        String robin = fixtures.youngPerson(coordinator);
        String skye = fixtures.youngPersonNamed(coordinator, "Skye");
        String surname = surname();
        fixtures.person(robin, "Grace", surname, 1972);
        fixtures.person(skye, "Grace", surname, 1972);
        String peter = fixtures.person(skye, "Peter", surname, 1931);
        var api = coordinator.post("/api/trace", """
                {"youngPersonId": "%s", "givenName": "Grace", "familyName": "%s", "birthYear": 1972}"""
                .formatted(robin, surname)).json().path("candidates");
        assertThat(api.valueStream().filter(c -> c.path("personId").asString().equals(peter)))
                .as("a different given name and 41 years apart: unlikely")
                .allMatch(c -> c.path("band").asString().equals("UNLIKELY")).hasSize(1);

        for (var size : new int[][] {{1366, 900}, {390, 844}}) {
            browser.close();
            browser = Browser.open(port, size[0], size[1]);
            browser.signIn(coordinator.username(), PASSWORD);
            browser.go("/young-people/" + robin + "/trace");
            browser.field("Given name").sendKeys("Grace");
            browser.field("Family name").sendKeys(surname);
            browser.field("Or birth year").sendKeys("1972");
            browser.button("Search").click();

            var same = browser.await(By.cssSelector(".same-details"));
            assertThat(same.findElement(By.cssSelector(".same-details-title")).getText())
                    .startsWith("2 records with the same details");
            assertThat(same.findElements(By.cssSelector(".held-in")).stream().map(e -> e.getText()))
                    .containsExactlyInAnyOrder("Held in Robin Testbrook's network", "Held in Skye Testbrook's network");
            var folded = browser.await(By.cssSelector("details.unlikely"));
            assertThat(folded.getAttribute("open")).as("the unlikely are folded away").isNull();
            assertThat(folded.findElement(By.tagName("summary")).getText()).contains("unlikely");
            assertThat(folded.getText()).as("closed, so Peter is not shown until asked for").doesNotContain("Peter");
            assertThat(browser.text()).doesNotContain("Score").doesNotContainPattern("(^|\\s)[-−]\\d");
            folded.findElement(By.tagName("summary")).click();
            assertThat(folded.getText()).contains("Peter " + surname, "Unlikely match", "What does not agree");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.script("document.activeElement.blur(); document.getElementById('results-heading').scrollIntoView();");
            browser.screenshot(size[0] < 500 ? "trace-results-phone" : "trace-results");
        }
    }


    @Test
    void aPersonAlreadyRecordedIsConnectedFromTheTracePageAndShownWithTheirDoNotContactDecision() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson(coordinator);
        String siblingsYoungPersonId = fixtures.youngPerson(coordinator);
        String surname = surname();
        String dad = fixtures.person(siblingsYoungPersonId, "Declan", surname);
        assertThat(coordinator.post("/api/people/" + dad + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(siblingsYoungPersonId)).status()).isEqualTo(201);

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPersonId + "/trace");
        browser.field("Given name").sendKeys("Declan");
        browser.field("Family name").sendKeys(surname);
        browser.button("Search").click();

        var result = browser.awaitText(By.cssSelector("#results li.result"), "Declan " + surname);
        assertThat(result.getText()).contains("Person in a network", "Do not contact", "never contact them");
        result.findElement(By.xpath(".//button[normalize-space(.)=\"Add to Robin's network\"]")).click();
        var form = result.findElement(By.tagName("form"));
        form.findElement(By.name("relationship")).sendKeys("birth father");
        new Select(form.findElement(By.name("category"))).selectByVisibleText("Family");
        new Select(form.findElement(By.name("baseline"))).selectByVisibleText("Broken down");
        form.findElement(By.xpath(".//button[normalize-space(.)='Add Declan']")).click();
        browser.awaitText(By.cssSelector("#results li.result"), "is now in Robin's network");

        var people = coordinator.get("/api/young-people/" + youngPersonId + "/network").json().get("people");
        assertThat(people.size()).isEqualTo(1);
        assertThat(people.get(0).get("id").asString()).as("the same person, not a copy").isEqualTo(dad);
    }

    @Test
    void aCoordinatorNotAssignedGetsTheNotFoundPage() {
        var coordinator = fixtures.user("COORDINATOR");
        String own = fixtures.youngPerson(coordinator);
        var otherCoordinator = fixtures.user("COORDINATOR");
        String other = fixtures.youngPerson(otherCoordinator);
        String otherPerson = fixtures.person(other, "Ash", surname());

        browser.signIn(coordinator.username(), PASSWORD);
        for (String path : new String[] {"/young-people/" + other, "/young-people/" + other + "/trace",
                "/young-people/" + other + "/people/" + otherPerson, "/young-people/" + own + "/people/" + otherPerson}) {
            browser.go(path);
            assertThat(browser.text()).as(path).contains("We could not find that").doesNotContain("Ash");
            assertThat(browser.all(By.cssSelector("[data-refused='404']"))).as(path).hasSize(1);
        }
    }

    @Test
    void theWorkspaceShowsEveryoneInAHundredPersonNetwork() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson(coordinator);
        String surname = surname();
        for (int i = 0; i < 100; i++) {
            fixtures.person(youngPersonId, "Person" + letters(i), surname);
        }

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPersonId);

        assertThat(browser.all(By.cssSelector("#people li.person"))).hasSize(100);
        assertThat(browser.await(By.cssSelector("#summary li")).getText()).startsWith("100");
        assertThat(browser.await(By.cssSelector("#chart-view[data-loaded]")).getAttribute("data-loaded"))
                .as("the chart is drawn").isEqualTo("true");
        assertThat(browser.await(By.id("chart-view")).getAttribute("aria-label")).contains("100 people");
        assertThat(browser.all(By.cssSelector("#chart-view a.chart-person"))).as("each person a link").hasSize(100);
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.field("Find in the list").sendKeys("Person" + letters(42));
        assertThat(browser.all(By.cssSelector("#people li.person:not([hidden])"))).hasSize(1);
        assertThat(browser.text()).contains("Showing 1 of 100");
    }

    @Test
    void theNetworkChartFillsThePageZoomsAndMovesByKeyboardOpensAPersonAndPrintsEveryoneWithoutTheForms()
            throws Exception {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String surname = surname();
        var people = new java.util.ArrayList<String>();
        for (String given : new String[] {"Dana", "Lee", "Ella", "Sam", "Edie", "Ray", "Pat", "Kerry", "Leah", "Kai",
                "Tom", "Carl", "Angela", "Chloe", "Priya"}) {
            people.add(fixtures.person(youngPerson, given, surname));
        }
        // A family to draw as a tree: mum and dad, mum's parents, a sister, an aunt and her two children.
        kin(youngPerson, people.get(0), "PARENT");
        kin(youngPerson, people.get(1), "PARENT");
        kin(people.get(0), people.get(4), "PARENT");
        kin(people.get(0), people.get(5), "PARENT");
        kin(people.get(2), people.get(0), "PARENT");
        kin(people.get(7), people.get(4), "PARENT");
        kin(people.get(8), people.get(7), "PARENT");
        kin(people.get(9), people.get(7), "PARENT");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson);
        var chart = browser.await(By.cssSelector("#chart-view[data-loaded='true']"));

        assertThat(contentShare("chart-panel")).as("the chart's panel across the page").isGreaterThanOrEqualTo(0.9);
        assertThat(contentShare("chart-view")).as("the drawing itself, the key beside it").isGreaterThanOrEqualTo(0.7);
        assertThat(Double.parseDouble(chart.getAttribute("data-scale"))).as("names at least 12 px high")
                .isGreaterThanOrEqualTo(1.0);
        assertThat(browser.all(By.cssSelector("#chart-view a.chart-person"))).hasSize(15);
        var key = browser.await(By.id("chart-key")).getRect();
        var drawing = chart.getRect();
        assertThat(key.getX()).as("the key beside the drawing, not over it")
                .isGreaterThanOrEqualTo(drawing.getX() + drawing.getWidth());
        assertThat(browser.accessibilityProblems()).isEmpty();
        chartScreenshot(browser, "workspace-chart-desktop");

        browser.script("document.getElementById('chart-view').focus()");
        var before = viewBox();
        chart.sendKeys("+");
        var zoomed = viewBox();
        assertThat(zoomed[2]).as("+ zooms in").isLessThan(before[2] * 0.9);
        chart.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        chart.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        var moved = viewBox();
        assertThat(moved[0]).as("→ moves the view right").isGreaterThan(zoomed[0]);
        assertThat(moved[1]).as("↓ moves the view down").isGreaterThan(zoomed[1]);
        chart.sendKeys("-");
        assertThat(viewBox()[2]).as("− zooms out").isGreaterThan(moved[2]);
        double out = viewBox()[2];
        browser.button("+ Zoom in").click();
        assertThat(viewBox()[2]).as("the button zooms in too").isLessThan(out * 0.9);

        // Printed: A4 landscape, the whole chart with everyone, the whole list (even when filtered), no forms.
        browser.field("Find in the list").sendKeys("Dana");
        assertThat(browser.all(By.cssSelector("#people li.person:not([hidden])"))).hasSize(1);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            var printed = (java.util.Map<String, Object>) browser.script("""
                    const shown = (e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
                    const list = document.getElementById('people');
                    return {
                      forms: [...document.querySelectorAll('#main form, #main button, #main nav, #main input, #main select')]
                          .filter(shown).length,
                      listClipped: list.scrollHeight - list.clientHeight,
                      listed: [...list.querySelectorAll('li.person')].filter(shown).length,
                      drawn: document.querySelectorAll('#chart-print svg g[data-person-id]').length,
                      printedChart: shown(document.querySelector('#chart-print svg')),
                      screenChart: shown(document.getElementById('chart-view')),
                      key: shown(document.getElementById('chart-key'))
                    };""");
            assertThat(printed.get("forms")).as("forms, buttons and navigation printed").isEqualTo(0L);
            assertThat(printed.get("listClipped")).as("the list cut short").isEqualTo(0L);
            assertThat(printed.get("listed")).as("everyone in the list printed").isEqualTo(15L);
            assertThat(printed.get("drawn")).as("everyone in the printed chart, and the young person").isEqualTo(16L);
            assertThat(printed).containsEntry("printedChart", true).containsEntry("screenChart", false)
                    .containsEntry("key", true);
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        var pdf = browser.driver().executeCdpCommand("Page.printToPDF", java.util.Map.of("preferCSSPageSize", true));
        try (var document = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode((String) pdf.get("data")))) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 landscape, in points").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(page.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(document.getNumberOfPages()).as("the chart, then the list").isBetween(2, 4);
        }
        browser.script("const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input'))");

        browser.button("Family tree").click();
        browser.await(By.cssSelector("#chart-view[data-shown='family'][data-loaded='true']"));
        assertThat(browser.all(By.cssSelector("#chart-view a.chart-person"))).as("everyone with a family link")
                .hasSize(8);
        assertThat(browser.accessibilityProblems()).isEmpty();
        chartScreenshot(browser, "workspace-chart-family-desktop");

        // Tab from the chart to the first person's name, Enter opens their page.
        browser.script("document.getElementById('chart-view').focus()");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        var focused = browser.driver().switchTo().activeElement();
        String personId = focused.getAttribute("data-person-id");
        assertThat(people).contains(personId);
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUpTo(java.time.Duration.ofSeconds(10))
                .until(d -> browser.path().endsWith("/people/" + personId));
        assertThat(browser.path()).isEqualTo("/young-people/" + youngPerson + "/people/" + personId);

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.go("/young-people/" + youngPerson);
            var small = phone.await(By.cssSelector("#chart-view[data-loaded='true']"));
            double width = ((Number) phone.script("""
                    const m = document.getElementById('main'); const s = getComputedStyle(m);
                    return document.getElementById('chart-view').getBoundingClientRect().width
                        / (m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight));""")).doubleValue();
            assertThat(width).as("the chart across a phone").isGreaterThanOrEqualTo(0.9);
            double opening = Double.parseDouble(small.getAttribute("data-scale"));
            phone.button("+ Zoom in").click();
            phone.button("+ Zoom in").click();
            assertThat(Double.parseDouble(small.getAttribute("data-scale"))).as("zoomed in to read")
                    .isGreaterThan(opening * 1.5);
            assertThat(phone.accessibilityProblems()).isEmpty();
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.button("Show the whole chart").click();
            chartScreenshot(phone, "workspace-chart-phone");
            phone.button("Family tree").click();
            phone.await(By.cssSelector("#chart-view[data-shown='family'][data-loaded='true']"));
            assertThat(phone.accessibilityProblems()).isEmpty();
            chartScreenshot(phone, "workspace-chart-family-phone");
        }
    }

    private void kin(String personId, String otherId, String kind) {
        var response = admin.post("/api/people/" + personId + "/kin", """
                {"personId": "%s", "kind": "%s"}""".formatted(otherId, kind));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    /** What the window shows of the chart's panel, at the window's own size (for docs/images). */
    private static void chartScreenshot(Browser window, String name) throws java.io.IOException {
        window.script("document.getElementById('chart-panel').scrollIntoView()");
        var file = java.nio.file.Path.of("target", "screenshots", name + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, window.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** The share of the page's content width (inside main's padding) an element takes. */
    private double contentShare(String id) {
        return ((Number) browser.script("""
                const m = document.getElementById('main'); const s = getComputedStyle(m);
                return document.getElementById(arguments[0]).getBoundingClientRect().width
                    / (m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight));""", id)).doubleValue();
    }

    /** The chart's viewBox now: x, y, width, height. */
    private double[] viewBox() {
        String value = (String) browser.script("return document.querySelector('#chart-view svg').getAttribute('viewBox')");
        return java.util.Arrays.stream(value.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The list entry for this person, once the list shows them (awaitText on the items would read only the first). */
    private WebElement personInList(String name) {
        browser.awaitText(By.id("people"), name);
        return browser.all(By.cssSelector("#people li.person")).stream().filter(e -> e.getText().contains(name))
                .findFirst().orElseThrow();
    }

    private void choose(String label, String option) {
        new Select(browser.field(label)).selectByVisibleText(option);
    }

    /** Sets a date input as a date picker would (typed dates depend on the browser's locale). */
    /** An invented family name of letters only, unlikely to meet any other test's names in the tracing index. */
    private static String surname() {
        var random = ThreadLocalRandom.current();
        var name = new StringBuilder("Quill");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** A distinct letters-only suffix for each number: names with digits would be split by the tracing index. */
    private static String letters(int n) {
        return String.valueOf((char) ('a' + n / 26)) + (char) ('a' + n % 26);
    }
}
