package org.lifelonglinks.tracing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The duplicate search of a whole family tree in one pass: the people the user may see (the pool) are put into
 * blocks by keys of their names and dates of birth once, and each individual of the tree is scored, by the same
 * {@link CandidateScorer} as a trace, only against the people who share a block with them in the way the
 * {@link DuplicateRule} needs: a given-name key, and a surname key or a date-of-birth key. Nobody else can be a
 * possible duplicate, so nothing the rule would accept is left out, and a tree of thousands costs a hash look-up
 * per key instead of an index search per individual.
 *
 * <p>A name's keys are every way {@link NameMatcher} can find two names alike: the name and its parts, the
 * nickname and variant forms the tables give for the searched name, the Double Metaphone codes, the forms one
 * deletion away (two for names of eight letters or more: shared by any two names a typing error apart), the
 * letters sorted (shuffled names, with one letter more or less from six letters), the first two and the last three
 * letters (names alike by Jaro-Winkler, which also finds "Thorpe" in "Manthorpe"), and for an initial the first
 * letter. A date of birth's keys are the date and its
 * year-month, month-day and year-day pairs (shared by dates one digit apart), and for the searched date also the
 * day and month swapped and the digits swapped across the year-month and month-day borders: every date the rule
 * counts as agreeing. The one case no key finds is a name alike only by Jaro-Winkler that starts with other
 * letters and ends with others, is more than two edits away and sounds different; the per-person search finds it
 * only when its surname or date happens to rank it.
 *
 * <p>Candidates are ranked by score and cut to the query's limit as a search ranks them; the caller judges them by
 * the rule. Thread-safe once built: the tree's individuals may be scored side by side.
 */
final class DuplicateBlocks {

    private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final NameMatcher names;
    private final CandidateScorer scorer;
    private final List<TraceRecord> pool;
    private final Map<String, int[]> blocks;
    /** Keys of each name already worked out (a tree repeats its names many times). */
    private final Map<String, List<String>> recordKeysOf = new ConcurrentHashMap<>();
    private final Map<String, List<String>> givenKeysOf = new ConcurrentHashMap<>();
    private final Map<String, List<String>> surnameKeysOf = new ConcurrentHashMap<>();

