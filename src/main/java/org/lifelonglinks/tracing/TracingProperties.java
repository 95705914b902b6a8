package org.lifelonglinks.tracing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the tracing search.
 *
 * @param indexDir            where the search index lives; {@code <lifelinks.data-dir>/tracing-index} when unset
 * @param duplicateScore      the score from which a person already recorded is flagged as a possible duplicate
 *                            when someone is added (the scorer's log-weight scale; see docs/tracing.md)
 * @param duplicateLimit      how many possible duplicates to show at most
 */
@ConfigurationProperties("lifelinks.tracing")
record TracingProperties(Path indexDir, Double duplicateScore, Integer duplicateLimit) {

    TracingProperties {
        duplicateScore = duplicateScore == null ? 10.0 : duplicateScore;
        duplicateLimit = duplicateLimit == null ? 5 : duplicateLimit;
    }
}
