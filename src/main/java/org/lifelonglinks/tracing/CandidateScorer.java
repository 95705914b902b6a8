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

    TraceCandidate score(TraceQuery query, TraceRecord record) {
        List<Evidence> straight = new ArrayList<>(4);
        addName(straight, query.givenName(), NameMatcher.NameKind.GIVEN, record, false);
        addName(straight, query.familyName(), NameMatcher.NameKind.SURNAME, record, false);
        List<Evidence> evidence = straight;
        if (record.givenName() != null || record.familyName() != null) {
            List<Evidence> swapped = new ArrayList<>(4);
            addName(swapped, query.givenName(), NameMatcher.NameKind.GIVEN, record, true);
            addName(swapped, query.familyName(), NameMatcher.NameKind.SURNAME, record, true);
            swapped.add(new Evidence(SWAP_PENALTY, ReasonWriter.swapped()));
            if (total(swapped) > total(straight)) {
                evidence = swapped;
            }
        }
        addIfPresent(evidence, DateMatcher.compare(query, record));
        addPlace(evidence, query, record);
        addSex(evidence, query, record);
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new TraceCandidate(record, total(evidence), evidence.stream().map(Evidence::reason).toList());
    }

    /**
     * Adds the best evidence about one query name. Read straight, a given name is compared with the record's given
     * and known-as names and a surname with its current and former surnames; read swapped, the other way round.
     */
    private void addName(List<Evidence> evidence, String queryName, NameMatcher.NameKind kind, TraceRecord record,
                         boolean swapped) {
        if (queryName == null) {
            return;
        }
        boolean lookInGiven = (kind == NameMatcher.NameKind.GIVEN) != swapped;
        Evidence best = null;
        boolean anyRecorded = false;
        String firstRecorded = null;
        if (lookInGiven) {
            for (String[] labelled : new String[][] {{"given name", record.givenName()},
                    {"known-as name", record.knownAs()}}) {
                if (labelled[1] != null) {
                    anyRecorded = true;
                    firstRecorded = firstRecorded == null ? labelled[1] : firstRecorded;
                    best = better(best, evidence(queryName, labelled[1], labelled[0], kind));
                }
            }
        } else {
            if (record.familyName() != null) {
                anyRecorded = true;
                firstRecorded = record.familyName();
                best = better(best, evidence(queryName, record.familyName(), "surname", kind));
            }
            for (String former : record.formerFamilyNames()) {
                anyRecorded = true;
                firstRecorded = firstRecorded == null ? former : firstRecorded;
                best = better(best, evidence(queryName, former, "former surname", kind));
            }
        }
        if (best != null) {
            evidence.add(best);
        } else if (anyRecorded) {
            String label = lookInGiven ? "given name" : "surname";
            double weight = kind == NameMatcher.NameKind.GIVEN ? GIVEN_DIFFERS : SURNAME_DIFFERS;
            evidence.add(new Evidence(weight, ReasonWriter.name(label, queryName,
                    new NameMatch(NameMatch.Level.NONE, firstRecorded, null))));
        }
    }

    private Evidence evidence(String queryName, String recordName, String label, NameMatcher.NameKind kind) {
        NameMatch match = names.compare(queryName, recordName, kind);
        if (!match.agrees()) {
            return null;
        }
        double full = names.weight(queryName, kind);
        if (match.level() != NameMatch.Level.EXACT && match.level() != NameMatch.Level.JOINED) {
            full = Math.min(full, names.weight(recordName, kind));
        }
        return new Evidence(match.level().share * full, ReasonWriter.name(label, queryName, match));
    }

    private static Evidence better(Evidence a, Evidence b) {
        if (a == null) {
            return b;
        }
        return b == null || a.weight() >= b.weight() ? a : b;
    }

    private static void addPlace(List<Evidence> evidence, TraceQuery query, TraceRecord record) {
        String queryPostcode = NameNormaliser.postcode(query.postcode());
        String recordPostcode = NameNormaliser.postcode(record.postcode());
        if (!queryPostcode.isEmpty() && !recordPostcode.isEmpty()) {
            String queryOutward = NameNormaliser.outwardCode(queryPostcode);
            String recordOutward = NameNormaliser.outwardCode(recordPostcode);
            if (queryPostcode.equals(recordPostcode)) {
                evidence.add(new Evidence(POSTCODE_MATCHES, "same postcode (" + record.postcode() + ")"));
            } else if (queryOutward.equals(recordOutward) && !queryOutward.equals(recordPostcode)
                    || queryPostcode.equals(recordOutward)) {
                evidence.add(new Evidence(OUTWARD_MATCHES, "same postcode district (" + recordOutward + ")"));
            } else if (queryPostcode.length() >= 4 && queryPostcode.length() == recordPostcode.length()
                    && StringSimilarity.editDistance(queryPostcode, recordPostcode) == 1) {
                evidence.add(new Evidence(POSTCODE_ONE_CHARACTER, "postcode differs by one character (recorded "
                        + record.postcode() + ")"));
            } else {
                evidence.add(new Evidence(POSTCODE_DIFFERS, "postcode differs (recorded " + record.postcode() + ")"));
            }
        }
        String queryTown = NameNormaliser.joined(query.town());
        String recordTown = NameNormaliser.joined(record.town());
        if (!queryTown.isEmpty() && !recordTown.isEmpty()) {
            if (queryTown.equals(recordTown)) {
                evidence.add(new Evidence(TOWN_MATCHES, "same town (" + record.town() + ")"));
            } else if (NameMatcher.isTypo(queryTown, recordTown)
                    || StringSimilarity.jaroWinkler(queryTown, recordTown) >= 0.9) {
                evidence.add(new Evidence(TOWN_SIMILAR, "town spelt like " + record.town()));
            } else {
                evidence.add(new Evidence(TOWN_DIFFERS, "town differs (recorded " + record.town() + ")"));
            }
        }
    }

    private static void addSex(List<Evidence> evidence, TraceQuery query, TraceRecord record) {
        char querySex = sexCode(query.sex());
        char recordSex = sexCode(record.sex());
        if (querySex != '?' && recordSex != '?') {
            boolean agrees = querySex == recordSex;
            evidence.add(new Evidence(agrees ? SEX_MATCHES : SEX_DIFFERS, ReasonWriter.sex(agrees, record.sex())));
        }
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
