package org.lifelonglinks.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded database, used only when no {@code spring.neo4j.uri} is configured.
 *
 * @param boltPort  port of the Bolt connector on localhost; 0 picks a free port at start-up
 * @param pageCache memory the database may use to cache its store files
 */
@ConfigurationProperties("lifelinks.embedded")
public record EmbeddedNeo4jProperties(int boltPort, DataSize pageCache) {

    public EmbeddedNeo4jProperties {
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("lifelinks.embedded.bolt-port must be between 0 and 65535");
        }
        if (pageCache == null) {
            pageCache = DataSize.ofMegabytes(128);
        }
    }
}
