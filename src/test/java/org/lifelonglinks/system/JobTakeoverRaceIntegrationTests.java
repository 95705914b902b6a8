package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

/**
 * Two instances sweep for the same abandoned job at the same moment: exactly one of them may take it over, or the
 * job would run twice (a case import written twice, a directory imported by two instances at once).
 */
class JobTakeoverRaceIntegrationTests extends IntegrationTest {

    private static final int ROUNDS = 40;
    // Far past the service's own clock, so its own sweep (every 15 s) never finds these jobs abandoned.
    private static final Instant LEASE_RAN_OUT = Instant.parse("2200-01-01T00:00:00Z");

    @Test
    void ofTwoInstancesSweepingAtOnceOnlyOneTakesTheJobOver() throws Exception {
        var store = new GraphJobStore(driver);
        Instant now = LEASE_RAN_OUT.plusSeconds(1);
        var barrier = new CyclicBarrier(2);
        try (var sweepers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                String job = abandonedJob();
                var claims = new ArrayList<Future<List<Taken>>>();
                for (String instance : List.of("sweeper-a", "sweeper-b")) {
                    claims.add(sweepers.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        return store.claimAbandoned(instance, false, now, now.plusSeconds(60)).stream()
                                .filter(claim -> claim.job().id().equals(job))
                                .map(claim -> new Taken(instance, claim.from()))
                                .toList();
                    }));
                }
                var takers = new ArrayList<Taken>();
                for (var claim : claims) {
                    takers.addAll(claim.get(30, TimeUnit.SECONDS));
                }
                assertThat(takers).as("round %d", round).hasSize(1);
                assertThat(takers.getFirst().from()).isEqualTo("stopped-instance");
                assertThat(store.find(job).instance()).isEqualTo(takers.getFirst().instance());
                driver.executableQuery("MATCH (j:BackgroundJob {id: $id}) DELETE j")
                        .withParameters(Map.of("id", job)).execute();
            }
        }
    }

    /** Which sweeping instance took the job, and from which instance. */
    private record Taken(String instance, String from) {
    }

    private String abandonedJob() {
        String id = UUID.randomUUID().toString();
        driver.executableQuery("""
                        CREATE (j:BackgroundJob {id: $id})
                        SET j.owner = 'admin', j.kind = 'RACE_CHECK', j.state = 'RUNNING', j.phase = 'reading',
                            j.done = 0, j.total = -1, j.startedAt = $lease, j.instance = 'stopped-instance',
                            j.leaseUntil = $lease
                        """)
                .withParameters(Map.of("id", id, "lease", LEASE_RAN_OUT.atZone(ZoneOffset.UTC)))
                .execute();
        return id;
    }
}
