package org.lifelonglinks.tracing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reference tables about names, loaded once from classpath resources under {@code tracing/names/}: given-name
 * nicknames and diminutives (carltonnorthern/nicknames and the ONS first-name variants, used in both directions:
 * Kate and Katherine, Bill and William), surname variants (Smith, Smyth) and name frequencies (ONS), which make
 * agreement on a rare name count for more than agreement on a common one (an inverse-frequency weight in bits).
 *
 * <p>Loading reads about 1.2 MB of CSV and takes a few hundred milliseconds; the tables then use a few MB of heap
 * and every lookup is a hash lookup. Immutable and thread-safe: load once and share.
 */
public final class NameTables {

    private static final String BASE = "tracing/names/";
    /** Weight, in bits, of agreeing on a given name that the frequency table does not list. */
    static final double UNKNOWN_GIVEN_BITS = 11.0;
    /** Weight, in bits, of agreeing on a surname that the frequency table does not list. */
    static final double UNKNOWN_SURNAME_BITS = 12.0;

    private final Map<String, Set<String>> nicknamesOf;
    private final Map<String, Set<String>> canonicalsOf;
    private final Map<String, Set<String>> surnameVariants;
    private final Map<String, Double> givenFrequency;
    private final Map<String, Double> surnameFrequency;

    private NameTables(Map<String, Set<String>> nicknamesOf, Map<String, Set<String>> canonicalsOf,
                       Map<String, Set<String>> surnameVariants, Map<String, Double> givenFrequency,
                       Map<String, Double> surnameFrequency) {
        this.nicknamesOf = nicknamesOf;
        this.canonicalsOf = canonicalsOf;
        this.surnameVariants = surnameVariants;
        this.givenFrequency = givenFrequency;
        this.surnameFrequency = surnameFrequency;
    }

    /** Loads the tables shipped with the application. */
    public static NameTables loadDefault() {
        Map<String, Set<String>> nicknamesOf = new HashMap<>();
        Map<String, Set<String>> canonicalsOf = new HashMap<>();
        readCsv("nicknames/names.csv", row -> {
            if (row.length >= 3 && row[1].equals("has_nickname")) {
                link(nicknamesOf, canonicalsOf, row[0], row[2]);
            }
        });
        readCsv("uk-names/firstname_uk_variant.csv", row -> {
            if (row.length >= 2) {
                link(nicknamesOf, canonicalsOf, row[0], row[1]);
            }
        });
        Map<String, Set<String>> surnameVariants = new HashMap<>();
        readCsv("uk-names/lastname_uk_variant.csv", row -> {
            if (row.length >= 2) {
                String a = clean(row[0]);
                String b = clean(row[1]);
                if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                    surnameVariants.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    surnameVariants.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        });
        // freq is a share of births in one year; averaging over the years gives a share of all names.
        Map<String, Double> givenSum = new HashMap<>();
        Set<String> years = new HashSet<>();
        readCsv("uk-names/firstname_uk.csv", row -> {
            if (row.length >= 4) {
                givenSum.merge(clean(row[0]), Double.parseDouble(row[1]), Double::sum);
                years.add(row[3]);
            }
        });
        Map<String, Double> givenFrequency = new HashMap<>();
        // Boys and girls are counted separately, each summing to one per year: halve for a share of everyone.
        givenSum.forEach((name, sum) -> givenFrequency.put(name, sum / (2.0 * Math.max(1, years.size()))));
        Map<String, Double> surnameFrequency = new HashMap<>();
        readCsv("uk-names/lastname_uk.csv", row -> {
            if (row.length >= 2) {
                surnameFrequency.merge(clean(row[0]), Double.parseDouble(row[1]), Double::sum);
            }
        });
        return new NameTables(freeze(nicknamesOf), freeze(canonicalsOf), freeze(surnameVariants),
                Map.copyOf(givenFrequency), Map.copyOf(surnameFrequency));
    }

    /**
     * Given names related to {@code name} by the nickname tables, in both directions and through a shared full
     * form (Kate, Katie and Kathy through Katherine); normalised, without {@code name} itself.
     */
    public Set<String> givenNameVariants(String name) {
        String key = NameNormaliser.joined(name);
        Set<String> out = new LinkedHashSet<>();
        out.addAll(nicknamesOf.getOrDefault(key, Set.of()));
        Set<String> canonicals = canonicalsOf.getOrDefault(key, Set.of());
        out.addAll(canonicals);
        for (String canonical : canonicals) {
            out.addAll(nicknamesOf.getOrDefault(canonical, Set.of()));
        }
        out.remove(key);
        return out;
    }

    /** Surnames listed as variants of {@code name} (Smith, Smyth); normalised, without {@code name} itself. */
    public Set<String> surnameVariants(String name) {
        return surnameVariantsNormalised(NameNormaliser.joined(name));
    }

    Set<String> surnameVariantsNormalised(String name) {
        return surnameVariants.getOrDefault(name, Set.of());
    }

    /**
     * How two given names are related, in words for a coordinator ("Kate is a form of Katherine", "Kate and Katie
     * are both forms of Katherine"); empty if the tables do not relate them.
     */
    public Optional<String> givenNameRelation(String queryName, String recordName) {
        return givenNameRelationNormalised(NameNormaliser.joined(queryName), NameNormaliser.joined(recordName));
    }

    Optional<String> givenNameRelationNormalised(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return Optional.empty();
        }
        Set<String> canonicalsOfA = canonicalsOf.get(a);
        if (canonicalsOfA == null && !nicknamesOf.containsKey(a)) {
            return Optional.empty();
        }
        boolean aFormOfB = nicknamesOf.getOrDefault(b, Set.of()).contains(a);
        boolean bFormOfA = nicknamesOf.getOrDefault(a, Set.of()).contains(b);
        // Some tables list pairs both ways; the shorter name then reads as the form of the longer.
        if (aFormOfB && bFormOfA) {
            aFormOfB = a.length() <= b.length();
            bFormOfA = !aFormOfB;
        }
        String shownA = NameNormaliser.display(a);
        String shownB = NameNormaliser.display(b);
        if (aFormOfB) {
            return Optional.of(shownA + " is a form of " + shownB);
        }
        if (bFormOfA) {
            return Optional.of(shownB + " is a form of " + shownA);
        }
        for (String canonical : canonicalsOfA == null ? Set.<String>of() : canonicalsOfA) {
            if (canonicalsOf.getOrDefault(b, Set.of()).contains(canonical)) {
                return Optional.of(shownA + " and " + shownB + " are both forms of "
                        + NameNormaliser.display(canonical));
            }
        }
        return Optional.empty();
    }

