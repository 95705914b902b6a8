package org.lifelonglinks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.lifelonglinks.support.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the service, as the user it is for, through axe's WCAG 2.2 AA rules at desktop size (1366×900)
 * and on a phone (390×844), with nothing wider than the phone. The list of pages is checked against the service's
 * own routes, so a new page cannot be left out of the sweep.
 */
class EveryPageAccessibilityBrowserTests extends BrowserTest {

    private static final int[][] SIZES = {{1366, 900}, {390, 844}};

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Test
    void everyPageHasNoAccessibilityViolationAtDesktopOrPhoneSize() {
        var coordinator = fixtures.user("COORDINATOR");
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        var manager = fixtures.user("MANAGER");
        String youngPerson = fixtures.youngPersonNamed(coordinator, "Robin");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        String path = "/api/young-people/" + youngPerson;
        String gran = fixtures.person(youngPerson, "Margaret", "Sweepwell", 1955);
        String uncle = fixtures.person(youngPerson, "Derek", "Sweepwell", 1975);
        fixtures.person(youngPerson, "Ella", "Sweepwell", 2009);
        assertThat(socialWorker.post("/api/people/" + uncle + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}""".formatted(youngPerson))
                .status()).isEqualTo(201);
        assertThat(socialWorker.post("/api/people/" + gran + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(youngPerson))
                .status()).isEqualTo(201);
        assertThat(coordinator.post(path + "/notes", """
                {"date": "2026-11-20", "text": "Gran rang about the photo album.", "about": ["%s"]}""".formatted(gran))
                .status()).isEqualTo(201);

        Map<String, Visit> pages = new LinkedHashMap<>();
        pages.put("/login", new Visit(null, "/login", null));
        pages.put("/caseload", new Visit(coordinator, "/caseload", null));
        pages.put("/notifications", new Visit(coordinator, "/notifications", null));
        pages.put("/young-people/{id}", new Visit(coordinator, "/young-people/" + youngPerson, null));
        pages.put("/young-people/{id}/people/{personId}",
                new Visit(coordinator, "/young-people/" + youngPerson + "/people/" + uncle, null));
        pages.put("/young-people/{id}/analysis", new Visit(coordinator, "/young-people/" + youngPerson + "/analysis", null));
        pages.put("/young-people/{id}/family-tree",
                new Visit(coordinator, "/young-people/" + youngPerson + "/family-tree", null));
        pages.put("/young-people/{id}/notes", new Visit(coordinator, "/young-people/" + youngPerson + "/notes", null));
        pages.put("/young-people/{id}/plan", new Visit(coordinator, "/young-people/" + youngPerson + "/plan", null));
        pages.put("/young-people/{id}/trace", new Visit(coordinator, "/young-people/" + youngPerson + "/trace",
                browser -> {
                    browser.field("Given name").sendKeys("Margret");
                    browser.field("Family name").sendKeys("Sweepwel");
                    browser.button("Search").click();
                    browser.awaitText(By.id("results"), "unlikely match");
                }));
        pages.put("/approvals", new Visit(socialWorker, "/approvals", null));
        pages.put("/reports", new Visit(manager, "/reports", null));
        for (String admin : List.of("audit", "caseloads", "data-protection", "directories", "users")) {
            pages.put("/admin/" + admin, new Visit(this.admin, "/admin/" + admin, null));
        }
        pages.put("/me", new Visit(own, "/me", null));
        pages.put("/me/chart", new Visit(own, "/me/chart", null));
        // Not routes of their own, but pages people read: the 404 page and the printed plan and chronology.
        pages.put("not found", new Visit(coordinator, "/young-people/no-such-young-person", null));
        pages.put("printed chronology", new Visit(coordinator, path + "/chronology.html", null));

        assertThat(pages.keySet()).as("every page route is in the sweep").containsAll(pageRoutes());

        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            Map<Api, Browser> signedIn = new LinkedHashMap<>();
            try {
                for (var page : pages.entrySet()) {
                    Visit visit = page.getValue();
                    Browser at = signedIn.computeIfAbsent(visit.as == null ? Api.at(port) : visit.as, as -> {
                        Browser opened = Browser.open(port, size[0], size[1]);
                        if (visit.as != null) {
                            opened.signIn(as.username(), visit.as == this.admin ? ADMIN_PASSWORD : PASSWORD);
                        }
                        return opened;
                    });
                    at.go(visit.path);
                    if (visit.then != null) {
                        visit.then.accept(at);
                    }
                    String where = page.getKey() + " at " + size[0] + "×" + size[1] + ": ";
                    at.accessibilityProblems().forEach(problem -> problems.add(where + problem));
                    if ((Boolean) at.script("return document.documentElement.scrollWidth > window.innerWidth")) {
                        problems.add(where + "the page is wider than the window");
                    }
                }
            } finally {
                signedIn.values().forEach(Browser::close);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The service's own pages: every GET route outside the API that answers a page rather than redirecting. */
    private Set<String> pageRoutes() {
        Set<String> found = new TreeSet<>();
        routes.getHandlerMethods().forEach((mapping, handler) -> {
            var methods = mapping.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/") && !pattern.startsWith("/error")
                        && !pattern.startsWith("/actuator") && !pattern.startsWith("/v3/")
                        // springdoc's explorer of the API, for integrators: not one of the service's own pages
                        && !pattern.equals("/swagger-ui.html")) {
                    found.add(pattern);
                }
            }
        });
        return found;
    }

    private record Visit(Api as, String path, java.util.function.Consumer<Browser> then) {
    }
}
