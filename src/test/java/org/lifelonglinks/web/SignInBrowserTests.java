package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;

/** Signing in and out through the login form in a real browser, the session's CSRF protection, and throttling. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningIn() {
        var coordinator = fixtures.user("COORDINATOR");

        browser.go("/caseload");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("sign-in");

        browser.field("Username").sendKeys(coordinator.username());
        browser.field("Password").sendKeys(PASSWORD);
        // Wait for the page after the form's POST, not the sign-in page still showing when the click returns.
        browser.clickAndWaitForTheNextPage(browser.button("Sign in"));

        assertThat(browser.path()).isEqualTo("/caseload");
        assertThat(browser.text()).contains("Signed in as Test COORDINATOR");
    }

    @Test
    void theAccessibilityCheckRunsAxeAndCatchesWhatItShould() {
        browser.go("/login");
        assertThat(browser.axeViolations()).isEmpty();

        // A field without a label and pale grey text on white: what axe's WCAG 2.2 AA rules exist to catch.
        browser.script("""
                const main = document.querySelector('main');
                const field = document.createElement('input');
                field.type = 'text';
                const pale = document.createElement('p');
                pale.textContent = 'Hard to read';
                pale.style.color = '#cccccc';
                pale.style.background = '#ffffff';
                main.append(field, pale);
                """);

        assertThat(browser.axeViolations()).anyMatch(v -> v.startsWith("label:"))
                .anyMatch(v -> v.startsWith("color-contrast:"));
        assertThat(browser.accessibilityProblems()).anyMatch(v -> v.startsWith("label:"));
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheUsername() {
        var coordinator = fixtures.user("COORDINATOR");

        browser.signIn(coordinator.username(), "not-the-password");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.await(By.id("sign-in-error")).getText()).contains("username or password is not right");
        assertThat(browser.field("Username").getAttribute("value")).isEqualTo(coordinator.username());
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("sign-in-failed");
    }

    @Test
    void signingOutEndsTheSession() {
        var coordinator = fixtures.user("COORDINATOR");
        browser.signIn(coordinator.username(), PASSWORD);

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text()).contains("You have signed out");
        browser.go("/caseload");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aPageWhoseSessionEndedSendsThePersonToSignInAgainInsteadOfAPasswordDialog() {
        var coordinator = fixtures.user("COORDINATOR");
        browser.signIn(coordinator.username(), PASSWORD);
        browser.go("/caseload");

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.script("LL.api('/api/me').catch(() => {});");

        browser.waitUpTo(java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/login?expired"));
        assertThat(browser.text()).contains("Sign in");
    }

    @Test
    void fiveWrongPasswordsInTheFormBlockThisBrowserForTheAccountButNotTheOwnerElsewhereUntilAnAdministratorUnlocks() {
        var coordinator = fixtures.user("COORDINATOR");
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.signIn(coordinator.username(), "wrong-password-" + attempt);
        }

        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).as("even the right password is refused from this browser").isEqualTo("/login");
        assertThat(browser.await(By.id("sign-in-error")).getText()).contains("Too many wrong passwords",
                "from this device", "another device");
        assertThat(browser.accessibilityProblems()).isEmpty();
        assertThat(coordinator.from("127.0.0.22").get("/api/me").status()).as("the owner elsewhere").isEqualTo(200);
        assertThat(admin.get("/api/audit?action=SIGN_IN_BLOCKED&username=" + coordinator.username()).json().size())
                .isEqualTo(1);

        assertThat(admin.post("/api/users/" + coordinator.username() + "/unlock", null).status()).isEqualTo(204);

        browser.signIn(coordinator.username(), PASSWORD);
        assertThat(browser.path()).isEqualTo("/caseload");
    }

    @Test
    void thePagesCallTheApiWithTheSessionAndAChangeWithoutTheCsrfTokenIsRefused() {
        var coordinator = fixtures.user("COORDINATOR");
        browser.signIn(coordinator.username(), PASSWORD);

        Object withToken = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                LL.api('/api/young-people', {json: {givenName: 'Sky', familyName: 'Testwood', dateOfBirth: '2012-01-02',
                    localId: 'CSRF-' + Date.now(), area: 'east'}}).then(r => done(r.id), e => done('failed ' + e.message));
                """);
        Object withoutToken = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/young-people', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({givenName: 'Sky', familyName: 'Forged', dateOfBirth: '2012-01-02',
                    localId: 'FORGED-' + Date.now(), area: 'east'})}).then(r => done(r.status));
                """);

        assertThat(String.valueOf(withToken)).doesNotStartWith("failed").isNotEmpty();
        assertThat(withoutToken).isEqualTo(403L);
        assertThat(coordinator.get("/api/young-people").body()).contains("Testwood").doesNotContain("Forged");
    }
}
