package org.lifelonglinks.tracing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a name from a query with a name on a record, looking for the strongest of: the same name; the same
 * letters with spaces or hyphens added or dropped; a nickname, diminutive or listed surname variant; one part of a
 * double-barrelled or hyphenated name; a typing error (at most one edit, two for long names); the same Double
 * Metaphone code; or a Jaro-Winkler similarity of at least 0.85. An initial ("J" or "J.") agrees only with a
 * name that starts with it, and weighs as an initial, not as a rare name. Costs a few microseconds per pair.
 */
final class NameMatcher {

    enum NameKind { GIVEN, SURNAME }

    private static final double TYPO_JARO_WINKLER = 0.94;
    private static final double SIMILAR_JARO_WINKLER = 0.85;
    /**
     * Bits for agreeing on an initial: the commonest initials (J, M, S, A) each start about one name in ten and
     * the rest fewer, so about log2(10) ≈ 3.3; a little less, because a clerk's initial is sometimes a middle name.
     */
    static final double INITIAL_WEIGHT = 3.0;

    private final NameTables tables;
    private final TracingRules rules;

    NameMatcher(NameTables tables) {
        this(tables, TracingRules.ALL);
    }

    NameMatcher(NameTables tables, TracingRules rules) {
        this.tables = tables;
        this.rules = rules;
    }

    TracingRules rules() {
        return rules;
    }

    /** The name prepared for comparison under these rules (titles left out when they say so). */
    PreparedName prepare(String name) {
        return PreparedName.of(name, rules.titles());
    }

    /** The name's forms for retrieval under these rules (titles left out when they say so). */
    Set<String> forms(String name) {
        return rules.titles() ? NameNormaliser.formsWithoutTitles(name) : NameNormaliser.forms(name);
    }

    NameMatch compare(String queryName, String recordName, NameKind kind) {
        PreparedName query = prepare(queryName);
        PreparedName record = prepare(recordName);
        return query == null || record == null ? NameMatch.NONE : compare(query, record, kind);
    }

    NameMatch compare(PreparedName queryName, PreparedName recordName, NameKind kind) {
        List<String> queryTokens = queryName.tokens;
        List<String> recordTokens = recordName.tokens;
        String query = queryName.joined;
        String record = recordName.joined;
        String recorded = recordName.original;
        if (query.equals(record)) {
            return match(queryTokens.equals(recordTokens) ? NameMatch.Level.EXACT : NameMatch.Level.JOINED,
                    recorded);
        }
        if (isInitial(queryName) || isInitial(recordName)) {
            // "J" says only the first letter: no typo, sound or similarity can be read from one letter.
            return query.charAt(0) == record.charAt(0) ? match(NameMatch.Level.INITIAL, recorded) : NameMatch.NONE;
        }
        Optional<String> relation = relation(query, record, kind);
        if (relation.isPresent()) {
            return new NameMatch(NameMatch.Level.VARIANT, recorded, relation.get());
        }
        boolean multiPart = queryName.multiPart() || recordName.multiPart();
        if (multiPart) {
            for (String q : queryTokens) {
                for (String r : recordTokens) {
                    if (q.equals(r) && q.length() > 1) {
                        return match(NameMatch.Level.PART, recorded);
                    }
                }
            }
            for (String q : queryTokens) {
                for (String r : recordTokens) {
                    if (q.length() > 2 && r.length() > 2 && relation(q, r, kind).isPresent()) {
                        return match(NameMatch.Level.PART, recorded);
                    }
                }
            }
        }
        if (isTypo(query, record) || rules.nameShapes() && isDoubledLetter(query, record)) {
            return match(NameMatch.Level.TYPO, recorded);
        }
        if (queryName.soundsLike(recordName)) {
            return match(NameMatch.Level.PHONETIC, recorded);
        }
        if (rules.nameShapes() && isShuffled(query, record)) {
            return match(NameMatch.Level.SHUFFLED, recorded);
        }
        if (StringSimilarity.jaroWinkler(query, record) >= SIMILAR_JARO_WINKLER
                || rules.nameShapes() && isShuffledGiveOrTakeALetter(query, record)) {
            return match(NameMatch.Level.SIMILAR, recorded);
        }
        if (multiPart) {
            for (String q : queryTokens) {
                for (String r : recordTokens) {
                    if (q.length() > 3 && r.length() > 3 && isTypo(q, r)) {
                        return match(NameMatch.Level.SIMILAR, recorded);
                    }
                }
            }
        }
        return NameMatch.NONE;
    }

