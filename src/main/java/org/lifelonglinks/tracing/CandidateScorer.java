package org.lifelonglinks.tracing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores one record against a query, field by field, in the manner of Fellegi and Sunter (1969): each field adds a
 * weight in bits, positive for agreement and negative for disagreement, and the candidate's score is the sum.
 * Names earn their full weight only for an exact match and a share of it for weaker kinds of agreement, and the
 * full weight of a name grows with its rarity (from the ONS frequency tables). The straight reading and the reading
 * with given name and surname swapped are both tried; the better one counts. Place (postcode, town) and sex are
 * supporting evidence with small weights, because people move. A few microseconds to tens of microseconds per
 * record.
 */
final class CandidateScorer {

    static final double GIVEN_DIFFERS = -2.5;
    static final double SURNAME_DIFFERS = -3.0;
    static final double SWAP_PENALTY = -1.0;
    static final double POSTCODE_MATCHES = 6.0;
    static final double OUTWARD_MATCHES = 3.0;
    static final double POSTCODE_ONE_CHARACTER = 2.0;
    static final double POSTCODE_DIFFERS = -0.5;
    static final double TOWN_MATCHES = 4.0;
    static final double TOWN_SIMILAR = 2.5;
    static final double TOWN_DIFFERS = -0.5;
    static final double SEX_MATCHES = 0.5;
    static final double SEX_DIFFERS = -2.0;

    private final NameMatcher names;

    CandidateScorer(NameMatcher names) {
        this.names = names;
    }

    /** A query with its names prepared once, for scoring many records. */
    static final class PreparedQuery {
        final TraceQuery query;
        final PreparedName given;
        final PreparedName family;
        final double givenWeight;
        final double familyWeight;
        final String postcode;
        final String outward;
        final String town;

        PreparedQuery(TraceQuery query, NameMatcher names) {
            this.query = query;
            this.given = names.prepare(query.givenName());
            this.family = names.prepare(query.familyName());
            this.givenWeight = names.weight(given, NameMatcher.NameKind.GIVEN);
            this.familyWeight = names.weight(family, NameMatcher.NameKind.SURNAME);
            this.postcode = NameNormaliser.postcode(query.postcode());
            this.outward = NameNormaliser.outwardCode(postcode);
            this.town = NameNormaliser.joined(query.town());
        }
    }

    PreparedQuery prepare(TraceQuery query) {
        return new PreparedQuery(query, names);
    }

    TraceCandidate score(PreparedQuery prepared, TraceRecord record) {
        List<Evidence> evidence = evidence(prepared, record);
        return new TraceCandidate(record, total(evidence),
                evidence.stream().filter(e -> !e.isAgainst()).map(Evidence::reason).toList(),
                evidence.stream().filter(Evidence::isAgainst).map(Evidence::reason).toList());
    }

    /** The evidence about one record, strongest for first and strongest against last; its weights sum to the score. */
    List<Evidence> evidence(PreparedQuery prepared, TraceRecord record) {
        TraceQuery query = prepared.query;
        RecordNames recordNames = new RecordNames(record, names);
        List<Evidence> straight = new ArrayList<>(4);
        addName(straight, prepared, NameMatcher.NameKind.GIVEN, recordNames, false);
        addName(straight, prepared, NameMatcher.NameKind.SURNAME, recordNames, false);
        List<Evidence> evidence = straight;
        if (record.givenName() != null || record.familyName() != null) {
            List<Evidence> swapped = new ArrayList<>(4);
            addName(swapped, prepared, NameMatcher.NameKind.GIVEN, recordNames, true);
            addName(swapped, prepared, NameMatcher.NameKind.SURNAME, recordNames, true);
            swapped.add(new Evidence(Evidence.About.NAME_ORDER, SWAP_PENALTY, ReasonWriter.swapped()));
            if (total(swapped) > total(straight)) {
                evidence = swapped;
            }
        }
        addIfPresent(evidence, DateMatcher.compare(query, record, names.rules()));
        addPlace(evidence, prepared, record);
        addSex(evidence, query, record);
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return evidence;
    }

    /** A record's names, each prepared once and only when first compared. */
    private static final class RecordNames {
        final TraceRecord record;
        final NameMatcher names;
        PreparedName given;
        PreparedName knownAs;
        PreparedName family;
        List<PreparedName> formers;

        RecordNames(TraceRecord record, NameMatcher names) {
            this.record = record;
            this.names = names;
        }

        /** The given and known-as names, labelled. */
        List<Object[]> givenNames() {
            if (given == null && record.givenName() != null) {
                given = names.prepare(record.givenName());
            }
            if (knownAs == null && record.knownAs() != null) {
                knownAs = names.prepare(record.knownAs());
            }
            List<Object[]> out = new ArrayList<>(2);
            if (given != null) {
                out.add(new Object[] {"given name", given});
            }
            if (knownAs != null) {
                out.add(new Object[] {"known-as name", knownAs});
            }
            return out;
        }

        /** The current and former surnames, labelled. */
        List<Object[]> surnames() {
            if (family == null && record.familyName() != null) {
                family = names.prepare(record.familyName());
            }
            if (formers == null) {
                formers = new ArrayList<>(record.formerFamilyNames().size());
                for (String former : record.formerFamilyNames()) {
                    PreparedName name = names.prepare(former);
                    if (name != null) {
                        formers.add(name);
                    }
                }
            }
            List<Object[]> out = new ArrayList<>(1 + formers.size());
            if (family != null) {
                out.add(new Object[] {"surname", family});
            }
            for (PreparedName former : formers) {
                out.add(new Object[] {"former surname", former});
            }
            return out;
        }
    }