    DuplicateBlocks(NameMatcher names, List<TraceRecord> pool) {
        this.names = names;
        this.scorer = new CandidateScorer(names);
        this.pool = List.copyOf(pool);
        Map<String, IntList> building = new HashMap<>();
        for (int i = 0; i < this.pool.size(); i++) {
            TraceRecord record = this.pool.get(i);
            Set<String> keys = new LinkedHashSet<>();
            for (String name : namesOf(record)) {
                keys.addAll(recordKeysOf.computeIfAbsent(name, this::recordKeys));
            }
            keys.addAll(dateKeys(record.dateOfBirth(), false));
            for (String key : keys) {
                building.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        this.blocks = new HashMap<>(building.size() * 2);
        building.forEach((key, list) -> blocks.put(key, list.toArray()));
    }

    /** How many people the pool holds. */
    int size() {
        return pool.size();
    }

    /**
     * The candidates for one query that the duplicate rule could accept, best first, at most the query's limit:
     * those sharing a given-name key with it and a surname or date-of-birth key as well.
     */
    List<TraceCandidate> candidates(TraceQuery query) {
        if (pool.isEmpty() || query.givenName() == null) {
            return List.of();
        }
        BitSet given = union(givenKeysOf.computeIfAbsent(query.givenName(),
                name -> queryKeys(name, NameMatcher.NameKind.GIVEN)));
        if (given.isEmpty()) {
            return List.of();
        }
        BitSet other = query.familyName() == null ? new BitSet() : union(surnameKeysOf.computeIfAbsent(
                query.familyName(), name -> queryKeys(name, NameMatcher.NameKind.SURNAME)));
        other.or(union(dateKeys(query.dateOfBirth(), true)));
        given.and(other);
        if (given.isEmpty()) {
            return List.of();
        }
        CandidateScorer.PreparedQuery prepared = scorer.prepare(query);
        List<TraceCandidate> ranked = new ArrayList<>(given.cardinality());
        for (int i = given.nextSetBit(0); i >= 0; i = given.nextSetBit(i + 1)) {
            ranked.add(scorer.score(prepared, pool.get(i)));
        }
        ranked.sort(Comparator.comparingDouble(TraceCandidate::score).reversed()
                .thenComparing(c -> c.record().id()));
        return ranked.size() > query.limit() ? List.copyOf(ranked.subList(0, query.limit())) : ranked;
    }

    private BitSet union(List<String> keys) {
        BitSet found = new BitSet(pool.size());
        for (String key : keys) {
            int[] block = blocks.get(key);
            if (block != null) {
                for (int i : block) {
                    found.set(i);
                }
            }
        }
        return found;
    }

    private static List<String> namesOf(TraceRecord record) {
        List<String> out = new ArrayList<>(2 + record.formerFamilyNames().size());
        if (record.givenName() != null) {
            out.add(record.givenName());
        }
        if (record.knownAs() != null) {
            out.add(record.knownAs());
        }
        if (record.familyName() != null) {
            out.add(record.familyName());
        }
        out.addAll(record.formerFamilyNames());
        return out;
    }

    /** A recorded name's keys: what any searched name alike to it shares with it. */
    private List<String> recordKeys(String name) {
        PreparedName prepared = names.prepare(name);
        if (prepared == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        shapeKeys(prepared, keys);
        keys.add("^" + prepared.joined.charAt(0));
        return List.copyOf(keys);
    }

    /** A searched name's keys: its own shapes, the forms the tables relate to it, and its first letter. */
    private List<String> queryKeys(String name, NameMatcher.NameKind kind) {
        PreparedName prepared = names.prepare(name);
        if (prepared == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        shapeKeys(prepared, keys);
        for (String variant : names.variants(prepared.joined, kind)) {
            keys.add("=" + variant);
        }
        for (String token : prepared.tokens) {
            if (token.length() > 2) {
                for (String variant : names.variants(token, kind)) {
                    keys.add("=" + variant);
                }
            }
        }
        // A recorded initial agrees with every name it starts; a searched initial with every name it starts.
        keys.add("=" + prepared.joined.charAt(0));
        if (NameMatcher.isInitial(prepared)) {
            keys.add("^" + prepared.joined.charAt(0));
        }
        return List.copyOf(keys);
    }

    /** The keys both sides share when the names are alike: forms, sound, typing errors, shuffles, beginning. */
    private static void shapeKeys(PreparedName name, Set<String> keys) {
        String joined = name.joined;
        keys.add("=" + joined);
        for (String token : name.tokens) {
            keys.add("=" + token);
            deletions(token, keys);
        }
        deletions(joined, keys);
        for (String code : name.codes()) {
            keys.add("#" + code);
        }
        if (joined.length() >= 4) {
            char[] letters = joined.toCharArray();
            Arrays.sort(letters);
            String sorted = new String(letters);
            keys.add("%" + sorted);
            if (sorted.length() >= 6) {
                for (int i = 0; i < sorted.length(); i++) {
                    keys.add("%" + sorted.substring(0, i) + sorted.substring(i + 1));
                }
            }
        }
        if (joined.length() >= 2) {
            keys.add("<" + joined.substring(0, 2));
        }
        if (joined.length() >= 4) {
            // Jaro-Winkler also finds a name inside a longer one ("Thorpe" in "Manthorpe"), or one spelt with letters
            // added ("Bailey", "Bradley"): they end alike.
            keys.add(">" + joined.substring(joined.length() - 3));
        }
    }

    /**
     * The name and the forms one deletion away (two from eight letters): two names within one edit, or two edits
     * when both are that long, share at least one of them.
     */
    private static void deletions(String name, Set<String> keys) {
        if (name.length() < 2) {
            return;
        }
        keys.add("~" + name);
        for (int i = 0; i < name.length(); i++) {
            String once = name.substring(0, i) + name.substring(i + 1);
            keys.add("~" + once);
            if (name.length() >= 8) {
                for (int j = i; j < once.length(); j++) {
                    keys.add("~" + once.substring(0, j) + once.substring(j + 1));
                }
            }
        }
    }

    /**
     * A date of birth's keys: the date and its pairs, which any date one digit out shares; for a searched date
     * also the dates the rule counts as the same with day and month or two neighbouring digits swapped.
     */
    private static List<String> dateKeys(LocalDate date, boolean searched) {
        if (date == null) {
            return List.of();
        }
        List<String> tokens = RecordDocuments.dateTokens(date, null);
        List<String> keys = new ArrayList<>(8);
        for (int i = 0; i < 4; i++) {
            keys.add("d" + tokens.get(i));
        }
        if (searched) {
            if (date.getDayOfMonth() <= 12) {
                keys.add("d" + RecordDocuments.dateTokens(LocalDate.of(date.getYear(), date.getDayOfMonth(),
                        date.getMonthValue()), null).getFirst());
            }
            String digits = date.format(DIGITS);
            for (int i = 0; i + 1 < digits.length(); i++) {
                char[] swapped = digits.toCharArray();
                char c = swapped[i];
                swapped[i] = swapped[i + 1];
                swapped[i + 1] = c;
                try {
                    keys.add("df" + LocalDate.parse(new String(swapped), DIGITS).format(DIGITS));
                } catch (DateTimeParseException impossible) {
                    // Swapped digits that make no date cannot be anyone's date of birth.
                }
            }
        }
        return keys;
    }

    /** A growable list of ints, for building the blocks. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
