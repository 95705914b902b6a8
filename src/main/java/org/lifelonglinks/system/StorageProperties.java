package org.lifelonglinks.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the service keeps its files.
 *
 * @param dataDir folder for the embedded graph database, its generated password and the search index
 *                ({@code lifelinks.data-dir}, env {@code LIFELINKS_DATA_DIR}, default {@code ./data})
 * @param storage how strictly the folder's permissions are held ({@code lifelinks.storage.permissions})
 */
@ConfigurationProperties("lifelinks")
public record StorageProperties(Path dataDir, Storage storage) {

    @ConstructorBinding
    public StorageProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        if (storage == null) {
            storage = new Storage(null);
        }
    }

    public StorageProperties(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * @param permissions what to do at start-up when group or others may read the data folder: {@code refuse}
     *                    to start (the default) or {@code warn} and tighten it
     */
    public record Storage(Permissions permissions) {

        public Storage {
            if (permissions == null) {
                permissions = Permissions.REFUSE;
            }
        }
    }

    /** What an open data folder does to start-up. */
    public enum Permissions {
        REFUSE, WARN
    }
}
