package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The administrators' pages in a real browser: accounts and roles, caseloads, directories and imports, audit. */
class AdminBrowserTests extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void anAdministratorMakesACoordinatorChangesItsRolesAndUnlocksItAfterFiveWrongPasswordsFromOneAddress() {
        String username = unique("casey");
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/users");

        browser.field("Username").sendKeys(username);
        browser.field("Display name").sendKeys("Casey Testbrowser");
        browser.field("Password").sendKeys("too-short");
        browser.driver().findElement(By.id("new-role-COORDINATOR")).click();
        browser.button("Make account").click();

        assertThat(browser.awaitText(By.id("password-error"), "at least 12 characters").getText())
                .containsIgnoringCase("password must have at least 12 characters");
        assertThat(browser.field("Username").getAttribute("value")).as("what was typed stays").isEqualTo(username);
        assertThat(browser.field("Display name").getAttribute("value")).isEqualTo("Casey Testbrowser");
        assertThat(browser.driver().findElement(By.id("new-role-COORDINATOR")).isSelected()).isTrue();

        browser.field("Password").clear();
        browser.field("Password").sendKeys(PASSWORD);
        browser.button("Make account").click();
        browser.awaitText(By.cssSelector("#new-form [data-form-status]"), "can now sign in as " + username);
        assertThat(row(username)).contains("Casey Testbrowser", "Coordinator", "Can sign in");

        browser.driver().findElement(By.cssSelector("button[aria-label='Change " + username + "']")).click();
        browser.driver().findElement(By.cssSelector("#edit-form input[value=SOCIAL_WORKER]")).click();
        browser.button("Save changes").click();
        browser.awaitText(By.cssSelector("#edit-form [data-form-status]"), "Coordinator, Social worker");
        assertThat(Api.at(port).as(username, PASSWORD).get("/api/me").json().path("roles").toString())
                .contains("COORDINATOR", "SOCIAL_WORKER");

