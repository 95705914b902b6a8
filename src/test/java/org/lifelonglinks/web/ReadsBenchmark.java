package org.lifelonglinks.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lifelonglinks.LifelongLinksApplication;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.FormSignIn;
import org.lifelonglinks.system.ChangeOutbox;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;

/**
 * What the pages' reads cost beside a trivial call (issue 18, points 3 and 5): a coordinator signed in with a session
 * cookie reads a young person's network, its analysis and both charts as SVG, with {@code GET /api/me} measured in the
 * same run as the baseline.
 *
 * <ul>
 *   <li>one connection: each read's p50, and the p50 of the four read one after the other (the issue's target:
 *       ≤ 20 ms together);</li>
 *   <li>16 connections at once (the issue's {@code wrk} run): requests per second, p50 and p99 for each, and each
 *       against {@code /api/me} (the target: ≥ 0.25×) and against the issue's figures.</li>
 * </ul>
 *
 * <p>No {@code X-Page-View} is sent, as in the issue's run: every read writes an audit entry of its own, the dearest
 * case. The client runs in the service's JVM (as the other benchmarks do), so it costs the baseline as much as the
 * reads. With {@code -Dreads.bench.scale=true} the same measures run again after a generated caseload
 * ({@code reads.bench.young-people} × {@code reads.bench.people-each}, written in batched {@code UNWIND}s through the
 * driver, with {@code reads.bench.records} directory records through the directory CSV import) for one of those
 * networks and the 100-person one, with the heap after a GC and the process's RSS. {@code -Dreads.bench.jfr=file.jfr}
 * records the timed part with Java Flight Recorder.
 * Run: {@code ./mvnw -B -Preads-bench test-compile exec:exec}.
 */
public final class ReadsBenchmark {

    private static final String PASSWORD = "benchmark-password-1";
    private static final int PEOPLE = Integer.getInteger("reads.bench.people", 100);
    private static final int CONNECTIONS = Integer.getInteger("reads.bench.connections", 16);
    private static final int WARM_UP_SECONDS = Integer.getInteger("reads.bench.warm-up", 5);
    private static final int SECONDS = Integer.getInteger("reads.bench.seconds", 10);
    private static final int SEQUENTIAL = Integer.getInteger("reads.bench.sequential", 200);
    private static final boolean SCALE = Boolean.getBoolean("reads.bench.scale");
    private static final int YOUNG_PEOPLE = Integer.getInteger("reads.bench.young-people", 5_000);
    private static final int PEOPLE_EACH = Integer.getInteger("reads.bench.people-each", 30);
    private static final int RECORDS = Integer.getInteger("reads.bench.records", 1_000_000);
    private static final int CASELOAD = 25;
    /** The directory import stops generating rows after this long: this machine is shared, and its load varies. */
    private static final int RECORDS_MINUTES = Integer.getInteger("reads.bench.records-minutes", 15);

    /** The issue's figures (wrk, loopback, 16 connections, a loaded machine): req/s, and p50 on one connection. */
    private static final Map<String, double[]> ISSUE = Map.of(
            "me", new double[] {361, Double.NaN},
            "network", new double[] {65, 42},
            "analysis", new double[] {33, 43},
            "ecomap", new double[] {12, 120});

