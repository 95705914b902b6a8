package org.lifelonglinks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Restores a backup named by {@code lifelinks.restore.from} when the service starts: after the migrations made
 * the schema, before anything else (the first administrator, the search index) looks at the graph. It refuses a
 * database that already holds records, so a restore can never mix two histories.
 */
@Component
class GraphRestore {

    private static final Logger log = LoggerFactory.getLogger(GraphRestore.class);

    GraphRestore(SchemaMigrations schema, GraphBackupRepository backups, RestoreProperties properties) {
        if (properties.from() == null) {
            return;
        }
        if (!backups.empty()) {
            throw new IllegalStateException("lifelinks.restore.from is set but the database in this data folder "
                    + "already holds records: restore into a fresh data folder");
        }
        try (var in = Files.newInputStream(properties.from())) {
            var counts = backups.restore(in);
            log.warn("Restored {} nodes and {} relationships from {}", counts.nodes(), counts.relationships(),
                    properties.from());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the backup " + properties.from(), e);
        }
    }
}