    /** Names the tables relate, for query expansion: nicknames for given names, listed variants for surnames. */
    Set<String> variants(String normalisedName, NameKind kind) {
        return kind == NameKind.GIVEN ? tables.givenNameVariants(normalisedName)
                : tables.surnameVariants(normalisedName);
    }

    double weight(String name, NameKind kind) {
        return weight(prepare(name), kind);
    }

    double weight(PreparedName name, NameKind kind) {
        if (name == null) {
            return 0;
        }
        if (isInitial(name)) {
            return INITIAL_WEIGHT;
        }
        return kind == NameKind.GIVEN ? tables.givenNameWeightNormalised(name.joined)
                : tables.surnameWeightNormalised(name.joined);
    }

    private Optional<String> relation(String query, String record, NameKind kind) {
        if (kind == NameKind.GIVEN) {
            return tables.givenNameRelationNormalised(query, record);
        }
        if (tables.surnameVariantsNormalised(query).contains(record)) {
            return Optional.of(NameNormaliser.display(record) + " is a variant of " + NameNormaliser.display(query));
        }
        return Optional.empty();
    }

    /** A single letter, as "J" or "J." normalise to. */
    static boolean isInitial(PreparedName name) {
        return name.joined.length() == 1;
    }

    static boolean isInitial(String normalisedName) {
        return normalisedName.length() == 1;
    }

    static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 3) {
            return shorter == 2 && isTransposition(a, b);
        }
        int allowed = shorter >= 8 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) <= allowed && StringSimilarity.editDistance(a, b) <= allowed) {
            return true;
        }
        return shorter >= 5 && StringSimilarity.jaroWinkler(a, b) >= TYPO_JARO_WINKLER;
    }

    /** One letter typed twice or once too few ("Le" for "Lee", "Kkai" for "Kai"): a typing error at any length. */
    static boolean isDoubledLetter(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || shorter.isEmpty()) {
            return false;
        }
        for (int i = 0; i < shorter.length(); i++) {
            if (longer.charAt(i) != shorter.charAt(i)) {
                return i > 0 && longer.charAt(i) == longer.charAt(i - 1)
                        && longer.substring(i + 1).equals(shorter.substring(i))
                        || longer.charAt(i + 1) == longer.charAt(i)
                        && longer.substring(i + 1).equals(shorter.substring(i));
            }
        }
        return longer.charAt(longer.length() - 1) == shorter.charAt(shorter.length() - 1);
    }

    /**
     * The same letters in another order ("Fosia" for "Sofia", "Hayler" for "Harley"), names of four letters or
     * more: letters transposed further than next to each other, as in a hurried or misread transcription.
     */
    static boolean isShuffled(String a, String b) {
        if (a.length() != b.length() || a.length() < 4 || a.equals(b)) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /**
     * The letters of one name in another order with one letter more ("Lwisliaml" for "Williams"), the shorter name
     * of five letters or more: a shuffled transcription with a letter added or dropped.
     */
    static boolean isShuffledGiveOrTakeALetter(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || shorter.length() < 5) {
            return false;
        }
        int[] counts = new int[26];
        for (int i = 0; i < longer.length(); i++) {
            counts[longer.charAt(i) - 'a']++;
        }
        for (int i = 0; i < shorter.length(); i++) {
            if (--counts[shorter.charAt(i) - 'a'] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Two adjacent letters typed the wrong way round ("Ho" for "Oh"): a typing error even in a short name. */
    private static boolean isTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }

    private static NameMatch match(NameMatch.Level level, String recorded) {
        return new NameMatch(level, recorded, null);
    }
}
