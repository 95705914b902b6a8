package org.lifelonglinks.system;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.StandaloneService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Trace after write across instances: one Neo4j server, two instances (A and B), and for each of N writes (a person
 * added through A) the time from A's answer until a trace on B finds the person, polled every 5 ms. Beside it, as
 * the baseline of the same run, the time A took to answer the write itself (which already includes making the person
 * searchable on A). Run with {@code ./mvnw -B -Pinstances-bench test-compile exec:exec}
 * ({@code -Dinstances.bench.writes=200}).
 */
public final class InstancesBenchmark {

    private static final String ADMIN_PASSWORD = "instances-bench-password";

    private InstancesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writes = Integer.getInteger("instances.bench.writes", 200);
        try (var server = EmbeddedNeo4j.start(StandaloneService.freshDataDir("bench-server"), 0, 128L * 1024 * 1024);
             var a = start(server, StandaloneService.freshDataDir("bench-a"));
             var b = start(server, StandaloneService.freshDataDir("bench-b"))) {
            Api onA = StandaloneService.api(a, "admin", ADMIN_PASSWORD);
            Api onB = StandaloneService.api(b, "admin", ADMIN_PASSWORD);
            String youngPerson = onA.post("/api/young-people", """
                    {"givenName": "Robin", "familyName": "Testbrook", "dateOfBirth": "2011-05-17",
                     "localId": "%s", "area": "east"}""".formatted("LL-" + UUID.randomUUID())).text("id");
            onA.put("/api/young-people/" + youngPerson + "/consent", """
                    {"youngPersonAgreed": true, "parentalConsent": "NOT_NEEDED", "lawfulBasis": "PUBLIC_TASK"}""");
            long[] write = new long[writes];
            long[] delay = new long[writes];
            int warmUp = Math.min(10, writes);
            for (int i = -warmUp; i < writes; i++) {
                String surname = surname(i + warmUp);
                long started = System.nanoTime();
                var added = onA.post("/api/young-people/" + youngPerson + "/people", """
                        {"givenName": "Fenella", "familyName": "%s", "birthYear": 1970, "relationship": "relative",
                         "category": "FAMILY", "baseline": "LOST_TOUCH"}""".formatted(surname));
                long answered = System.nanoTime();
                if (added.status() != 201) {
                    throw new IllegalStateException("adding a person answered " + added);
                }
                String personId = added.text("personId");
                while (!foundOn(onB, surname, personId)) {
                    if (System.nanoTime() - answered > 30_000_000_000L) {
                        throw new IllegalStateException("B did not find a person added through A within 30 s");
                    }
                    Thread.sleep(5);
                }
                long found = System.nanoTime();
                if (i >= 0) {
                    write[i] = answered - started;
                    delay[i] = found - answered;
                }
            }
            Arrays.sort(write);
            Arrays.sort(delay);
            System.out.printf("Trace after write across two instances on one Neo4j server, %d writes after %d warm-up,"
                    + " %d cores%n", writes, warmUp, Runtime.getRuntime().availableProcessors());
            System.out.printf("  write answered on A (baseline)   p50 %6.1f ms  p99 %6.1f ms%n", ms(write, 50),
                    ms(write, 99));
            System.out.printf("  then found by a trace on B       p50 %6.1f ms  p99 %6.1f ms  (%.2fx / %.2fx the"
                    + " write)%n", ms(delay, 50), ms(delay, 99), ms(delay, 50) / ms(write, 50),
                    ms(delay, 99) / ms(write, 99));
            System.out.printf("  target: p99 under 2,000 ms: %s%n", ms(delay, 99) < 2_000 ? "met" : "NOT met");
        }
    }

    private static boolean foundOn(Api api, String surname, String personId) {
        var response = api.post("/api/trace", """
                {"givenName": "Fenella", "familyName": "%s"}""".formatted(surname));
        for (var candidate : response.json().path("candidates")) {
            if (personId.equals(candidate.path("personId").asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static double ms(long[] sorted, int percentile) {
        int at = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }

    /** A surname of its own for write i, in letters only (names are compared without digits). */
    private static String surname(int i) {
        var letters = new StringBuilder("Wolstenholme");
        for (int n = i, digit = 0; digit < 3; digit++, n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private static ConfigurableApplicationContext start(EmbeddedNeo4j server, Path dataDir) {
        return StandaloneService.start(ADMIN_PASSWORD, "lifelinks.data-dir=" + dataDir,
                "spring.neo4j.uri=" + server.boltUri(),
                "spring.neo4j.authentication.username=" + server.username(),
                "spring.neo4j.authentication.password=" + server.password(),
                "logging.level.root=warn");
    }
}
