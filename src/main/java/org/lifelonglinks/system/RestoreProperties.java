package org.lifelonglinks.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Restoring a backup on start-up.
 *
 * @param from a backup file made by {@code GET /api/backup}: restored into the (empty) database before the
 *             service takes requests ({@code lifelinks.restore.from}); unset, nothing is restored
 */
@ConfigurationProperties("lifelinks.restore")
public record RestoreProperties(Path from) {
}
