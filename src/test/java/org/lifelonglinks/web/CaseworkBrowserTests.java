package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/** The coordinator's "needs attention" and stages on the caseload, and the social worker's approvals queue. */
class CaseworkBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theCaseloadLeadsWithWhatNeedsAttentionAndShowsEachStageWithItsDate() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String path = "/api/young-people/" + youngPerson;
        String gran = person(coordinator, youngPerson, "Granny", "REGULAR");
        assertThat(coordinator.put(path + "/meeting", """
                {"date": "%s"}""".formatted(TODAY.minusMonths(7))).status()).isEqualTo(200);
        assertThat(coordinator.post(path + "/plan", """
                {"agreedOn": "%s", "commitments": [{"personId": "%s", "activity": "CALL", "frequency": "MONTHLY",
                 "startDate": "%s"}]}""".formatted(TODAY.minusMonths(7), gran, TODAY.minusMonths(7))).status())
                .isEqualTo(201);
        assertThat(coordinator.post(path + "/tasks", """
                {"what": "Ask Gran for the photo album", "due": "%s"}""".formatted(TODAY.plusDays(2))).status())
                .isEqualTo(201);

        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/caseload");
        var attention = browser.await(By.id("needs-attention"));
        assertThat(attention.getText()).contains("Overdue", "6-month follow-up with Robin: is contact still happening?",
                "Review the plan with Robin", "Due", "Ask Gran for the photo album");
        assertThat((Boolean) browser.script("""
                return document.getElementById('attention-heading').compareDocumentPosition(
                    document.getElementById('caseload')) === Node.DOCUMENT_POSITION_FOLLOWING"""))
                .as("needs attention comes before the list of young people").isTrue();
        var row = browser.await(By.cssSelector("tr[data-young-person='" + youngPerson + "']"));
        assertThat(row.findElement(By.cssSelector("td.stage")).getText()).startsWith("Plan")
                .contains("since");
        // Overdue: the follow-up and the plan review (the coordinator's), and the plan version still waiting for a
        // social worker's approval (the young person's, counted on their row like every task of theirs).
        assertThat(row.getText()).contains("3 overdue", "1 due");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("caseload-needs-attention");

        browser.await(By.cssSelector("#needs-attention li[data-kind='WRITTEN'] button")).click();
        browser.awaitText(By.id("page-status"), "Marked done: Ask Gran for the photo album");
        assertThat(browser.await(By.id("needs-attention")).getText()).doesNotContain("Ask Gran");

        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(coordinator.username(), PASSWORD);
            phone.await(By.cssSelector("#needs-attention li.task"));
            assertThat(phone.accessibilityProblems()).isEmpty();
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.screenshot("caseload-needs-attention-phone");
        }
    }

    @Test
    void aSocialWorkerLandsOnTheApprovalsWaitingForThemAndOpensThePersonToDecide() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String aunt = person(coordinator, youngPerson, "Aunty", "LOST_TOUCH");
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "REFERRED_FOR_SAFETY_CHECK"}"""
                .formatted(aunt, TODAY.minusDays(2))).status()).isEqualTo(201);

        browser.signIn(socialWorker.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/approvals");
        var approvals = browser.awaitText(By.id("approvals"), "Aunty Caseworkson is waiting for a safety decision");
        assertThat(approvals.getText()).contains("Due", "Robin Testbrook");
        assertThat(browser.text()).doesNotContain("Refer a young person");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("approvals-queue");
        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(socialWorker.username(), PASSWORD);
            phone.awaitText(By.id("approvals"), "Aunty Caseworkson");
            assertThat((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a phone").isTrue();
            phone.screenshot("approvals-queue-phone");
        }

        browser.clickAndWaitForTheNextPage(approvals.findElement(By.linkText(
                "Aunty Caseworkson is waiting for a safety decision before first contact")));
        assertThat(browser.path()).isEqualTo("/young-people/" + youngPerson + "/people/" + aunt);

        // Once a decision is recorded, the approval leaves the queue.
        assertThat(socialWorker.post("/api/people/" + aunt + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);
        browser.go("/approvals");
        assertThat(browser.await(By.id("approvals")).getText()).contains("No one is waiting for a safety decision");
    }

    @Test
    void aNoteSharedWithTheYoungPersonAppearsOnTheirPageButNotOneAboutSomeoneBarred() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        person(coordinator, youngPerson, "Granny", "REGULAR");
        String barred = person(coordinator, youngPerson, "Barrett", "BROKEN_DOWN");
        assertThat(coordinator.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);

        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/notes");
        browser.field("Note").sendKeys("Gran has found the photos of you as a baby. She will bring them on Sunday.");
        browser.await(By.xpath("//label[contains(., 'Granny (relative)')]/input")).click();
        browser.await(By.id("note-share")).click();
        browser.button("Save the note").click();
        browser.awaitText(By.cssSelector("#note-form [data-form-status]"), "Note saved and shared with the young person");
        browser.field("Note").sendKeys("Barrett sent a birthday card through his solicitor.");
        browser.await(By.xpath("//label[contains(., 'Barrett (relative)')]/input")).click();
        browser.await(By.id("note-share")).click();
        browser.button("Save the note").click();
        browser.awaitText(By.cssSelector("#chronology tbody"), "Barrett sent a birthday card");

        // A correction is a new version; the chronology shows the current one.
        browser.await(By.xpath("//tr[contains(., 'Gran has found')]//button[.='Correct']")).click();
        browser.awaitText(By.id("note-submit"), "Save the correction (version 2)");
        browser.field("Note").clear();
        browser.field("Note").sendKeys("Gran has found the photos of you as a baby. She will bring them on Saturday.");
        browser.button("Save the correction (version 2)").click();
        browser.awaitText(By.cssSelector("#chronology tbody"), "on Saturday");
        assertThat(browser.text()).contains("[corrected, version 2]");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("notes-and-chronology");

        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        try (var phone = Browser.open(port, 390, 844)) {
            phone.signIn(own.username(), PASSWORD);
            assertThat(phone.path()).isEqualTo("/me");
            var notes = phone.awaitText(By.id("notes"), "She will bring them on Saturday");
            assertThat(notes.getText()).doesNotContain("Barrett").doesNotContain("on Sunday");
            assertThat(phone.text()).doesNotContain("Barrett");
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.script("document.getElementById('notes').scrollIntoView()");
            phone.screenshot("me-shared-note-phone");
        }
    }

    @Test
    void aManagerSeesOverdueWorkPerTeamWithoutNames() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        assertThat(coordinator.post("/api/young-people/" + youngPerson + "/tasks", """
                {"what": "Chase the Testbrook school letter", "due": "%s"}""".formatted(TODAY.minusDays(3))).status())
                .isEqualTo(201);
        var manager = fixtures.user("MANAGER");
        browser.signIn(manager.username(), PASSWORD);
        var east = browser.await(By.cssSelector("#team-work tr[data-area='east']"));
        assertThat(Integer.parseInt(east.findElements(By.tagName("td")).get(1).getText())).isGreaterThanOrEqualTo(1);
        assertThat(browser.await(By.id("team-work")).getText()).doesNotContain("Testbrook").doesNotContain("Robin");
        assertThat(browser.text()).contains("Counts only, no names");
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    private static String person(Api coordinator, String youngPerson, String givenName, String baseline) {
        var response = coordinator.post("/api/young-people/" + youngPerson + "/people", """
                {"givenName": "%s", "familyName": "Caseworkson", "birthYear": 1970, "relationship": "relative",
                 "category": "FAMILY", "baseline": "%s"}""".formatted(givenName, baseline));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }
}