        var wrong = Api.at(port).as(username, "wrong").from("127.0.0.21");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(wrong.get("/api/me").status()).isEqualTo(401);
        }
        browser.go("/admin/users");
        assertThat(row(username)).contains("Blocked from 1 address until");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin-users");

        browser.driver().findElement(By.cssSelector("button[aria-label='Unlock " + username + "']")).click();
        browser.awaitText(By.id("page-status"), username + " is unlocked");
        assertThat(row(username)).contains("Can sign in").doesNotContain("Blocked");
        assertThat(Api.at(port).as(username, PASSWORD).from("127.0.0.21").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorAssignsACoordinatorWhoThenSeesTheYoungPerson() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPersonId = fixtures.youngPerson();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/caseloads");

        new Select(browser.field("Young person")).selectByValue(youngPersonId);
        new Select(browser.field("As")).selectByVisibleText("Coordinator");
        new Select(browser.field("Worker")).selectByValue(coordinator.username());
        browser.button("Assign").click();

        browser.awaitText(By.cssSelector("#assign-form [data-form-status]"), "is now coordinator of");
        assertThat(coordinator.get("/api/young-people").body()).contains(youngPersonId);
        String row = browser.driver().findElement(By.cssSelector("tr[data-young-person='" + youngPersonId + "']"))
                .getText();
        assertThat(row).contains("Test COORDINATOR");
        browser.screenshot("admin-caseloads");

        browser.driver().findElement(By.cssSelector("tr[data-young-person='" + youngPersonId + "'] button.link-button"))
                .click();
        browser.awaitText(By.id("page-status"), "is no longer coordinator of");
        assertThat(coordinator.get("/api/young-people").body()).doesNotContain(youngPersonId);
    }

    @Test
    void anAdministratorImportsADirectoryWithProgressChecksACaseFileAndRebuildsTheIndex() throws IOException {
        String directory = unique("carers");
        var csv = new StringBuilder("id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("C").append(i).append(",Jamie,Testcarer").append(i).append(",,1975-03-0").append(1 + i % 9)
                    .append(",,M,Bradford,BD1 1AA\n");
        }
        csv.append("C-bad,Jamie,Testbad,,the-fifth-of-may,,M,Bradford,\n");
        Path directoryFile = Files.writeString(files.resolve("carers.csv"), csv, StandardCharsets.UTF_8);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path caseFile = Files.writeString(files.resolve("cases.csv"), "young_person_id,young_person_given_name,"
                + "young_person_family_name,young_person_date_of_birth,area,referral_date,person_id,given_name,"
                + "family_name,former_family_names,known_as,date_of_birth,birth_year,sex,deceased,town,postcode,"
                + "relationship,category,wish,source,baseline\n"
                + "CASE-" + run + ",Robin,Testpage,2011-05-17,east,2026-01-10,P-" + run
                + ",Dana,Testmum,,,,1985,FEMALE,,,,mother,FAMILY,,CASE_FILE,OCCASIONAL\n"
                + "CASE-" + run + ",Robin,Testpage,2011-05-17,atlantis,2026-01-10,,,,,,,,,,,,,,,,\n"
                + "CASE-" + run + "B,Robin,Testpage,2011-05-17,east,2026-01-10,P2-" + run
                + ",Dev,Testdad,,,1984-02-31,,MALE,,,,father,KIN,,CASE_FILE,OCCASIONAL\n",
                StandardCharsets.UTF_8);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/directories");

        browser.field("Directory name").sendKeys(directory);
        browser.field("Directory CSV file").sendKeys(directoryFile.toAbsolutePath().toString());
        browser.button("Import directory").click();

        browser.awaitText(By.id("directory-job-words"), "Finished: 5,001 of 5,001 rows read");
        assertThat(browser.driver().findElement(By.id("directory-job-bar")).getAttribute("value")).isEqualTo("1");
        assertThat(browser.awaitText(By.cssSelector("#directory-form [data-form-status]"), "5,000 added").getText())
                .contains("5,001 rows read", "1 not imported");
        assertThat(browser.driver().findElement(By.id("directory-result")).getText())
                .contains("5,002", "bad date_of_birth 'the-fifth-of-may'");
        assertThat(admin.get("/api/audit?action=DIRECTORY_IMPORTED&username=admin&limit=100").json().valueStream()
                .filter(e -> e.path("detail").asString().startsWith(directory + ":")).count())
                .as("imported once").isEqualTo(1);

        browser.field("Case system CSV file").sendKeys(caseFile.toAbsolutePath().toString());
        assertThat(browser.field("Dry run").isSelected()).isTrue();
        browser.button("Check or import cases").click();
        browser.awaitText(By.cssSelector("#cases-form [data-form-status]"), "2 of 3 rows cannot be imported");
        assertThat(browser.driver().findElement(By.id("cases-summary")).getText()).isEqualTo("Nothing has been "
                + "changed, and an import of this file would be refused until every row can be imported. Its other "
                + "rows would add 1 young person, 1 person and 1 connection.");
        assertThat(browser.driver().findElement(By.id("cases-result")).getText())
                .contains("Rows that cannot be imported (2)", "atlantis")
                .doesNotContain("Would be created");
        assertThat(browser.all(By.cssSelector("#cases-result .row-problems li"))).as("every problem of line 4")
                .extracting(org.openqa.selenium.WebElement::getText)
                .containsExactly("date_of_birth '1984-02-31' is not a date in the form YYYY-MM-DD",
                        "category 'KIN' is not one of [FAMILY, FORMER_CARER, EDUCATION, FRIEND, PROFESSIONAL, COMMUNITY]");
        assertThat(admin.get("/api/young-people").body()).doesNotContain("CASE-" + run);

        browser.button("Rebuild the tracing index").click();
        browser.awaitText(By.id("index-job-words"), "Finished");
        browser.awaitText(By.cssSelector("#index-form [data-form-status]"), "people from the networks can be found");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin-directories");

        browser.field("Name of the directory to delete").sendKeys(directory);
        browser.button("Delete directory").click();
        browser.awaitText(By.id("delete-confirm"), "cannot be undone");
        browser.button("Yes, delete " + directory).click();
        browser.awaitText(By.cssSelector("#delete-form [data-form-status]"), "is deleted");
        assertThat(admin.delete("/api/directories/" + directory).status()).as("already gone").isEqualTo(404);
    }

    @Test
    void aDirectoryFileWithTheWrongHeaderIsRefusedBesideTheFileAndNothingIsImported() throws IOException {
        String directory = unique("wrong");
        Path file = Files.writeString(files.resolve("wrong.csv"), "name,surname\nAlex,Testwrong\n",
                StandardCharsets.UTF_8);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/directories");

        browser.field("Directory name").sendKeys(directory);
        browser.field("Directory CSV file").sendKeys(file.toAbsolutePath().toString());
        browser.button("Import directory").click();

        assertThat(browser.awaitText(By.id("directory-file-error"), "The CSV header must be").getText())
                .contains("but is name,surname");
        assertThat(browser.awaitText(By.id("directory-job-words"), "Stopped").getText())
                .contains("nothing was changed");
        assertThat(browser.field("Directory name").getAttribute("value")).isEqualTo(directory);
        assertThat(admin.delete("/api/directories/" + directory).status()).isEqualTo(404);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    void oneWorkspaceViewIsOneNamedEntryChosenFromListsOnADesktopAndAPhone() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPersonNamed(coordinator, "Marisol");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson);
        browser.await(By.cssSelector("#people"));
        browser.signOut();
        var reads = admin.get("/api/audit?username=" + coordinator.username() + "&youngPersonId=" + youngPerson)
                .json().valueStream().filter(e -> e.path("action").asString().endsWith("_READ")).toList();
        assertThat(reads).as("the view's reads, chart included: %s", reads).hasSize(1);

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.go("/admin/audit");
        browser.choose("Who", "Test COORDINATOR (" + coordinator.username() + ")");
        browser.choose("About the young person", "Marisol Testbrook");
        browser.choose("Action", "Read: network");
        // A date that does not exist is named beside the field, before anything is asked of the service.
        browser.date("From", "31", "2", "2026");
        browser.button("Show entries").click();
        assertThat(browser.awaitText(By.id("from-day-error"), "real date").getText())
                .contains("From must be a real date: there is no 31 2 2026");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("date-input-error");
        browser.date("From", java.time.LocalDate.now().minusDays(1).toString());
        browser.button("Show entries").click();
        browser.awaitText(By.id("audit-caption"), "1 entry matching the filters");

        var rows = browser.all(By.cssSelector("#audit-entries tbody tr"));
        assertThat(rows).as("the workspace's calls are one entry").hasSize(1);
        assertThat(rows.getFirst().getText()).contains("Test COORDINATOR", coordinator.username(),
                "Marisol Testbrook", youngPerson, "In the same page view");
        assertThat(rows.getFirst().getText().toLowerCase()).as("the view read the network, first or later")
                .contains("read: network");
        assertThat(browser.driver().getCurrentUrl()).contains("username=" + coordinator.username(),
                "youngPersonId=" + youngPerson, "action=NETWORK_READ");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("admin-audit");

        try (var phone = org.lifelonglinks.support.Browser.open(port, 390, 844)) {
            phone.signIn("admin", ADMIN_PASSWORD);
            phone.go("/admin/audit?username=" + coordinator.username() + "&youngPersonId=" + youngPerson);
            phone.awaitText(By.id("audit-caption"), "matching the filters");
            assertThat(phone.driver().findElement(By.id("audit-entries")).getText()).contains("Marisol Testbrook");
            assertThat(phone.accessibilityProblems()).isEmpty();
            phone.screenshot("admin-audit-phone");
        }
    }

    @Test
    void anOpenSessionEndsWhenTheAccountIsDisabledOrItsRolesChange() {
        var coordinator = fixtures.user("COORDINATOR");
        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.go("/caseload").path()).isEqualTo("/caseload");

        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"enabled\": false}").status()).isEqualTo(200);

        assertThat(browser.go("/caseload").path()).as("the session ended").isEqualTo("/login");
        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).as("a disabled account cannot sign in").isEqualTo("/login");

        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"enabled\": true}").status()).isEqualTo(200);
        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/caseload");
        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"displayName\": \"Casey Renamed\"}")
                .status()).isEqualTo(200);
        assertThat(browser.go("/caseload").path()).as("a new name alone keeps the session").isEqualTo("/caseload");
        assertThat(admin.patch("/api/users/" + coordinator.username(), "{\"roles\": [\"MANAGER\"]}").status())
                .isEqualTo(200);
        assertThat(browser.go("/caseload").path()).as("new roles need a new sign-in").isEqualTo("/login");
    }

    @Test
    void theUsersPageWorksOnAPhone() {
        try (var phone = org.lifelonglinks.support.Browser.open(port, 390, 844)) {
            phone.signIn("admin", ADMIN_PASSWORD);
            phone.go("/admin/users");
            assertThat(phone.text()).contains("Make an account", "admin");
            assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone but the table, which scrolls by itself").isEqualTo(true);
            phone.screenshot("admin-users-phone");
        }
    }

    @Test
    void theAdministratorsPagesAreNotOpenToACoordinator() {
        var coordinator = fixtures.user("COORDINATOR");
        browser.signIn(coordinator.username(), PASSWORD);

        browser.go("/admin/users");

        assertThat(browser.text()).contains("This page is not open to you").doesNotContain("Make an account");
    }

    private String row(String username) {
        return browser.await(By.cssSelector("#accounts tr[data-username='" + username + "']")).getText();
    }
}