    public static void main(String[] args) throws Exception {
        var data = Files.createTempDirectory("lifelinks-reads-bench");
        var context = SpringApplication.run(LifelongLinksApplication.class, "--server.port=0",
                "--lifelinks.data-dir=" + data, "--lifelinks.admin.initial-password=" + PASSWORD,
                "--logging.level.root=warn",
                // The measured reads use a session cookie (no password check); the set-up's many HTTP Basic calls
                // and accounts would otherwise pay bcrypt's cost 10 each on this shared machine.
                "--lifelinks.sign-in.bcrypt-strength=4");
        try (context) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            var admin = Api.at(port).as("admin", PASSWORD);
            admin.post("/api/users", """
                    {"username": "bench-coordinator", "password": "%s", "displayName": "Bench Coordinator",
                     "roles": ["COORDINATOR"]}""".formatted(PASSWORD));
            long setUp = System.nanoTime();
            String yp = PageSpeedBenchmark.network(admin, PEOPLE);
            admin.put("/api/young-people/" + yp + "/coordinators/bench-coordinator", null);
            System.out.printf("Set-up: a network of %d people through the API in %.1f s%n", PEOPLE,
                    (System.nanoTime() - setUp) / 1e9);
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String cookie = FormSignIn.sessionCookie(http, base, "bench-coordinator", PASSWORD);
            System.out.printf("%d cores; load average at start %s; %d connections, %d s warm-up, %d s timed each%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage(), CONNECTIONS, WARM_UP_SECONDS, SECONDS);
            var jfr = System.getProperty("reads.bench.jfr");
            jdk.jfr.Recording recording = null;
            if (jfr != null && !jfr.isBlank()) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.setDestination(Path.of(jfr));
                recording.start();
            }
            System.out.printf("%n== A network of %d people (%s) ==%n", PEOPLE, SCALE ? "before the caseload" : "");
            measure(http, base, cookie, yp);
            if (recording != null) {
                recording.stop();
                recording.close();
                System.out.println("JFR recording: " + jfr);
            }
            if (SCALE) {
                String scaled = caseload(context.getBean(Driver.class), admin, http, base);
                System.out.printf("%n== At scale: one of the generated networks (%d people) ==%n", PEOPLE_EACH);
                measure(http, base, cookie, scaled);
                System.out.printf("%n== At scale: the network of %d people ==%n", PEOPLE);
                measure(http, base, cookie, yp);
                memory();
            }
        }
    }

    private static void measure(HttpClient http, String base, String cookie, String yp) throws Exception {
        var reads = new LinkedHashMap<String, String>();
        reads.put("me", "/api/me");
        reads.put("network", "/api/young-people/" + yp + "/network");
        reads.put("progress", "/api/young-people/" + yp + "/progress");
        reads.put("analysis", "/api/young-people/" + yp + "/analysis");
        reads.put("ecomap", "/api/young-people/" + yp + "/chart.svg");
        reads.put("family", "/api/young-people/" + yp + "/chart.svg?view=family");
        var set = List.of("network", "analysis", "ecomap", "family");

        // One connection: each read alone, then the four one after the other.
        var one = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var single = new LinkedHashMap<String, double[]>();
        for (var read : reads.entrySet()) {
            single.put(read.getKey(), sequential(one, base + read.getValue(), cookie));
        }
        var together = new long[SEQUENTIAL];
        for (int i = -SEQUENTIAL / 5; i < SEQUENTIAL; i++) {
            long start = System.nanoTime();
            for (String name : set) {
                send(one, request(base + reads.get(name), cookie));
            }
            if (i >= 0) {
                together[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(together);
        System.out.printf("One connection, %d requests each after %d warm-up (load %s):%n", SEQUENTIAL,
                SEQUENTIAL / 5, loadAverage());
        single.forEach((name, r) -> System.out.printf("  %-9s p50 %7.2f ms  p99 %7.2f ms%s%n", name, r[0], r[1],
                ISSUE.containsKey(name) && !Double.isNaN(ISSUE.get(name)[1])
                        ? "   (issue: %.0f ms; now %.2f× that)".formatted(ISSUE.get(name)[1], r[0] / ISSUE.get(name)[1])
                        : ""));
        System.out.printf("  network + analysis + ecomap + family tree one after the other: p50 %.2f ms, p99 %.2f ms"
                + " (target ≤ 20 ms)%n", together[SEQUENTIAL / 2] / 1e6, together[SEQUENTIAL * 99 / 100] / 1e6);

        System.out.printf("%d connections at once:%n", CONNECTIONS);
        var loaded = new LinkedHashMap<String, double[]>();
        for (var read : reads.entrySet()) {
            loaded.put(read.getKey(), concurrent(http, base + read.getValue(), cookie));
        }
        // The baseline again at the end: the machine is shared, so a drift shows here.
        double[] meAgain = concurrent(http, base + reads.get("me"), cookie);
        double me = loaded.get("me")[0];
        loaded.forEach((name, r) -> System.out.printf(
                "  %-9s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  %.2f× /api/me%s%n", name, r[0], r[1], r[2],
                r[0] / me, ISSUE.containsKey(name) ? "   (issue: %.0f req/s = %.2f× /api/me)".formatted(
                        ISSUE.get(name)[0], ISSUE.get(name)[0] / ISSUE.get("me")[0]) : ""));
        System.out.printf("  me again  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  (load %s)%n", meAgain[0], meAgain[1],
                meAgain[2], loadAverage());
    }

    /** p50 and p99 in ms of {@link #SEQUENTIAL} requests on one connection, after a warm-up. */
    private static double[] sequential(HttpClient http, String url, String cookie) throws Exception {
        var request = request(url, cookie);
        for (int i = 0; i < SEQUENTIAL / 5; i++) {
            send(http, request);
        }
        long[] nanos = new long[SEQUENTIAL];
        for (int i = 0; i < SEQUENTIAL; i++) {
            long start = System.nanoTime();
            send(http, request);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[SEQUENTIAL / 2] / 1e6, nanos[SEQUENTIAL * 99 / 100] / 1e6};
    }

    /** Requests per second, p50 and p99 (ms) with {@link #CONNECTIONS} clients each sending one after another. */
    private static double[] concurrent(HttpClient http, String url, String cookie) throws Exception {
        var request = request(url, cookie);
        var timed = new AtomicBoolean(false);
        var stop = new AtomicBoolean(false);
        var latencies = new ArrayList<long[]>();
        var threads = new ArrayList<Thread>();
        var failure = new java.util.concurrent.atomic.AtomicReference<Exception>();
        for (int c = 0; c < CONNECTIONS; c++) {
            var mine = new long[1 << 16];
            var count = new int[1];
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    int n = 0;
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        send(http, request);
                        if (timed.get() && n < mine.length - 1) {
                            mine[++n] = System.nanoTime() - start;
                        }
                    }
                    mine[0] = n;
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        Thread.sleep(WARM_UP_SECONDS * 1000L);
        timed.set(true);
        long start = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        stop.set(true);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (var thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        int total = latencies.stream().mapToInt(l -> (int) l[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (var l : latencies) {
            System.arraycopy(l, 1, all, at, (int) l[0]);
            at += (int) l[0];
        }
        Arrays.sort(all);
        return new double[] {total / seconds, all[total / 2] / 1e6, all[Math.min(total - 1, total * 99 / 100)] / 1e6};
    }

    private static HttpRequest request(String url, String cookie) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Accept", url.contains("chart.") ? "image/svg+xml" : "application/json").GET().build();
    }

    private static void send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The caseload at scale: {@link #YOUNG_PEOPLE} young people with {@link #PEOPLE_EACH} people each (family with
     * parents and grandparents linked as kin, carers, school, friends, professionals), written through the driver in
     * batched {@code UNWIND}s with the outbox entries the search index follows, assigned {@value #CASELOAD} to a
     * coordinator (bench-coordinator holds the last ones); then {@link #RECORDS} directory records through the
     * directory CSV import. Returns one of the generated young people in bench-coordinator's caseload.
     */
    private static String caseload(Driver driver, Api admin, HttpClient http, String base) throws Exception {
        long start = System.nanoTime();
        int coordinators = (YOUNG_PEOPLE + CASELOAD - 1) / CASELOAD;
        for (int c = 0; c < coordinators - 1; c++) {
            admin.post("/api/users", """
                    {"username": "scale-coordinator-%d", "password": "%s", "displayName": "Scale Coordinator %d",
                     "roles": ["COORDINATOR"]}""".formatted(c, PASSWORD, c));
        }
        System.out.printf("%nScale set-up: %d coordinator accounts through the API in %.1f s%n", coordinators - 1,
                (System.nanoTime() - start) / 1e9);
        String[] given = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Leo", "Ivy", "Arthur", "Freya",
            "Oscar", "Lily", "Harry", "Rosie", "Jack", "Grace", "Charlie", "Ella", "Alfie"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Clarke"};
        String[] categories = {"FAMILY", "FAMILY", "FAMILY", "FORMER_CARER", "EDUCATION", "FRIEND", "PROFESSIONAL",
            "COMMUNITY"};
        String[] baselines = {"REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"};
        var random = new Random(18);
        String last = null;
        long people = System.nanoTime();
        int batch = 50;
        try (var session = driver.session()) {
            for (int from = 0; from < YOUNG_PEOPLE; from += batch) {
                var rows = new ArrayList<Map<String, Object>>();
                var kin = new ArrayList<Map<String, Object>>();
                var assignments = new ArrayList<Map<String, Object>>();
                var ids = new ArrayList<String>();
                for (int y = from; y < Math.min(YOUNG_PEOPLE, from + batch); y++) {
                    String ypId = UUID.randomUUID().toString();
                    ids.add(ypId);
                    String surname = family[random.nextInt(family.length)];
                    var yp = new HashMap<String, Object>();
                    yp.put("id", ypId);
                    yp.put("givenName", given[random.nextInt(given.length)]);
                    yp.put("familyName", surname);
                    yp.put("dateOfBirth", LocalDate.of(2006 + random.nextInt(12), 1 + random.nextInt(12),
                            1 + random.nextInt(28)));
                    yp.put("localId", "SCALE-" + y);
                    yp.put("area", "area " + (y % 7));
                    var members = new ArrayList<Map<String, Object>>();
                    for (int p = 0; p < PEOPLE_EACH; p++) {
                        String id = UUID.randomUUID().toString();
                        ids.add(id);
                        String category = p < 6 ? "FAMILY" : categories[random.nextInt(categories.length)];
                        var person = new HashMap<String, Object>();
                        person.put("id", id);
                        person.put("givenName", given[random.nextInt(given.length)]);
                        person.put("familyName", "FAMILY".equals(category) && random.nextBoolean() ? surname
                                : family[random.nextInt(family.length)]);
                        person.put("birthYear", 1940 + random.nextInt(70));
                        person.put("sex", random.nextBoolean() ? "FEMALE" : "MALE");
                        person.put("connectionId", UUID.randomUUID().toString());
                        person.put("pairKey", ypId + "|" + id);
                        person.put("relationship", "FAMILY".equals(category) ? "relative" : category.toLowerCase());
                        person.put("category", category);
                        person.put("baseline", baselines[random.nextInt(baselines.length)]);
                        members.add(person);
                    }
                    yp.put("people", members);
                    rows.add(yp);
                    // Two parents of the young person, and each parent's two parents.
                    for (int parent = 0; parent < 2; parent++) {
                        String parentId = (String) members.get(parent).get("id");
                        kin.add(Map.of("from", parentId, "to", ypId));
                        kin.add(Map.of("from", members.get(2 + parent * 2).get("id"), "to", parentId));
                        kin.add(Map.of("from", members.get(3 + parent * 2).get("id"), "to", parentId));
                    }
                    String coordinator = y >= YOUNG_PEOPLE - (CASELOAD - 1) ? "bench-coordinator"
                            : "scale-coordinator-" + Math.min(coordinators - 2, y / CASELOAD);
                    assignments.add(Map.of("username", coordinator, "youngPersonId", ypId));
                    if ("bench-coordinator".equals(coordinator)) {
                        last = ypId;
                    }
                }
                session.executeWriteWithoutResult(tx -> {
                    tx.run("""
                            UNWIND $rows AS row
                            CREATE (yp:YoungPerson:Person {id: row.id})
                            SET yp.givenName = row.givenName, yp.familyName = row.familyName,
                                yp.dateOfBirth = row.dateOfBirth, yp.birthYear = row.dateOfBirth.year,
                                yp.localId = row.localId, yp.area = row.area, yp.status = 'REFERRED',
                                yp.referralDate = date(), yp.createdAt = datetime()
                            WITH yp, row
                            UNWIND row.people AS person
                            CREATE (p:Person {id: person.id})
                            SET p.givenName = person.givenName, p.familyName = person.familyName,
                                p.birthYear = person.birthYear, p.sex = person.sex, p.deceased = false,
                                p.createdAt = datetime()
                            CREATE (yp)-[:HAS_CONNECTION]->(c:Connection {id: person.connectionId})-[:TO]->(p)
                            SET c.pairKey = person.pairKey, c.relationship = person.relationship,
                                c.category = person.category, c.baseline = person.baseline,
                                c.hiddenFromYoungPerson = false, c.createdAt = datetime()
                            """, Map.of("rows", rows)).consume();
                    tx.run("""
                            UNWIND $kin AS k
                            MATCH (a:Person {id: k.from})
                            MATCH (b:Person {id: k.to})
                            CREATE (a)-[:PARENT_OF {qualifier: 'BIRTH'}]->(b)
                            """, Map.of("kin", kin)).consume();
                    tx.run("""
                            UNWIND $assignments AS a
                            MATCH (u:UserAccount {username: a.username})
                            MATCH (yp:YoungPerson {id: a.youngPersonId})
                            CREATE (u)-[:ASSIGNED_TO {role: 'COORDINATOR'}]->(yp)
                            """, Map.of("assignments", assignments)).consume();
                    ChangeOutbox.peopleChangedIn(tx, ids);
                });
            }
        }
        System.out.printf("Scale set-up: %d young people with %d people each (%d people) in %.1f s%n", YOUNG_PEOPLE,
                PEOPLE_EACH, YOUNG_PEOPLE * (PEOPLE_EACH + 1), (System.nanoTime() - people) / 1e9);
        if (RECORDS > 0) {
            long records = System.nanoTime();
            var made = new java.util.concurrent.atomic.AtomicInteger();
            long deadline = records + Duration.ofMinutes(RECORDS_MINUTES).toNanos();
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/directories/scale/records"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv").timeout(Duration.ofHours(2))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> directory(RECORDS, made, deadline))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("directory import answered " + response.statusCode() + ": "
                        + response.body());
            }
            System.out.printf("Scale set-up: %d directory records (%s) through POST /api/directories/scale/records"
                    + " in %.1f s%n", made.get(), made.get() < RECORDS ? "STOPPED at the " + RECORDS_MINUTES
                    + "-minute limit, of " + RECORDS + " asked" : "all asked", (System.nanoTime() - records) / 1e9);
        }
        return last;
    }

    /** A directory CSV of {@code count} generated records, made as it is read. */
    private static InputStream directory(int count, java.util.concurrent.atomic.AtomicInteger made,
            long deadline) {
        var random = new Random(1);
        String[] given = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Leo", "Ivy", "Arthur", "Freya",
            "Oscar", "Lily", "Harry", "Rosie", "Jack", "Grace", "Charlie", "Ella", "Alfie", "Sophie", "Thomas",
            "Evie", "James", "Poppy", "William", "Daisy", "Henry", "Ruby", "Samuel"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Clarke",
            "Hughes", "Edwards", "Lewis", "Harris", "Martin", "Jackson", "Clark", "Turner", "Hill", "Scott"};
        String[] towns = {"Leeds", "York", "Hull", "Bradford", "Sheffield", "Wakefield", "Harrogate", "Halifax"};
        return new InputStream() {
            private byte[] line = (org.lifelonglinks.tracing.DirectoryCsvImporter.HEADER + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                if (at == line.length && !next()) {
                    return -1;
                }
                return line[at++] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (at == line.length && !next()) {
                    return -1;
                }
                int n = Math.min(length, line.length - at);
                System.arraycopy(line, at, buffer, offset, n);
                at += n;
                return n;
            }

            private boolean next() {
                if (made.get() == count || System.nanoTime() > deadline) {
                    return false;
                }
                var dob = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
                line = "d%d,%s,%s,,%02d/%02d/%d,,%s,%s,\n".formatted(made.getAndIncrement(), given[random.nextInt(given.length)],
                        family[random.nextInt(family.length)], dob.getDayOfMonth(), dob.getMonthValue(),
                        dob.getYear(), random.nextBoolean() ? "F" : "M", towns[random.nextInt(towns.length)])
                        .getBytes(StandardCharsets.UTF_8);
                at = 0;
                return true;
            }
        };
    }

    /** What the service needs: the heap in use after a full GC, the heap's limit, and the process's RSS. */
    private static void memory() throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: unknown").replaceAll("\\s+", " ");
        System.out.printf("%nMemory after the scale run: heap used after GC %d MB (committed %d MB, max %d MB); %s"
                + " (the whole process: service, embedded Neo4j's page cache, the benchmark's client)%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20, rss);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private ReadsBenchmark() {
    }
}
