package org.lifelonglinks.tracing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the tracing search.
 *
 * @param indexDir             where the search index lives; {@code <lifelinks.data-dir>/tracing-index} when unset
 * @param duplicateScore       the score from which a person already recorded may be shown as a possible duplicate
 *                             when someone is added (the scorer's log-weight scale; see docs/tracing.md); the given
 *                             names must agree as well, and so must the surnames or the dates of birth
 * @param strongDuplicateScore the score from which such a possible duplicate is called a strong match, when
 *                             nothing about names, birth or sex disagrees
 * @param duplicateLimit       how many possible duplicates to show at most
 */
@ConfigurationProperties("lifelinks.tracing")
record TracingProperties(Path indexDir, Double duplicateScore, Double strongDuplicateScore, Integer duplicateLimit) {

    TracingProperties {
        duplicateScore = duplicateScore == null ? 10.0 : duplicateScore;
        strongDuplicateScore = strongDuplicateScore == null ? 20.0 : strongDuplicateScore;
        duplicateLimit = duplicateLimit == null ? 5 : duplicateLimit;
        if (strongDuplicateScore < duplicateScore) {
            throw new IllegalArgumentException(
                    "lifelinks.tracing.strong-duplicate-score must not be below lifelinks.tracing.duplicate-score");
        }
    }
}
