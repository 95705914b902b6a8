package org.lifelonglinks.web;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.LifelongLinksApplication;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.Browser;
import org.springframework.boot.SpringApplication;

/**
 * How fast the main pages are ready in a real headless Chromium with a 100-person network: from the start of
 * navigation until the page's script has shown everything it loads (LL_READY_AT), and until every response, the
 * chart images included, has arrived. Baselines measured in the same
 * run and browser: the sign-in page (a shell with no data) and the bare API calls the workspace makes.
 * Run: {@code ./mvnw -B -Pweb-bench test-compile exec:exec}.
 */
public final class PageSpeedBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final int PEOPLE = Integer.getInteger("web.bench.people", 100);
    private static final int RUNS = Integer.getInteger("web.bench.runs", 15);

    public static void main(String[] args) throws Exception {
        var data = Files.createTempDirectory("lifelinks-web-bench");
        var context = SpringApplication.run(LifelongLinksApplication.class, "--server.port=0",
                "--lifelinks.data-dir=" + data, "--lifelinks.admin.initial-password=" + PASSWORD,
                "--logging.level.root=warn");
        try (context) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var admin = Api.at(port).as("admin", PASSWORD);
            String yp = network(admin, PEOPLE);
            admin.post("/api/users", """
                    {"username": "bench-coordinator", "password": "%s", "displayName": "Bench Coordinator",
                     "roles": ["COORDINATOR"]}""".formatted(PASSWORD));
            admin.put("/api/young-people/" + yp + "/coordinators/bench-coordinator", null);
            admin.post("/api/users", """
                    {"username": "bench-young-person", "password": "%s", "displayName": "Robin",
                     "roles": ["YOUNG_PERSON"], "youngPersonId": "%s"}""".formatted(PASSWORD, yp));
            System.out.printf("Network: %d people; %d runs per page after 3 warm-up loads; milliseconds%n", PEOPLE, RUNS);
            try (var browser = Browser.open(port)) {
                double shell = measure(browser, "/login", "sign-in page (no data: baseline)");
                browser.signIn("bench-coordinator", PASSWORD);
                double api = measureApi(browser, yp);
                measure(browser, "/caseload", "caseload", shell, api);
                measure(browser, "/young-people/" + yp, "workspace: chart and list of " + PEOPLE, shell, api);
                measure(browser, "/young-people/" + yp + "/plan", "meeting, plan and reviews", shell, api);
                measure(browser, "/young-people/" + yp + "/analysis", "analysis", shell, api);
                measure(browser, "/young-people/" + yp + "/family-tree", "family tree and exports", shell, api);
                browser.signOut();
                browser.signIn("bench-young-person", PASSWORD);
                measure(browser, "/me", "young person's own page", shell, api);
            }
        }
    }

    /** A young person with {@code people} people: family with kinship chains, carers, friends; a fifth approved. */
    static String network(Api admin, int people) {
        String yp = admin.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Benchmark", "dateOfBirth": "2011-05-17", "localId": "WB-1",
                 "area": "east"}""").text("id");
        String[] categories = {"FAMILY", "FAMILY", "FORMER_CARER", "EDUCATION", "FRIEND", "PROFESSIONAL", "COMMUNITY"};
        String[] baselines = {"REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"};
        String previous = yp;
        for (int i = 0; i < people; i++) {
            String person = admin.post("/api/young-people/" + yp + "/people", """
                    {"givenName": "Person%d", "familyName": "Bench%d", "birthYear": %d, "relationship": "relative %d",
                     "category": "%s", "baseline": "%s"}""".formatted(i, i % 17, 1950 + i % 60, i,
                    categories[i % categories.length], baselines[i % baselines.length])).text("personId");
            if (i % categories.length < 2) {
                admin.post("/api/people/" + previous + "/kin", """
                        {"personId": "%s", "kind": "PARENT"}""".formatted(person));
                previous = i % 10 == 0 ? yp : person;
            }
            if (i % 5 == 0) {
                admin.post("/api/people/" + person + "/safety", """
                        {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}""".formatted(yp));
            }
        }
        return yp;
    }

    private static double measure(Browser browser, String path, String name) {
        return measure(browser, path, name, Double.NaN, Double.NaN);
    }

    private static double measure(Browser browser, String path, String name, double shell, double api) {
        for (int warm = 0; warm < 3; warm++) {
            browser.go(path);
        }
        var times = new ArrayList<Double>();
        var everything = new ArrayList<Double>();
        for (int run = 0; run < RUNS; run++) {
            browser.go(path);
            times.add(((Number) browser.script(
                    "return window.LL_READY_AT || performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue());
            // The charts are images that load beside the script's work: wait for them, then take the last response.
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                    browser.script("return Array.from(document.images).every(i => i.complete)")));
            everything.add(((Number) browser.script("return Math.max(window.LL_READY_AT || 0, "
                    + "...performance.getEntriesByType('resource').map(e => e.responseEnd), "
                    + "performance.getEntriesByType('navigation')[0].loadEventEnd)")).doubleValue());
        }
        double median = percentile(times, 50);
        System.out.printf("%-40s shown: median %6.1f p95 %6.1f | all loaded: median %6.1f p95 %6.1f%s%n", name,
                median, percentile(times, 95), percentile(everything, 50), percentile(everything, 95),
                Double.isNaN(shell) ? "" : "  (shown: %.1f× sign-in page, %.1f× its API calls)".formatted(
                        median / shell, median / api));
        return median;
    }

    /** The workspace's own API calls, fetched in parallel from the page as its script does, without drawing. */
    private static double measureApi(Browser browser, String yp) {
        browser.go("/caseload");
        var times = new ArrayList<Double>();
        for (int run = 0; run < RUNS + 3; run++) {
            Object ms = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const start = performance.now();
                    const base = '/api/young-people/' + arguments[0];
                    Promise.all([base + '/network', base + '/progress'].map(u => fetch(u).then(r => r.text())))
                        .then(() => done(performance.now() - start));
                    """, yp);
            if (run >= 3) {
                times.add(((Number) ms).doubleValue());
            }
        }
        double median = percentile(times, 50);
        System.out.printf("%-40s        median %6.1f p95 %6.1f%n", "workspace's API calls alone (baseline)", median,
                percentile(times, 95));
        return median;
    }

    private static double percentile(List<Double> values, int percentile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private PageSpeedBenchmark() {
    }
}
