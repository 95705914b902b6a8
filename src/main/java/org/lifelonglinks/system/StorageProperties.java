package org.lifelonglinks.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service keeps its files.
 *
 * @param dataDir folder for the embedded graph database, its generated password and the search index
 *                ({@code lifelinks.data-dir}, env {@code LIFELINKS_DATA_DIR}, default {@code ./data})
 */
@ConfigurationProperties("lifelinks")
public record StorageProperties(Path dataDir) {

    public StorageProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