    /**
     * Adds the best evidence about one query name. Read straight, a given name is compared with the record's given
     * and known-as names and a surname with its current and former surnames; read swapped, the other way round.
     */
    private void addName(List<Evidence> evidence, PreparedQuery prepared, NameMatcher.NameKind kind,
                         RecordNames record, boolean swapped) {
        PreparedName queryName = kind == NameMatcher.NameKind.GIVEN ? prepared.given : prepared.family;
        if (queryName == null) {
            return;
        }
        double queryWeight = kind == NameMatcher.NameKind.GIVEN ? prepared.givenWeight : prepared.familyWeight;
        boolean lookInGiven = (kind == NameMatcher.NameKind.GIVEN) != swapped;
        List<Object[]> candidates = lookInGiven ? record.givenNames() : record.surnames();
        Evidence best = null;
        for (Object[] labelled : candidates) {
            best = better(best, evidence(queryName, queryWeight, (PreparedName) labelled[1], (String) labelled[0],
                    kind));
        }
        if (best != null) {
            evidence.add(best);
        } else if (!candidates.isEmpty()) {
            String label = lookInGiven ? "given name" : "surname";
            double weight = kind == NameMatcher.NameKind.GIVEN ? GIVEN_DIFFERS : SURNAME_DIFFERS;
            String firstRecorded = ((PreparedName) candidates.getFirst()[1]).original;
            evidence.add(new Evidence(about(kind), weight, ReasonWriter.name(label, queryName.original,
                    new NameMatch(NameMatch.Level.NONE, firstRecorded, null))));
        }
    }

    private Evidence evidence(PreparedName queryName, double queryWeight, PreparedName recordName, String label,
                              NameMatcher.NameKind kind) {
        NameMatch match = names.compare(queryName, recordName, kind);
        if (!match.agrees()) {
            return null;
        }
        double full = queryWeight;
        if (match.level() != NameMatch.Level.EXACT && match.level() != NameMatch.Level.JOINED) {
            full = Math.min(full, names.weight(recordName, kind));
        }
        return new Evidence(about(kind), match.level().share * full,
                ReasonWriter.name(label, queryName.original, match));
    }

    private static Evidence.About about(NameMatcher.NameKind kind) {
        return kind == NameMatcher.NameKind.GIVEN ? Evidence.About.GIVEN_NAME : Evidence.About.SURNAME;
    }

    private static Evidence better(Evidence a, Evidence b) {
        if (a == null) {
            return b;
        }
        return b == null || a.weight() >= b.weight() ? a : b;
    }

    private static void addPlace(List<Evidence> evidence, PreparedQuery query, TraceRecord record) {
        String queryPostcode = query.postcode;
        String recordPostcode = queryPostcode.isEmpty() ? "" : NameNormaliser.postcode(record.postcode());
        if (!queryPostcode.isEmpty() && !recordPostcode.isEmpty()) {
            String queryOutward = query.outward;
            String recordOutward = NameNormaliser.outwardCode(recordPostcode);
            if (queryPostcode.equals(recordPostcode)) {
                evidence.add(place(POSTCODE_MATCHES, "same postcode (" + record.postcode() + ")"));
            } else if (queryOutward.equals(recordOutward) && !queryOutward.equals(recordPostcode)
                    || queryPostcode.equals(recordOutward)) {
                evidence.add(place(OUTWARD_MATCHES, "same postcode district (" + recordOutward + ")"));
            } else if (queryPostcode.length() >= 4 && queryPostcode.length() == recordPostcode.length()
                    && StringSimilarity.editDistance(queryPostcode, recordPostcode) == 1) {
                evidence.add(place(POSTCODE_ONE_CHARACTER, "postcode differs by one character (recorded "
                        + record.postcode() + ")"));
            } else {
                evidence.add(place(POSTCODE_DIFFERS, "postcode differs (recorded " + record.postcode() + ")"));
            }
        }
        String queryTown = query.town;
        String recordTown = queryTown.isEmpty() ? "" : NameNormaliser.joined(record.town());
        if (!queryTown.isEmpty() && !recordTown.isEmpty()) {
            if (queryTown.equals(recordTown)) {
                evidence.add(place(TOWN_MATCHES, "same town (" + record.town() + ")"));
            } else if (NameMatcher.isTypo(queryTown, recordTown)
                    || StringSimilarity.jaroWinkler(queryTown, recordTown) >= 0.9) {
                evidence.add(place(TOWN_SIMILAR, "town spelt like " + record.town()));
            } else {
                evidence.add(place(TOWN_DIFFERS, "town differs (recorded " + record.town() + ")"));
            }
        }
    }

    private static void addSex(List<Evidence> evidence, TraceQuery query, TraceRecord record) {
        char querySex = sexCode(query.sex());
        char recordSex = sexCode(record.sex());
        if (querySex != '?' && recordSex != '?') {
            boolean agrees = querySex == recordSex;
            evidence.add(new Evidence(Evidence.About.SEX, agrees ? SEX_MATCHES : SEX_DIFFERS,
                    ReasonWriter.sex(agrees, record.sex())));
        }
    }

    private static Evidence place(double weight, String reason) {
        return new Evidence(Evidence.About.PLACE, weight, reason);
    }

    private static char sexCode(String sex) {
        if (sex == null || sex.isBlank()) {
            return '?';
        }
        char c = Character.toLowerCase(sex.strip().charAt(0));
        return c == 'm' || c == 'f' ? c : '?';
    }

    private static void addIfPresent(List<Evidence> evidence, Evidence item) {
        if (item != null) {
            evidence.add(item);
        }
    }

    private static double total(List<Evidence> evidence) {
        double sum = 0;
        for (Evidence item : evidence) {
            sum += item.weight();
        }
        return sum;
    }
}
