package org.lifelonglinks.system;

import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations in {@code graph-schema/} (packaged on the class path) when the service starts,
 * before the web server takes requests: singletons are created before the server opens its port.
 */
@Component
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Migrations migrations;

    SchemaMigrations(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:graph-schema")
                .withAutocrlf(true)
                .build();
        migrations = new Migrations(config, driver);
        var applied = migrations.apply();
        log.info("Graph schema at version {}", applied.map(Object::toString).orElse("none"));
    }

    /** Migrations found on the class path but not applied to the database (none, once started). */
    public long pending() {
        return migrations.info().getElements().stream()
                .filter(element -> element.getState() == MigrationState.PENDING)
                .count();
    }
}
