package org.lifelonglinks.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the service with {@code kill -9} at random moments while writers add people, rename them, record safety
 * decisions and run directory imports as background jobs; restarts it on the same data folder; and checks that
 * every acknowledged write survived whole, that trace agrees with the graph, and that every acknowledged job
 * finished or failed with a reason. Run with {@code ./mvnw -B -Pfault-test test-compile exec:exec}; prints the
 * figures and exits non-zero on any loss. Loopback only; every loop is bounded in count and time.
 */
public final class FaultTest {

    private static final String PASSWORD = "fault-test-admin-password";
    private static final String HEADER =
            "id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** An acknowledged person: the name last acknowledged and names sent since without an answer. */
    private static final class Tracked {
        final String id;
        final String youngPersonId;
        volatile String ackedFamilyName;
        final Set<String> unansweredNames = ConcurrentHashMap.newKeySet();

        Tracked(String id, String youngPersonId, String familyName) {
            this.id = id;
            this.youngPersonId = youngPersonId;
            this.ackedFamilyName = familyName;
        }
    }

    private record AckedJob(String id, String directory, int rows) {
    }

    private record AckedDecision(String personId, String youngPersonId) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random;
    private final Path dataDir;
    private final List<Tracked> people = new CopyOnWriteArrayList<>();
    private final List<AckedJob> jobs = new CopyOnWriteArrayList<>();
    private final List<AckedDecision> decisions = new CopyOnWriteArrayList<>();
    private final List<String> youngPeople = new CopyOnWriteArrayList<>();
    /** Writes answered 2xx, all kinds together: a round is not cut short before some have been. */
    private final java.util.concurrent.atomic.AtomicLong acknowledged = new java.util.concurrent.atomic.AtomicLong();
    private int port;
    private Process service;
    /** HTTP Basic until an API token is made, then the token: a bcrypt check per write would slow every writer. */
    private volatile String authorization = "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private FaultTest(long seed, Path dataDir) {
        this.random = new Random(seed);
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.getInteger("fault.kills", 4);
        long seed = Long.getLong("fault.seed", System.nanoTime());
        // Owner-only from the start, as the service requires of a data folder that already holds a file (the log).
        Path dataDir = Files.createDirectories(Path.of("target", "fault-test")).resolve("run-" + UUID.randomUUID());
        Files.createDirectory(dataDir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        System.out.printf("fault test: %d kills, seed %d, data in %s%n", kills, seed, dataDir);
        var test = new FaultTest(seed, dataDir);
        int failures;
        try {
            failures = test.run(kills);
        } finally {
            test.stop();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private int run(int kills) throws Exception {
        start();
        for (int i = 0; i < 2; i++) {
            youngPeople.add(youngPerson());
        }
        useAnApiToken();
        for (int round = 1; round <= kills; round++) {
            var running = new AtomicBoolean(true);
            var writers = new ArrayList<Thread>();
            for (int w = 0; w < 3; w++) {
                long writerSeed = random.nextLong();
                writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> write(running, new Random(writerSeed))));
            }
            // The kill lands 2-8 s after the writers are under way, however slowly the machine starts the service.
            long before = acknowledged.get();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (acknowledged.get() == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long runFor = 2_000 + random.nextInt(6_000);
            Thread.sleep(runFor);
            service.destroyForcibly();
            service.waitFor();
            running.set(false);
            for (Thread writer : writers) {
                writer.join(REQUEST_TIMEOUT.toMillis() + 5_000);
            }
            System.out.printf("round %d: killed after %d ms; acknowledged so far: %d people, %d jobs, %d decisions%n",
                    round, runFor, people.size(), jobs.size(), decisions.size());
            start();
        }
        return check();
    }

    /** One writer: a random mix of writes until the service is killed; only 2xx answers count as acknowledged. */
    private void write(AtomicBoolean running, Random random) {
        for (int i = 0; i < 10_000 && running.get(); i++) {
            try {
                int what = random.nextInt(10);
                if (what < 5 || people.isEmpty()) {
                    addPerson(random);
                } else if (what < 8) {
                    rename(people.get(random.nextInt(people.size())), random);
                } else if (what < 9) {
                    safetyDecision(people.get(random.nextInt(people.size())));
                } else {
                    directoryImport(random);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                // The service was killed mid-request: not acknowledged.
            }
        }
    }

    private void addPerson(Random random) throws IOException, InterruptedException {
        String youngPerson = youngPeople.get(random.nextInt(youngPeople.size()));
        String surname = surname(random);
        var response = send("POST", "/api/young-people/" + youngPerson + "/people", """
                {"givenName": "Fennimore", "familyName": "%s", "birthYear": 1970, "relationship": "uncle",
                 "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(surname), "application/json");
        if (response.statusCode() == 201) {
            acknowledged.incrementAndGet();
            people.add(new Tracked(json(response).path("personId").asString(), youngPerson, surname));
        }
    }

    private void rename(Tracked person, Random random) throws IOException, InterruptedException {
        String surname = surname(random);
        person.unansweredNames.add(surname);
        HttpResponse<String> response;
        try {
            response = send("PATCH", "/api/people/" + person.id, """
                    {"familyName": "%s"}""".formatted(surname), "application/json");
        } catch (java.net.ConnectException e) {
            person.unansweredNames.remove(surname); // never reached the service: not in flight
            throw e;
        }
        if (response.statusCode() != 200) {
            // Answered, and refused: the name was never written.
            person.unansweredNames.remove(surname);
        } else {
            acknowledged.incrementAndGet();
            synchronized (person) {
                person.ackedFamilyName = surname;
                person.unansweredNames.remove(surname);
            }
        }
    }

    private void safetyDecision(Tracked person) throws IOException, InterruptedException {
        var response = send("POST", "/api/people/" + person.id + "/safety", """
                {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}"""
                .formatted(person.youngPersonId), "application/json");
        if (response.statusCode() == 201) {
            acknowledged.incrementAndGet();
            decisions.add(new AckedDecision(person.id, person.youngPersonId));
        }
    }

    private void directoryImport(Random random) throws IOException, InterruptedException {
        String directory = "fault-" + Integer.toHexString(random.nextInt(1 << 30));
        int rows = 2_000 + random.nextInt(8_000);
        var csv = new StringBuilder(HEADER);
        for (int r = 0; r < rows; r++) {
            csv.append("F").append(r).append(",Philippa,").append(surname(r)).append(",,1960-05-05,,F,Ely,\n");
        }
        var response = send("POST", "/api/directories/" + directory + "/records?background=true", csv.toString(),
                "text/csv");
        if (response.statusCode() == 202) {
            acknowledged.incrementAndGet();
            jobs.add(new AckedJob(json(response).path("jobId").asString(), directory, rows));
        }
    }

    /** After the last restart: compares everything acknowledged with what the service now answers. */
    private int check() throws Exception {
        int lost = 0;
        int partial = 0;
        int traceDisagrees = 0;
        for (Tracked person : people) {
            var read = send("GET", "/api/people/" + person.id, null, null);
            if (read.statusCode() != 200) {
                lost++;
                System.out.printf("LOST: person %s%n", person.id);
                continue;
            }
            String current = json(read).path("familyName").asString();
            boolean allowed;
            synchronized (person) {
                allowed = current.equals(person.ackedFamilyName) || person.unansweredNames.contains(current);
            }
            if (!allowed) {
                lost++;
                System.out.printf("LOST: rename of %s (graph says %s, acknowledged %s)%n", person.id, current,
                        person.ackedFamilyName);
            }
            var network = send("GET", "/api/young-people/" + person.youngPersonId + "/network", null, null);
            if (!network.body().contains(person.id)) {
                partial++;
                System.out.printf("PARTIAL: person %s without their connection%n", person.id);
            }
            var found = json(send("POST", "/api/trace", """
                    {"givenName": "Fennimore", "familyName": "%s", "limit": 20}""".formatted(current),
                    "application/json"));
            boolean findable = false;
            for (JsonNode candidate : found.path("candidates")) {
                if (candidate.path("personId").asString("").equals(person.id)) {
                    findable = candidate.path("familyName").asString("").equals(current);
                }
            }
            if (!findable) {
                traceDisagrees++;
                System.out.printf("STALE: %s not found by their current name %s%n", person.id, current);
            }
        }
        for (AckedDecision decision : decisions) {
            var safety = send("GET", "/api/people/" + decision.personId + "/safety?youngPersonId="
                    + decision.youngPersonId, null, null);
            if (safety.statusCode() != 200 || !safety.body().contains("APPROVED")) {
                lost++;
                System.out.printf("LOST: safety decision for %s%n", decision.personId);
            }
        }
        int jobsFinished = 0;
        int jobsFailedWithReason = 0;
        for (AckedJob job : jobs) {
            JsonNode state = awaitJob(job.id);
            String s = state.path("state").asString("MISSING");
            if (s.equals("DONE")) {
                jobsFinished++;
                long written = state.path("result").path("added").asLong() + state.path("result").path("replaced").asLong();
                var sample = json(send("POST", "/api/trace", """
                        {"givenName": "Philippa", "familyName": "%s", "limit": 50}""".formatted(surname(job.rows - 1)),
                        "application/json"));
                boolean found = sample.path("candidates").valueStream().anyMatch(c ->
                        job.directory.equals(c.path("directory").asString("")));
                if (written != job.rows || !found) {
                    partial++;
                    System.out.printf("PARTIAL: job %s wrote %d of %d (last record findable: %s)%n", job.id, written,
                            job.rows, found);
                }
            } else if (s.equals("FAILED") && !state.path("problem").path("detail").asString("").isBlank()) {
                jobsFailedWithReason++;
            } else {
                lost++;
                System.out.printf("LOST: job %s is %s%n", job.id, s);
            }
        }
        System.out.printf("acknowledged: %d people (%d renames in flight at kills), %d safety decisions, %d jobs%n",
                people.size(), people.stream().mapToInt(p -> p.unansweredNames.size()).sum(), decisions.size(),
                jobs.size());
        System.out.printf("jobs: %d finished, %d failed with a reason%n", jobsFinished, jobsFailedWithReason);
        System.out.printf("lost: %d, partial: %d, trace disagreeing with the graph: %d%n", lost, partial,
                traceDisagrees);
        return lost + partial + traceDisagrees;
    }

    /**
     * A surname of its own for row r, in letters: names are compared without their digits, so "Ravenscroft12" and
     * "Ravenscroft7199" would be one name, and the last row would be one of thousands of equal candidates.
     */
    private static String surname(int r) {
        var letters = new StringBuilder("Ravenscroft");
        for (int n = r, place = 0; place < 3; place++, n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private JsonNode awaitJob(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode job = JSON.readTree("{}");
        for (int i = 0; i < 2_000 && System.nanoTime() < deadline; i++) {
            var response = send("GET", "/api/jobs/" + id, null, null);
            if (response.statusCode() != 200) {
                return JSON.readTree("{\"state\": \"MISSING\"}");
            }
            job = json(response);
            if (!job.path("state").asString().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        }
        return job;
    }

    private void useAnApiToken() throws Exception {
        var response = send("POST", "/api/me/tokens", """
                {"name": "fault test", "expiresOn": "%s"}""".formatted(java.time.LocalDate.now().plusDays(2)),
                "application/json");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not make an API token: " + response.body());
        }
        authorization = "Bearer " + json(response).path("token").asString();
    }

    private String youngPerson() throws Exception {
        var response = send("POST", "/api/young-people", """
                {"givenName": "Robin", "familyName": "Testfault", "dateOfBirth": "2011-05-17",
                 "localId": "%s", "area": "east"}""".formatted("LL-" + UUID.randomUUID()), "application/json");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not create a young person: " + response.body());
        }
        return json(response).path("id").asString();
    }

    private void start() throws Exception {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), "org.lifelonglinks.LifelongLinksApplication",
                "--server.port=" + port, "--server.address=127.0.0.1", "--lifelinks.data-dir=" + dataDir.toAbsolutePath(),
                "--lifelinks.admin.initial-password=" + PASSWORD);
        service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        for (int i = 0; i < 2_400 && System.nanoTime() < deadline; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped while starting; see " + dataDir.resolve("service.log"));
            }
            try {
                if (send("GET", "/api/jobs/none", null, null).statusCode() == 404) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service did not start within four minutes");
    }

    private void stop() {
        if (service != null && service.isAlive()) {
            service.destroy();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String surname(Random random) {
        var name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

}
