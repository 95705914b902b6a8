package org.lifelonglinks.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: every migration in {@code graph-schema/} is applied, so the constraints the rules rely on exist. */
@Component
class GraphSchemaHealthIndicator implements HealthIndicator {

    private final SchemaMigrations migrations;

    GraphSchemaHealthIndicator(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public Health health() {
        long pending = migrations.pending();
        return (pending == 0 ? Health.up() : Health.down()).withDetail("pendingMigrations", pending).build();
    }
}
