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
 * @param likelyScore          the score from which a trace candidate is a "likely" match (see {@link TraceBands})
 * @param possibleScore        the score from which a trace candidate is a "possible" match; below it, the page
 *                             folds candidates away
 */
@ConfigurationProperties("lifelinks.tracing")
record TracingProperties(Path indexDir, Double duplicateScore, Double strongDuplicateScore, Integer duplicateLimit,
                         Double likelyScore, Double possibleScore) {

    TracingProperties {
        duplicateScore = duplicateScore == null ? 10.0 : duplicateScore;
        strongDuplicateScore = strongDuplicateScore == null ? 20.0 : strongDuplicateScore;
        duplicateLimit = duplicateLimit == null ? 5 : duplicateLimit;
        likelyScore = likelyScore == null ? TraceBands.DEFAULT.likely() : likelyScore;
        possibleScore = possibleScore == null ? TraceBands.DEFAULT.possible() : possibleScore;
        if (possibleScore > likelyScore) {
            throw new IllegalArgumentException(
                    "lifelinks.tracing.possible-score must not be above lifelinks.tracing.likely-score");
        }
        if (strongDuplicateScore < duplicateScore) {
            throw new IllegalArgumentException(
                    "lifelinks.tracing.strong-duplicate-score must not be below lifelinks.tracing.duplicate-score");
        }
    }

    /** The trace page's bands at these settings. */
    TraceBands bands() {
        return new TraceBands(likelyScore, possibleScore);
    }
}
