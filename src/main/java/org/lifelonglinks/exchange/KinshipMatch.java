package org.lifelonglinks.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.PersonDetails;
import org.lifelonglinks.network.PossibleDuplicate;
import org.lifelonglinks.network.RecordedTie;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.security.CurrentUser;

/**
 * Matches individuals of a family tree to people already recorded through their kin, not by name alone: the
 * same tree imported for a brother or sister holds many people with the same name ("John Washington" seven
 * times), who match no one strongly by name. Once a relative is matched, an individual is the person recorded
 * with the same tie to that relative (their parent, child or partner) and the same name, or one of the
 * individual's own possible duplicates (the same name wins over a possible duplicate); birth years, where both
 * are known, agree within a year, and sexes do not disagree. Where ties point to different people, the one most
 * ties agree on is taken, and no one if that is not a single person.
 * Each match can lead to more (a matched child finds their parents, who find theirs), until nothing changes:
 * one lookup of recorded kinship per round.
 */
final class KinshipMatch {

    private final NetworkService networks;
    private final CurrentUser user;
    private final Map<String, PersonDetails> details;
    private final Map<String, List<PossibleDuplicate>> candidatesOf;
    private final double mergeScore;
    /** Each individual's ties in the file: who, and what they are to the individual. */
    private final Map<String, List<FileTie>> tiesOf = new HashMap<>();

    private record FileTie(String otherXref, KinKind kind) {
    }

    KinshipMatch(NetworkService networks, CurrentUser user, FamilyTree tree, String root,
            Map<String, PersonDetails> details, Map<String, List<PossibleDuplicate>> candidatesOf, double mergeScore) {
        this.networks = networks;
        this.mergeScore = mergeScore;
        this.user = user;
        this.details = details;
        this.candidatesOf = candidatesOf;
        for (var family : tree.families()) {
            tie(family.husband(), family.wife(), KinKind.PARTNER, root);
            for (var child : family.children()) {
                for (String parent : new String[] {family.husband(), family.wife()}) {
                    tie(child.xref(), parent, KinKind.PARENT, root);
                }
            }
        }
    }

    /** "{@code other} is {@code xref}'s KIND", and the other way round. */
    private void tie(String xref, String other, KinKind kind, String root) {
        if (xref == null || other == null || xref.equals(root) || other.equals(root)) {
            return;
        }
        tiesOf.computeIfAbsent(xref, k -> new ArrayList<>()).add(new FileTie(other, kind));
        tiesOf.computeIfAbsent(other, k -> new ArrayList<>()).add(new FileTie(xref, inverse(kind)));
    }

    /**
     * Adds to {@code matched} (individual → person already recorded) everyone found through kinship.
     *
     * @return what was added, for the import report
     */
    List<GedcomImportReport.Merged> extend(Map<String, String> matched) {
        var added = new ArrayList<GedcomImportReport.Merged>();
        var taken = new HashSet<>(matched.values());
        var recorded = new HashMap<String, List<RecordedTie>>();
        while (true) {
            var unknown = matched.values().stream().filter(id -> !recorded.containsKey(id)).distinct().toList();
            unknown.forEach(id -> recorded.put(id, new ArrayList<>()));
            networks.recordedTies(user, unknown).forEach(t -> recorded.get(t.personId()).add(t));
            // Sure matches first; then one strong name match left when the others are taken; only when neither
            // moves, one tie broken (a file's duplicate records: two "William Montague", born 1573, same parents).
            if (!pass(matched, recorded, taken, added, false) && !byElimination(matched, taken, added)
                    && !pass(matched, recorded, taken, added, true)) {
                return added;
            }
        }
    }

    private boolean pass(Map<String, String> matched, Map<String, List<RecordedTie>> recorded, Set<String> taken,
            List<GedcomImportReport.Merged> added, boolean breakTies) {
        boolean changed = false;
        for (var entry : details.entrySet()) {
            String xref = entry.getKey();
            if (matched.containsKey(xref)) {
                continue;
            }
            var found = throughKin(xref, entry.getValue(), matched, recorded, taken, breakTies);
            if (found != null) {
                take(xref, found.person().id(), found.how(), matched, taken, added);
                changed = true;
                if (breakTies) {
                    return true;
                }
            }
        }
        return changed;
    }

    /** An individual whose strong name matches are all taken but one is that one. */
    private boolean byElimination(Map<String, String> matched, Set<String> taken,
            List<GedcomImportReport.Merged> added) {
        for (var entry : details.entrySet()) {
            if (matched.containsKey(entry.getKey())) {
                continue;
            }
            var left = candidatesOf.getOrDefault(entry.getKey(), List.of()).stream()
                    .filter(c -> c.score() >= mergeScore && !taken.contains(c.personId()))
                    .filter(c -> entry.getValue().birthYear() == null || c.birthYear() == null
                            || Math.abs(entry.getValue().birthYear() - c.birthYear()) <= 1)
                    .toList();
            boolean othersTaken = candidatesOf.get(entry.getKey()).stream()
                    .anyMatch(c -> c.score() >= mergeScore && taken.contains(c.personId()));
            if (left.size() == 1 && othersTaken) {
                take(entry.getKey(), left.getFirst().personId(), "the only strong match not already taken", matched,
                        taken, added);
                return true;
            }
        }
        return false;
    }

