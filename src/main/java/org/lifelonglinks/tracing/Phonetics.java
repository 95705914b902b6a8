package org.lifelonglinks.tracing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes (Lawrence Philips, 2000; commons-codec) of a normalised name: a primary and an alternate
 * code of up to six characters, so "Smith" and "Smyth" (SM0), "Catherine" and "Kathryn" (K0RN) share a code. A
 * few microseconds per name; thread-safe.
 */
final class Phonetics {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** Names repeat a great deal; a bounded cache saves most of the coding work when re-ranking. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private Phonetics() {
    }

    /** The distinct codes of one normalised name part; empty for names too short to code usefully. */
    static Set<String> codes(String token) {
        if (token == null || token.length() < 2) {
            return Set.of();
        }
        Set<String> cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        Set<String> codes = compute(token);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(token, codes);
        }
        return codes;
    }

    private static Set<String> compute(String token) {
        Set<String> codes = new LinkedHashSet<>(2);
        String primary = METAPHONE.doubleMetaphone(token, false);
        String alternate = METAPHONE.doubleMetaphone(token, true);
        if (primary != null && !primary.isEmpty()) {
            codes.add(primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            codes.add(alternate);
        }
        return Set.copyOf(codes);
    }
}
