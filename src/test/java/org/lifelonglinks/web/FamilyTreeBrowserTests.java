package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A coordinator brings a real GEDCOM family tree into a young person's network from the family tree page. */
class FamilyTreeBrowserTests extends BrowserTest {

    private static final Path BRONTE = Path.of("src/test/resources/gedcom/gedcom-samples/bronte.ged").toAbsolutePath();

    @Test
    void aCoordinatorChoosesWhoInTheFileIsTheYoungPersonAndBringsInTheTree() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/family-tree");

        browser.field("Family tree file").sendKeys(BRONTE.toString());
        browser.awaitText(By.id("gedcom-file-hint"), "people in this file");
        var root = new Select(browser.field("Who in the file is Robin?"));
        root.selectByVisibleText(root.getOptions().stream().map(o -> o.getText())
                .filter(text -> text.startsWith("Anne Brontë")).findFirst().orElseThrow());
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.button("Bring in the tree").click();

        browser.awaitText(By.id("gedcom-result"), "added to Robin's network");
        browser.screenshot("family-tree");
        var network = coordinator.get("/api/young-people/" + youngPerson + "/network").body();
        assertThat(network).contains("Charlotte", "Branwell", "sister", "brother");
    }

    @Test
    void aFileThatIsNotAFamilyTreeIsRefusedWithTheReasonAndNothingIsAdded() throws Exception {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        var notATree = java.nio.file.Files.createTempFile("not-a-tree", ".ged");
        java.nio.file.Files.writeString(notATree, "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 NAME Ann /Testcliff/\n");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/family-tree");

        browser.field("Family tree file").sendKeys(notATree.toString());
        browser.awaitText(By.id("gedcom-file-hint"), "1 person in this file");
        browser.button("Bring in the tree").click();

        var problem = browser.awaitText(By.cssSelector("#gedcom-form .status.error"), "TRLR");
        assertThat(problem.getText()).contains("line 5", "cut short");
        assertThat(coordinator.get("/api/young-people/" + youngPerson + "/network").body()).doesNotContain("Testcliff");
    }

    @Test
    void theExportLinksDownloadThroughTheSession() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/family-tree");

        Object gedcom = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a[href$="/gedcom"]').href).then(r => r.text()).then(done);
                """);

        assertThat(String.valueOf(gedcom)).startsWith("0 HEAD").contains("Robin");
    }
}
