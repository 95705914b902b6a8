package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.BrowserTest;

/** The pages work under the strict Content-Security-Policy: the browser refuses nothing they need. */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

    @Test
    void pagesRunWithoutAnyContentSecurityPolicyViolation() {
        String youngPerson = fixtures.youngPerson();
        String gran = fixtures.person(youngPerson, "Edie", "Testcsp");
        var console = new ArrayList<String>();

        browser.go("/login");
        console.addAll(browser.console());
        browser.signIn("admin", ADMIN_PASSWORD);
        for (String page : new String[] {"/caseload", "/admin/users", "/admin/audit", "/admin/directories",
                "/young-people/" + youngPerson, "/young-people/" + youngPerson + "/people/" + gran,
                "/young-people/" + youngPerson + "/analysis", "/young-people/" + youngPerson + "/family-tree",
                "/young-people/" + youngPerson + "/plan", "/young-people/" + youngPerson + "/trace"}) {
            browser.go(page);
            console.addAll(browser.console().stream().map(line -> page + ": " + line).toList());
        }

        assertThat(browser.text()).doesNotContain("Something went wrong");
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Content-Security-Policy"));
    }
}
