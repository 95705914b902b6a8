package org.lifelonglinks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

/** The probes a load balancer reads and the metrics an operator scrapes, and who may see what of them. */
class OperationsIntegrationTests extends IntegrationTest {

    @Test
    void theProbesAnswerAnyoneWithTheirStatusOnly() {
        var anonymous = admin.anonymous();

        var liveness = anonymous.get("/actuator/health/liveness");
        var readiness = anonymous.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.text("status")).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(readiness.body()).doesNotContain("neo4j", "tracingIndex", "graphSchema", "pendingMigrations");
    }

    @Test
    void anAdministratorSeesWhatReadinessChecks() {
        var readiness = admin.get("/actuator/health/readiness").json();

        assertThat(readiness.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").path("graphSchema").path("details").path("pendingMigrations").asLong())
                .isZero();
        assertThat(readiness.path("components").path("tracingIndex").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        var coordinator = fixtures.user("COORDINATOR");

        assertThat(admin.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(coordinator.get("/actuator/prometheus").status()).isEqualTo(403);
        var metrics = admin.getWithAccept("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
    }

    @Test
    void onlyAnAdministratorTakesABackupAndItIsAudited() {
        var coordinator = fixtures.user("COORDINATOR");
        assertThat(coordinator.get("/api/backup").status()).isEqualTo(403);

        byte[] backup = admin.bytes("/api/backup");

        assertThat(backup[0] & 0xff).isEqualTo(0x1f);
        assertThat(backup[1] & 0xff).isEqualTo(0x8b);
        assertThat(admin.get("/api/audit?action=BACKUP_TAKEN").body()).contains("BACKUP_TAKEN");
    }
}
