package org.lifelonglinks.system;

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

    SchemaMigrations(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:graph-schema")
                .withAutocrlf(true)
                .build();
        var applied = new Migrations(config, driver).apply();
        log.info("Graph schema at version {}", applied.map(Object::toString).orElse("none"));
    }
}
