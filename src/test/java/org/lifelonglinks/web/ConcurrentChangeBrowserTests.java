package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/**
 * A form sent twice before its answer arrives records once; a change someone else saved while the page was open
 * is shown, and what was typed is kept.
 */
class ConcurrentChangeBrowserTests extends BrowserTest {

    @Test
    void aContactFormSentTwiceBeforeTheFirstAnswerRecordsOneContact() {
        var coordinator = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        String aunt = fixtures.person(youngPerson, "Wren", "Testhaven");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/people/" + aunt);
        browser.field("Note").sendKeys("Left a message with her neighbour");

        // Two submissions of the same form in one go, as a double click or a double Enter can make before the
        // button is disabled: both requests leave before either answer is back.
        browser.script("""
                const form = document.getElementById('contact-form');
                form.requestSubmit();
                form.requestSubmit();""");

        browser.awaitText(By.cssSelector("#contact-form .status.ok"), "Recorded: Phone call");
        browser.awaitText(By.cssSelector("#contacts tbody"), "Left a message with her neighbour");
        var contacts = coordinator.get("/api/young-people/" + youngPerson + "/contacts?personId=" + aunt).json();
        assertThat(contacts.size()).as(contacts.toString()).isEqualTo(1);
        assertThat(browser.all(By.cssSelector("#contacts tbody tr"))).hasSize(1);
    }

    @Test
    void aConnectionChangedBySomeoneElseMeanwhileIsShownAndWhatWasTypedIsKept() {
        var coordinator = fixtures.user("COORDINATOR");
        var colleague = fixtures.user("COORDINATOR");
        String youngPerson = fixtures.youngPerson(coordinator);
        fixtures.assign(youngPerson, colleague, "COORDINATOR");
        String uncle = fixtures.person(youngPerson, "Ash", "Testridge");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/young-people/" + youngPerson + "/people/" + uncle);
        String connections = "/api/young-people/" + youngPerson + "/connections/";
        String connectionId = coordinator.get("/api/young-people/" + youngPerson + "/network").json()
                .get("connections").get(0).get("id").asString();

        assertThat(colleague.patch(connections + connectionId, "{\"relationship\": \"great-uncle\"}").status())
                .isEqualTo(200);
        browser.field("Relationship").clear();
        browser.field("Relationship").sendKeys("dad's brother");
        browser.button("Save").click();

        var message = browser.awaitText(By.cssSelector("#connection-form .status.error"),
                "Someone else changed this while you were editing: here is what changed");
        assertThat(message.getText()).contains("Relationship is now “great-uncle”");
        assertThat(browser.field("Relationship").getAttribute("value")).isEqualTo("dad's brother");
        browser.screenshot("connection-changed-meanwhile");
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(relationship(youngPerson)).isEqualTo("great-uncle");

        browser.button("Save").click();

        browser.awaitText(By.cssSelector("#connection-form .status.ok"), "Saved.");
        assertThat(relationship(youngPerson)).isEqualTo("dad's brother");
    }

    private String relationship(String youngPerson) {
        return admin.get("/api/young-people/" + youngPerson + "/network").json().get("connections").get(0)
                .get("relationship").asString();
    }
}
