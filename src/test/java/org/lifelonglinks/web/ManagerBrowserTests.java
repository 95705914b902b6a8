package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The managers' dashboard in a real browser, over a small cohort recorded through the API the way coordinators
 * record it (as {@code OutcomeReportIntegrationTests} does): six young people in the east team meet in one
 * quarter, two in the west team the quarter before. Each test takes its own half-year between 1996 and 2007, so
 * no other test's young people fall in them.
 */
class ManagerBrowserTests extends BrowserTest {

    private static final int HALF_YEARS = 24;
    private static final AtomicInteger NEXT_HALF_YEAR =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(HALF_YEARS));
    private LocalDate quarter;
    private LocalDate previousQuarter;
    private Api coordinator;
    private Api manager;

    @BeforeEach
    void aSmallCohort() {
        // Each test takes its own half-year, so two tests' cohorts never fall in the same quarter.
        int slot = NEXT_HALF_YEAR.getAndIncrement() % HALF_YEARS;
        quarter = LocalDate.of(1996, 4, 1).plusMonths(6L * slot);
        previousQuarter = quarter.minusMonths(3);
        coordinator = fixtures.user("COORDINATOR");
        manager = fixtures.user("MANAGER");
        for (int i = 0; i < 6; i++) {
            recordYoungPerson(i, "east", quarter.plusDays(20 + i));
        }
        for (int i = 6; i < 8; i++) {
            recordYoungPerson(i, "west", previousQuarter.plusDays(30 + i));
        }
    }

    @Test
    void aManagerSeesTheFourRatesTheirDefinitionsTheTrendAndTheAreasAndDownloadsTheCsv() {
        signIn();
        assertThat(browser.path()).isEqualTo("/reports");

        type("Meetings from", previousQuarter);
        type("Meetings to", quarter.plusMonths(3).minusDays(1));
        browser.button("Show outcomes").click();
        browser.awaitText(By.cssSelector("[data-form-status]"), "Showing 8 young people.");

        assertThat(browser.await(By.id("cohort")).getText()).startsWith("8 young people had their meeting");
        assertThat(card("newDirectContactWithSupportiveAdult")).contains("New direct contact with a supportive adult",
                "100%", "8 of 8 young people");
        assertThat(card("relationshipRepaired")).contains("38%", "3 of 8 young people");
        assertThat(card("overnightStays")).contains("13%", "1 of 8 young people");
        assertThat(card("increasedFamilyKnowledge")).contains("25%", "2 of 8 young people");

        var definition = browser.await(By.cssSelector("[data-measure='newDirectContactWithSupportiveAdult'] details"));
        assertThat(definition.getAttribute("open")).isNull();
        definition.findElement(By.tagName("summary")).click();
        assertThat(definition.getAttribute("open")).isNotNull();
        assertThat(definition.findElement(By.tagName("p")).getText()).contains("supportive adult").isNotBlank();

        var overTime = browser.await(By.cssSelector("#time-chart svg"));
        assertThat(overTime.findElement(By.tagName("title")).getAttribute("textContent"))
                .isEqualTo("New direct contact with a supportive adult, by quarter of the meeting");
        assertThat(overTime.findElements(By.cssSelector("g.bar"))).as("the period's two quarters").hasSize(2);
        assertThat(overTime.getAttribute("textContent")).contains("Quarter of the meeting", "Young people with the outcome",
                "hidden");
        assertThat(overTime.findElements(By.cssSelector(".bar-fill")))
                .as("a quarter is a small group too: hidden figures are never drawn as bars").isEmpty();
        assertThat(quarterRow(previousQuarter)).as("two young people: hidden whole").endsWith("c c c c c");
        assertThat(quarterRow(quarter)).as("six, but 8 minus six would give the other quarter away")
                .endsWith("c c c c c");
        new Select(browser.field("Outcome in the chart")).selectByVisibleText("A relationship repaired");
        assertThat(browser.await(By.cssSelector("#time-chart svg")).findElement(By.tagName("title"))
                .getAttribute("textContent"))
                .startsWith("A relationship repaired");

        type("Meetings from", quarter);
        browser.button("Show outcomes").click();
        browser.awaitText(By.cssSelector("[data-form-status]"), "Showing 6 young people.");
        assertThat(quarterRow(quarter)).as("one quarter of six: what is not small is shown")
                .contains("6", "6 (100%)").contains("c");
        assertThat(browser.await(By.cssSelector("#time-chart svg")).findElements(By.cssSelector("g.bar"))).hasSize(1);
        type("Meetings from", previousQuarter);
        browser.button("Show outcomes").click();
        browser.awaitText(By.cssSelector("[data-form-status]"), "Showing 8 young people.");

        var byArea = browser.await(By.cssSelector("#area-chart svg"));
        assertThat(byArea.findElements(By.cssSelector("g.bar"))).hasSize(5);
        assertThat(byArea.findElement(By.cssSelector("g.bar[data-label='West'] .bar-value")).getAttribute("textContent"))
                .isEqualTo("c");
        assertThat(byArea.findElements(By.cssSelector("g.bar[data-label='West'] .bar-fill")))
                .as("a hidden figure is never drawn as a bar").isEmpty();
        assertThat(byArea.findElements(By.cssSelector("g.bar[data-label='West'] .bar-hidden"))).hasSize(1);
        assertThat(hiddenMarkerGeometry("West"))
                .as("a hidden figure is a small marker standing on the axis, not a shape reaching up the scale")
                .satisfies(marker -> {
                    assertThat(marker.get("height")).isLessThanOrEqualTo(0.15 * marker.get("plot"));
                    assertThat(marker.get("bottom")).isCloseTo(marker.get("axis"), org.assertj.core.data.Offset.offset(3.0));
                });
        var west = browser.await(By.cssSelector("#area-table tr[data-group='west']")).getText();
        // Six outcomes: the four over the cohort and contact still happening at 6 and 12 months.
        assertThat(west).isEqualTo("West c c c c c c c");
        assertThat(browser.await(By.cssSelector("#area-table tr[data-group='east']")).getText())
                .as("west's two are hidden, so east's six are too: 8 minus east would give west away")
                .isEqualTo("East c c c c c c c");
        assertThat(browser.await(By.cssSelector("#area-table tr[data-group='north']")).getText())
                .isEqualTo("North 0 – – – – – –");
        assertThat(browser.await(By.cssSelector("#area-heading ~ .footnote")).getText())
                .contains("hidden to protect privacy", "1 to 5 young people");
        assertThat(browser.await(By.cssSelector("#age-table tr[data-group='12-15']")).getText()).startsWith("12-15 8");

        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.screenshot("reports");

        int auditedBefore = reportReads();
        browser.script("""
                window.downloaded = null;
                const make = URL.createObjectURL;
                URL.createObjectURL = (blob) => { window.downloaded = blob.text(); return make(blob); };
                """);
        browser.button("Download CSV").click();
        browser.awaitText(By.id("page-status"), "Downloaded outcomes-" + previousQuarter + "-to-");
        String csv = (String) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.downloaded.then(done);");
        assertThat(csv).startsWith("scope,group,measure,count,denominator,rate,mean,median\n")
                .contains("all,,youngPeople,8,", "all,,relationshipRepaired,3,8,0.375,,\n",
                        "area,east,youngPeople,c,", "area,west,youngPeople,c,", "ageBand,12-15,youngPeople,8,");
        assertThat(reportReads()).as("the download is audited like the API's").isEqualTo(auditedBefore + 1);

        new Select(browser.field("Area team")).selectByVisibleText("East");
        browser.button("Show outcomes").click();
        browser.awaitText(By.cssSelector("[data-form-status]"), "Showing 6 young people.");
        assertThat(card("relationshipRepaired")).contains("50%", "3 of 6 young people");
        assertThat(browser.path()).isEqualTo("/reports");
        assertThat(browser.driver().getCurrentUrl()).contains("area=east");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsShownBesideTheField() {
        signIn();

        type("Meetings from", quarter.plusMonths(1));
        type("Meetings to", quarter);
        browser.button("Show outcomes").click();

        var error = browser.await(By.cssSelector(".field-error"));
        assertThat(error.getText()).contains("ends").contains("before it starts");
        assertThat(browser.driver().findElement(By.id("to-day")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("from-month")).getAttribute("value"))
                .isEqualTo(String.valueOf(quarter.plusMonths(1).getMonthValue()));
    }

    @Test
    void onAPhoneTheDashboardFitsTheScreenAndOnlyItsChartsAndTablesScroll() {
        browser.close();
        browser = Browser.open(port, 390, 844);
        signIn();
        browser.go("/reports?from=" + previousQuarter + "&to=" + quarter.plusMonths(3).minusDays(1));

        assertThat(browser.await(By.id("cohort")).getText()).startsWith("8 young people had their meeting");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        @SuppressWarnings("unchecked")
        var scrollBoxes = (java.util.List<String>) browser.script("""
                return [...document.querySelectorAll('.table-wrap, .chart')]
                  .filter((box) => box.scrollWidth > box.clientWidth + 1)
                  .map((box) => box.tabIndex + ' ' + box.getAttribute('role') + ' ' + box.getAttribute('aria-label'));
                """);
        assertThat(scrollBoxes).as("the tables and charts that scroll sideways on a phone").isNotEmpty()
                .allSatisfy(box -> assertThat(box).as("a keyboard can reach it, and it is named")
                        .startsWith("0 region ").contains("(scrolls sideways)"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("reports-phone");
    }

    @Test
    void aManagerOpeningAWorkersPageGetsTheRefusalPage() {
        signIn();

        browser.go("/caseload");
        assertThat(browser.all(By.cssSelector("[data-refused='403']"))).hasSize(1);
        browser.go("/young-people/x");
        assertThat(browser.all(By.cssSelector("[data-refused='403']"))).hasSize(1);
        assertThat(browser.text()).contains("This page is not open to you");
        browser.go("/me");
        assertThat(browser.all(By.cssSelector("[data-refused='403']"))).hasSize(1);
    }

    /** The hidden figure's marker and the chart's axis, in the chart's own units. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Double> hiddenMarkerGeometry(String label) {
        var numbers = (java.util.Map<String, Number>) browser.script("""
                const chart = document.querySelector('#area-chart svg');
                const marker = chart.querySelector(`g.bar[data-label="${arguments[0]}"] .bar-hidden`).getBBox();
                const axis = [...chart.querySelectorAll('line.axis')].find((l) => l.y1.baseVal.value === l.y2.baseVal.value);
                const top = Math.min(...[...chart.querySelectorAll('line.grid, line.axis')].map((l) => l.y1.baseVal.value));
                return { height: marker.height, bottom: marker.y + marker.height, axis: axis.y1.baseVal.value,
                         plot: axis.y1.baseVal.value - top };
                """, label);
        var geometry = new java.util.HashMap<String, Double>();
        numbers.forEach((key, value) -> geometry.put(key, value.doubleValue()));
        return geometry;
    }

    /**
     * Signs in and waits for the dashboard's first report: the sign-in form's page can count as ready before the
     * dashboard has loaded, and the first load fills the filters with the default period.
     */
    private void signIn() {
        browser.signIn(manager.username(), PASSWORD);
        browser.awaitText(By.id("cohort"), "had their meeting");
    }

    /**
     * Chooses a day in a date field. The order the field is typed in (day/month or month/day) follows the
     * browser's own locale, so the day is set as the date picker would set it: the value, then the input event.
     */
    private void type(String legend, LocalDate day) {
        browser.date(legend, day.toString());
    }

    private String card(String measure) {
        return browser.await(By.cssSelector("[data-measure='" + measure + "']")).getText();
    }

    private String quarterRow(LocalDate start) {
        String quarter = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        return browser.await(By.cssSelector("#time-table tr[data-group='" + quarter + "']")).getText();
    }

    private int reportReads() {
        return admin.get("/api/audit?action=OUTCOME_REPORT_READ&username=" + manager.username() + "&limit=500")
                .json().size();
    }

    /**
     * Young person {@code i}: a call with an aunt they had never met (everyone); back in touch with someone they had
     * lost touch with (0-2); an overnight stay with Gran (0); their family knowledge rated up (0-1). Aged 14.
     */
    private void recordYoungPerson(int i, String area, LocalDate meetingDay) {
        var created = coordinator.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Testdash%d", "dateOfBirth": "%s", "localId": "D-%s",
                 "area": "%s", "referralDate": "%s"}""".formatted(i, meetingDay.minusYears(14).minusDays(40),
                java.util.UUID.randomUUID(), area, meetingDay.minusDays(60)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String yp = created.text("id");
        fixtures.consent(coordinator, yp);
        fixtures.assign(yp, coordinator, "COORDINATOR");
        LocalDate since = meetingDay.minusDays(10);

        String aunt = person(yp, "Auntie" + i, "NEVER_MET", "FAMILY");
        approve(yp, aunt, meetingDay);
        contact(yp, aunt, "PHONE", "AGREED_TO_BE_INVOLVED", since);
        contact(yp, aunt, "CALL", null, since);
        String gran = person(yp, "Granny" + i, "REGULAR", "FAMILY");
        contact(yp, gran, i == 0 ? "OVERNIGHT_STAY" : "MESSAGE", null, since);
        if (i < 3) {
            String lost = person(yp, "Lost" + i, "LOST_TOUCH", "FORMER_CARER");
            approve(yp, lost, meetingDay);
            contact(yp, lost, "MEETING", null, since);
        }
        assertThat(coordinator.post("/api/young-people/" + yp + "/reviews", """
                {"kind": "REFERRAL", "familyKnowledge": 2, "overnightStaysAtReferral": false, "date": "%s"}"""
                .formatted(meetingDay.minusDays(60))).status()).isEqualTo(201);
        var meeting = coordinator.put("/api/young-people/" + yp + "/meeting", """
                {"date": "%s", "invited": ["%s"], "attended": ["%s"]}""".formatted(meetingDay, aunt, aunt));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        var plan = coordinator.post("/api/young-people/" + yp + "/plan", """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY",
                 "startDate": "%s"}]}""".formatted(meetingDay, aunt, meetingDay));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(coordinator.post("/api/young-people/" + yp + "/reviews", """
                {"familyKnowledge": %d, "date": "%s"}""".formatted(i < 2 ? 4 : 2, meetingDay.plusDays(60)))
                .status()).isEqualTo(201);
    }

    private String person(String yp, String givenName, String baseline, String category) {
        var response = coordinator.post("/api/young-people/" + yp + "/people", """
                {"givenName": "%s", "familyName": "Testkin", "birthYear": 1960, "relationship": "relative",
                 "category": "%s", "baseline": "%s"}""".formatted(givenName, category, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private void approve(String yp, String personId, LocalDate meetingDay) {
        var response = admin.post("/api/people/" + personId + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT", "decidedOn": "%s"}"""
                .formatted(yp, meetingDay.minusDays(30)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void contact(String yp, String personId, String kind, String outcome, LocalDate date) {
        var response = coordinator.post("/api/young-people/" + yp + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "%s"%s}""".formatted(personId, date, kind,
                outcome == null ? "" : ", \"outcome\": \"" + outcome + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