    /** Whether the surname tables list the two as variants of each other. */
    public boolean areSurnameVariants(String a, String b) {
        return surnameVariants(a).contains(NameNormaliser.joined(b));
    }

    /** How much agreeing on this given name is worth, in bits: more for a rare name, less for a common one. */
    public double givenNameWeight(String name) {
        return givenNameWeightNormalised(NameNormaliser.joined(name));
    }

    double givenNameWeightNormalised(String name) {
        Double frequency = givenFrequency.get(name);
        return frequency == null ? UNKNOWN_GIVEN_BITS : bits(frequency, 4.0, 12.0);
    }

    /** How much agreeing on this surname is worth, in bits: more for a rare name, less for a common one. */
    public double surnameWeight(String name) {
        return surnameWeightNormalised(NameNormaliser.joined(name));
    }

    double surnameWeightNormalised(String name) {
        Double frequency = surnameFrequency.get(name);
        return frequency == null ? UNKNOWN_SURNAME_BITS : bits(frequency, 5.0, 14.0);
    }

    /** Share of people with this given name in the frequency table, or 0 if it is not listed. */
    public double givenNameFrequency(String name) {
        return givenFrequency.getOrDefault(NameNormaliser.joined(name), 0.0);
    }

    /** Share of people with this surname in the frequency table, or 0 if it is not listed. */
    public double surnameFrequency(String name) {
        return surnameFrequency.getOrDefault(NameNormaliser.joined(name), 0.0);
    }

    /** The listed given names with their frequencies, for generating synthetic test data. */
    Map<String, Double> givenFrequencies() {
        return givenFrequency;
    }

    /** The listed surnames with their frequencies, for generating synthetic test data. */
    Map<String, Double> surnameFrequencies() {
        return surnameFrequency;
    }

    private static double bits(double frequency, double min, double max) {
        double bits = -Math.log(Math.max(frequency, 1e-9)) / Math.log(2);
        return Math.max(min, Math.min(max, bits));
    }

    private static void link(Map<String, Set<String>> nicknamesOf, Map<String, Set<String>> canonicalsOf,
                             String canonical, String nickname) {
        String full = clean(canonical);
        String short_ = clean(nickname);
        if (full.isEmpty() || short_.isEmpty() || full.equals(short_)) {
            return;
        }
        nicknamesOf.computeIfAbsent(full, k -> new HashSet<>()).add(short_);
        canonicalsOf.computeIfAbsent(short_, k -> new HashSet<>()).add(full);
    }

    private static String clean(String value) {
        return NameNormaliser.joined(value);
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> frozen = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private interface RowHandler {
        void accept(String[] row);
    }

    private static void readCsv(String resource, RowHandler handler) {
        try (InputStream in = NameTables.class.getClassLoader().getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing name table on the classpath: " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    handler.accept(stripQuotes(line.split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read name table " + resource, e);
        }
    }

    private static String[] stripQuotes(String[] row) {
        for (int i = 0; i < row.length; i++) {
            String v = row[i].trim();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            row[i] = v;
        }
        return row;
    }
}