    private void take(String xref, String personId, String how, Map<String, String> matched, Set<String> taken,
            List<GedcomImportReport.Merged> added) {
        matched.put(xref, personId);
        taken.add(personId);
        added.add(new GedcomImportReport.Merged(xref, personId, name(details.get(xref)), 0, how));
    }

    private record Found(Person person, String how) {
    }

    /**
     * The recorded person with the same tie to a matched relative: those with the same name first, then those
     * among the individual's possible duplicates (a "Mrs Robert Kitson" is a possible duplicate of her husband
     * Robert; only the name decides between them); sexes must not disagree.
     */
    private Found throughKin(String xref, PersonDetails person, Map<String, String> matched,
            Map<String, List<RecordedTie>> recorded, Set<String> taken, boolean breakTies) {
        var sameName = new HashMap<String, Integer>();
        var candidate = new HashMap<String, Integer>();
        var people = new HashMap<String, Person>();
        var how = new HashMap<String, String>();
        var candidates = candidatesOf.getOrDefault(xref, List.of()).stream().map(PossibleDuplicate::personId)
                .toList();
        for (var fileTie : tiesOf.getOrDefault(xref, List.of())) {
            String relative = matched.get(fileTie.otherXref());
            if (relative == null) {
                continue;
            }
            // The individual is the relative's inverse(kind): look among the relative's recorded kin of that kind.
            for (var tie : recorded.getOrDefault(relative, List.of())) {
                var other = tie.other();
                if (tie.kind() != inverse(fileTie.kind()) || taken.contains(other.id()) || !yearsAgree(person, other)
                        || sexesDisagree(person, other)) {
                    continue;
                }
                if (sameName(person, other)) {
                    sameName.merge(other.id(), 1, Integer::sum);
                } else if (candidates.contains(other.id())) {
                    candidate.merge(other.id(), 1, Integer::sum);
                } else {
                    continue;
                }
                people.put(other.id(), other);
                how.putIfAbsent(other.id(), words(inverse(fileTie.kind())) + " of " + fileTie.otherXref()
                        + ", already recorded");
            }
        }
        var tied = mostSupported(sameName.isEmpty() ? candidate : sameName);
        if (tied.size() > 1 && breakTies) {
            // Indistinguishable by kin: the closest in what else is recorded, then the first by id (stable).
            tied = List.of(tied.stream().min(java.util.Comparator
                    .comparingInt((String id) -> -agreement(person, people.get(id)))
                    .thenComparing(id -> id)).orElseThrow());
        }
        return tied.size() == 1 ? new Found(people.get(tied.getFirst()), how.get(tied.getFirst())) : null;
    }

    /** The people most ties agree on: one, several (tied), or none. */
    private static List<String> mostSupported(Map<String, Integer> support) {
        int most = support.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return support.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    }

    /** How many of date of birth, year of birth, death and town agree. */
    private static int agreement(PersonDetails person, Person other) {
        int agree = java.util.Objects.equals(person.dateOfBirth(), other.dateOfBirth()) ? 1 : 0;
        agree += java.util.Objects.equals(person.birthYear(), other.birthYear()) ? 1 : 0;
        agree += person.deceased() == other.deceased() ? 1 : 0;
        return agree + (java.util.Objects.equals(person.town(), other.town()) ? 1 : 0);
    }

    private static boolean sexesDisagree(PersonDetails person, Person other) {
        boolean known = person.sex() != Sex.UNKNOWN && other.sex() != Sex.UNKNOWN;
        return known && person.sex() != other.sex();
    }

    private static KinKind inverse(KinKind kind) {
        return switch (kind) {
            case PARENT -> KinKind.CHILD;
            case CHILD -> KinKind.PARENT;
            default -> kind;
        };
    }

    private static String words(KinKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static boolean sameName(PersonDetails person, Person other) {
        return (person.givenName() != null || person.familyName() != null)
                && same(person.givenName(), other.givenName()) && same(person.familyName(), other.familyName());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean yearsAgree(PersonDetails person, Person other) {
        Integer a = person.birthYear();
        Integer b = other.birthYear();
        return a == null || b == null || Math.abs(a - b) <= 1;
    }

    private static String name(PersonDetails person) {
        return ((person.givenName() == null ? "" : person.givenName()) + " "
                + (person.familyName() == null ? "" : person.familyName())).strip();
    }
}
