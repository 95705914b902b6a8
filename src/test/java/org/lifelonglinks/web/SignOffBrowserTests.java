package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/**
 * Sign-off and lasting relationships in Chromium: the social worker approves a plan version on their approvals
 * page and the printed plan says so (with each commitment's keeper and next look); a handed-over case on the new
 * coordinator's caseload; a 6-month follow-up recorded on the plan page.
 */
class SignOffBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Test
    void theSocialWorkerApprovesAPlanVersionOnTheApprovalsPageAndThePrintedPlanSaysWhoAndWhen() {
        LocalDate today = LocalDate.now(clock);
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String path = "/api/young-people/" + youngPerson;
        String gran = person(coordinator, youngPerson, "Granny");
        assertThat(coordinator.put(path + "/meeting", """
                {"date": "%s"}""".formatted(today)).status()).isEqualTo(200);
        var plan = coordinator.post(path + "/plan", """
                {"summary": "Robin wants to see Gran more.", "commitments": [{"personId": "%s", "activity": "MEETING",
                 "frequency": "MONTHLY", "startDate": "%s", "keeper": {"kind": "NETWORK_PERSON", "personId": "%s"},
                 "nextLookOn": "%s"}]}""".formatted(gran, today, gran, today.plusMonths(3)));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);

        browser.signIn(socialWorker.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/approvals");
        var plans = browser.awaitText(By.id("plan-approvals"), "Plan version 1 for Robin waits for the social worker's approval");
        assertThat(plans.getText()).contains("Read version 1", "Approve version 1", "Robin Testbrook");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("approvals-plan-waiting");
        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(socialWorker.username(), PASSWORD);
            phone.awaitText(By.id("plan-approvals"), "Approve version 1");
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.screenshot("approvals-plan-waiting-phone");
        }

        browser.button("Approve version 1").click();
        browser.awaitText(By.id("page-status"), "Approved plan version 1 for Robin Testbrook on");
        assertThat(browser.await(By.id("plan-approvals")).getText()).contains("No plan is waiting for your approval");

        browser.go(path + "/plan.html");
        assertThat(browser.text()).contains("Approved by Test SOCIAL_WORKER (social worker) on " + today.format(DAY),
                "Who keeps it going: Granny.", "We look at it again by " + today.plusMonths(3).format(DAY));
        browser.screenshot("printed-plan-approved");
        var pdf = socialWorker.bytes(path + "/plan.pdf");
        assertThat(pdf).isNotEmpty();
    }

    @Test
    void aHandedOverCaseLeadsTheNewCoordinatorsCaseloadWithTheNoteAndIsFollowedUpOnThePlanPage() {
        LocalDate today = LocalDate.now(clock);
        var outgoing = fixtures.user("COORDINATOR");
        var incoming = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(outgoing);
        String path = "/api/young-people/" + youngPerson;
        String gran = person(outgoing, youngPerson, "Granny");
        assertThat(outgoing.put(path + "/meeting", """
                {"date": "%s"}""".formatted(today.minusMonths(7))).status()).isEqualTo(200);
        assertThat(outgoing.post(path + "/plan", """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "WEEKLY",
                 "startDate": "%s"}]}""".formatted(today.minusMonths(7), gran, today.minusMonths(7))).status())
                .isEqualTo(201);
        var handover = outgoing.post(path + "/handover", """
                {"toCoordinator": "%s", "note": "Gran rings on Sundays; the 6-month follow-up is overdue."}"""
                .formatted(incoming.username()));
        assertThat(handover.status()).as(handover.toString()).isEqualTo(201);

        browser.signIn(incoming.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/caseload");
        var attention = browser.awaitText(By.id("needs-attention"), "handed over to you by Test COORDINATOR on ");
        assertThat(attention.getText()).contains(today.getDayOfMonth() + " ", today.getYear() + ".",
                "Gran rings on Sundays", "open tasks for Robin Testbrook", "6-month follow-up with Robin");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("caseload-handed-over");

        browser.go("/young-people/" + youngPerson + "/plan");
        assertThat(browser.await(By.id("plan-approval")).getText())
                .contains("Version 1 is waiting for the social worker's approval");
        browser.driver().findElement(By.xpath("//details[.//form[@id='follow-up-form']]/summary")).click();
        browser.await(By.id("follow-up-six")).click();
        browser.await(By.cssSelector(".follow-up-commitment input[value='SOMETIMES']")).click();
        browser.await(By.cssSelector(".follow-up-commitment input[type='text']")).sendKeys("Most Sundays");
        browser.button("Record the follow-up").click();
        browser.awaitText(By.cssSelector("#follow-up-form [data-form-status]"), "6-month follow-up recorded.");
        assertThat(browser.await(By.id("follow-up-table")).getText()).contains("Granny, phone or video calls: Sometimes",
                "Most Sundays");
        assertThat(browser.await(By.id("follow-up-six")).isEnabled()).as("recorded once").isFalse();
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("plan-follow-up-recorded");
        assertThat(incoming.get(path + "/tasks").body()).doesNotContain("FOLLOW_UP_6_MONTHS");
        assertThat(outgoing.get(path).status()).as("the old coordinator's access ended").isEqualTo(404);
    }

    private static String person(Api coordinator, String youngPerson, String givenName) {
        var response = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "Signoffson", "birthYear": 1950, "relationship": "grandmother",
                 "category": "FAMILY", "baseline": "REGULAR"}""".formatted(givenName));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }
}
