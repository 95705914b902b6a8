package org.lifelonglinks.tracing;

import java.util.List;
import java.util.Set;

/**
 * A name normalised once for many comparisons: its parts, the parts joined, and (computed on first use) its Double
 * Metaphone codes. Not thread-safe; lives for one search.
 */
final class PreparedName {

    final String original;
    final List<String> tokens;
    final String joined;
    private Set<String> codes;

    private PreparedName(String original, List<String> tokens) {
        this.original = original;
        this.tokens = tokens;
        this.joined = tokens.size() == 1 ? tokens.getFirst() : String.join("", tokens);
    }

    /** The prepared name, or {@code null} if the name has no letters. */
    static PreparedName of(String name) {
        return of(name, false);
    }

    /** As {@link #of(String)}, leaving out titles, suffixes and epithets when {@code withoutTitles}. */
    static PreparedName of(String name, boolean withoutTitles) {
        List<String> tokens = withoutTitles ? NameNormaliser.tokensWithoutTitles(name) : NameNormaliser.tokens(name);
        return tokens.isEmpty() ? null : new PreparedName(name, tokens);
    }

    boolean multiPart() {
        return tokens.size() > 1;
    }

    Set<String> codes() {
        if (codes == null) {
            codes = Phonetics.codes(joined);
        }
        return codes;
    }

    boolean soundsLike(PreparedName other) {
        if (joined.length() < 2 || other.joined.length() < 2) {
            return false;
        }
        for (String code : other.codes()) {
            if (codes().contains(code)) {
                return true;
            }
        }
        return false;
    }
}
