package org.lifelonglinks.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.lifelonglinks.LifelongLinksApplication;
import org.lifelonglinks.support.Api;
import org.springframework.boot.SpringApplication;

/**
 * Times imports through the whole service (HTTP, parsing, the tracing match, one Neo4j transaction, the search
 * index): the largest sample family tree (washington.ged, 529 people) into five fresh networks, then a generated
 * case-system CSV of {@code exchange.bench.rows} rows (ten connections per young person, every person new), its
 * dry run, and the same file again (everything unchanged). Prints people per second. Run with
 * {@code ./mvnw -B -Pexchange-bench test-compile exec:exec} ({@code -Dexchange.bench.rows=10000} for a quick run).
 */
public final class ImportBenchmark {

    private static final String PASSWORD = "benchmark-admin-password-1";

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("exchange.bench.rows", 100_000);
        Path data = Files.createTempDirectory("lifelinks-bench");
        var context = SpringApplication.run(LifelongLinksApplication.class, "--server.port=0",
                "--lifelinks.data-dir=" + data, "--lifelinks.admin.initial-password=" + PASSWORD,
                "--logging.level.root=warn", "--logging.level.org.lifelonglinks.exchange.GedcomImportService=debug",
                "--logging.level.org.lifelonglinks.network.NetworkService=debug");
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var admin = Api.at(port).as("admin", PASSWORD);
            gedcom(admin);
            for (String size : System.getProperty("exchange.bench.trees", "3000,50000").split(",")) {
                if (!size.isBlank()) {
                    generated(admin, Integer.parseInt(size.strip()));
                }
            }
            if (rows > 0) {
                cases(admin, rows);
            }
        } finally {
            context.close();
        }
    }

    // --- issue 18: the figures docs/performance.md gave before the one-pass import, to print ratios against ---
    /** washington.ged before: 56 people/s cold, 84–96 warm (2026-11-24). */
    private static final double WASHINGTON_BEFORE_PEOPLE_PER_SECOND = 96;
    /** The 3,000-person generated tree before: 26.7 s (2026-12-03, load 11–17). */
    private static final double GENERATED_3000_BEFORE_SECONDS = 26.7;

    /** The best of three parse-only runs (reading and checking the file, as the import reads it), in seconds. */
    private static double parseOnly(byte[] tree, int people) {
        double parse = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            int read = FamilyTree.read(new ByteArrayInputStream(tree)).individuals().size();
            parse = Math.min(parse, (System.nanoTime() - start) / 1e9);
            if (read != people) {
                throw new IllegalStateException("read " + read + " people, not " + people);
            }
        }
        return parse;
    }
    // --- end issue 18 ---

    private static void gedcom(Api admin) throws Exception {
        byte[] tree = Files.readAllBytes(GedcomFiles.root().resolve("gedcom-samples/washington.ged"));
        int people = GedcomFiles.tree("gedcom-samples/washington.ged").individuals().size();
        int samples = Integer.getInteger("exchange.bench.samples", 5);
        double parse = samples > 0 ? parseOnly(tree, people) : 0;
        for (int run = 0; run < samples; run++) {
            var network = freshNetwork(admin, "bench-coordinator-" + run, "B-" + run);
            long start = System.nanoTime();
            var response = network.as().postBytes("/api/young-people/" + network.youngPerson() + "/gedcom",
                    () -> new ByteArrayInputStream(tree), "application/octet-stream");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.status() != 200) {
                throw new IllegalStateException(response.toString());
            }
            System.out.printf("GEDCOM washington.ged run %d: %d people in %.2f s = %.0f people/s%s; parse only %.3f s; "
                    + "import/parse %.1f×; %.1f× the 96 people/s before%n", run + 1, people, seconds, people / seconds,
                    run == 0 ? " (cold)" : "", parse, seconds / parse,
                    people / seconds / WASHINGTON_BEFORE_PEOPLE_PER_SECOND);
        }
    }

    /**
     * A generated tree of {@code people} into a fresh network, beside the time the same file takes only to be read
     * and checked (parsing and the family structure, no matching, no writes) in the same run: the import's cost
     * over what any importer must do.
     */
    private static void generated(Api admin, int people) {
        byte[] tree = GeneratedTree.of(people, people);
        double parse = parseOnly(tree, people);
        var network = freshNetwork(admin, "bench-generated-" + people, "G-" + people);
        long start = System.nanoTime();
        var response = network.as().postBytes("/api/young-people/" + network.youngPerson() + "/gedcom?connectTo=@I"
                        + people + "@&kind=PARENT",
                () -> new ByteArrayInputStream(tree), "application/octet-stream");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.status() != 200) {
            throw new IllegalStateException(response.toString());
        }
        System.out.printf("GEDCOM generated tree of %,d people (%,d bytes): import %.2f s = %,.0f people/s; "
                + "parse only %.3f s; import/parse %.1f×; %s; heap %,d MB max, %,d MB in use after%n", people,
                tree.length, seconds, people / seconds, parse, seconds / parse, people == 3000
                        ? "%.1f× faster than the 26.7 s before".formatted(GENERATED_3000_BEFORE_SECONDS / seconds)
                        : "%.1f× the 3,000-person rate before (112 people/s)".formatted(
                                people / seconds / (3000 / GENERATED_3000_BEFORE_SECONDS)),
                Runtime.getRuntime().maxMemory() >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** A young person's network of its own coordinator, who sees only it: nothing merges with earlier runs. */
    private static Network freshNetwork(Api admin, String coordinator, String localId) {
        admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Bench", "roles": ["COORDINATOR"]}"""
                .formatted(coordinator, PASSWORD));
        var as = admin.as(coordinator, PASSWORD);
        String youngPerson = as.post("/api/young-people", """
                {"givenName": "Robin", "familyName": "Bench", "dateOfBirth": "2011-05-17", "localId": "%s",
                 "area": "east"}""".formatted(localId)).text("id");
        return new Network(as, youngPerson);
    }

    private record Network(Api as, String youngPerson) {
    }

    private static void cases(Api admin, int rows) {
        var csv = new StringBuilder(String.join(",", CaseCsvImportService.HEADER)).append('\n');
        var random = new Random(7);
        String[] given = {"Dana", "Kerry", "Lee", "Sam", "Jo", "Alex", "Chris", "Pat", "Robin", "Morgan"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts"};
        String[] areas = {"central", "east", "north", "south", "west"};
        for (int i = 0; i < rows; i++) {
            int yp = i / 10;
            csv.append("YP-").append(yp).append(",Young").append(yp).append(",Person,2011-05-17,")
                    .append(areas[yp % areas.length]).append(",2026-01-10,P-").append(i).append(',')
                    .append(given[random.nextInt(given.length)]).append(',')
                    .append(family[random.nextInt(family.length)]).append(",,,,")
                    .append(1940 + random.nextInt(60)).append(",UNKNOWN,,,,relative,FAMILY,,CASE_FILE,LOST_TOUCH\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        // --- case CSV: rates against the dry run of the same run and the last figure before streaming ---
        double dry = time(admin, body, rows, true, "dry run, everything new");
        double imported = time(admin, body, rows, false, "import, everything new");
        double again = time(admin, body, rows, false, "import again, everything unchanged");
        System.out.printf("Case CSV %,d rows: import %.0f rows/s = %.2f× its dry run's time, %.1f× the %,d rows/s "
                        + "of docs/performance.md before streaming; unchanged re-import %.0f rows/s = %.2f× the dry run's "
                        + "time; heap (-Xmx) %,d MB%n",
                rows, rows / imported, imported / dry, rows / imported / BASELINE_ROWS_PER_SECOND,
                (int) BASELINE_ROWS_PER_SECOND, rows / again, again / dry, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Case CSV rows a second before the import streamed (docs/performance.md, 2026-11-24: 100,000 rows in 45.0 s). */
    private static final double BASELINE_ROWS_PER_SECOND = 2_222;

    private static double time(Api admin, byte[] body, int rows, boolean dryRun, String what) {
        long start = System.nanoTime();
        var response = admin.postBytes("/api/case-imports?dryRun=" + dryRun, () -> new ByteArrayInputStream(body),
                "text/csv");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.status() != 200) {
            throw new IllegalStateException(response.toString());
        }
        System.out.printf("Case CSV %,d rows, %s: %.2f s = %.0f rows/s; %s%n", rows, what, seconds, rows / seconds,
                response.json().path("people"));
        return seconds;
    }
}
