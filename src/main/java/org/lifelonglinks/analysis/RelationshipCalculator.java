package org.lifelonglinks.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;

/**
 * Names how a person is related to the young person from recorded kinship, the way genealogy software does:
 * find the common ancestor nearest to both (through {@code PARENT_OF} facts), count the generations from each
 * side, and name the pair of counts (parent, aunt, first cousin once removed …), adding the side of the family,
 * half, step, adoptive and foster where the path says so. Explicit sibling facts stand for a shared parent that
 * was not recorded. Where no blood path exists, partners of relatives (step-parents, in-laws) are named.
 *
 * <p>Cost: one breadth-first walk up the parent links per person, kept for the calculator's life (the young
 * person's is walked once, not once per question), then a pass over the smaller of the two ancestries: O(A)
 * per question for A ancestors of the person asked about, O(V · A) for a whole network. Ancestry is shallow
 * (at most twelve generations are followed), so this stays close to linear in the network's size.
 */
public final class RelationshipCalculator {

    private static final int MAX_GENERATIONS = 12;

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, List<ParentLink>> parentsOf = new HashMap<>();
    private final Map<String, List<String>> partnersOf = new HashMap<>();
    private final Map<String, KinQualifier> partnerStatus = new HashMap<>();
    private final Map<String, Map<String, Ancestry>> ancestorsOf = new HashMap<>();
    private final Map<String, int[]> ancestorsByGeneration = new HashMap<>();

    /** A parent link seen from the child: who the parent is, and how. */
    private record ParentLink(String parentId, KinQualifier qualifier) {
    }

    /** An ancestor reached by walking up: how many generations, through which first parent, and how. */
    private record Ancestry(int generations, String firstParentId, boolean biological, KinQualifier firstQualifier) {
    }

    public RelationshipCalculator(Network network) {
        var yp = network.youngPerson();
        people.put(yp.id(), new Person(yp.id(), yp.givenName(), yp.familyName(), List.of(), null, yp.dateOfBirth(),
                yp.dateOfBirth().getYear(), Sex.UNKNOWN, false, null, null));
        network.people().forEach(p -> people.put(p.id(), p));
        int synthetic = 0;
        for (var kin : network.kinship()) {
            switch (kin.kind()) {
                case PARENT, CHILD -> parentsOf.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>())
                        .add(new ParentLink(kin.fromPersonId(), kin.qualifier()));
                case PARTNER -> {
                    partnersOf.computeIfAbsent(kin.fromPersonId(), k -> new ArrayList<>()).add(kin.toPersonId());
                    partnersOf.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>()).add(kin.fromPersonId());
                    partnerStatus.put(pairKey(kin.fromPersonId(), kin.toPersonId()), kin.qualifier());
                }
                case SIBLING -> {
                    // Siblings whose parents are not recorded share an unrecorded parent.
                    String shared = "unrecorded-parent-" + synthetic++;
                    KinQualifier how = kin.qualifier() == KinQualifier.STEP ? KinQualifier.STEP : KinQualifier.BIRTH;
                    if (!shareRecordedParent(kin.fromPersonId(), kin.toPersonId())) {
                        parentsOf.computeIfAbsent(kin.fromPersonId(), k -> new ArrayList<>())
                                .add(new ParentLink(shared, how));
                        parentsOf.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>())
                                .add(new ParentLink(shared, how));
                        if (kin.qualifier() == KinQualifier.FULL) {
                            String second = "unrecorded-parent-" + synthetic++;
                            parentsOf.get(kin.fromPersonId()).add(new ParentLink(second, how));
                            parentsOf.get(kin.toPersonId()).add(new ParentLink(second, how));
                        } else {
                            // Half or step: each has another parent of their own.
                            parentsOf.get(kin.fromPersonId())
                                    .add(new ParentLink("unrecorded-parent-" + synthetic++, how));
                            parentsOf.get(kin.toPersonId())
                                    .add(new ParentLink("unrecorded-parent-" + synthetic++, how));
                        }
                    }
                }
            }
        }
    }

    /** How {@code personId} is related to the young person by kinship, if any recorded kinship links them. */
    public Optional<Relationship> relationshipTo(String youngPersonId, String personId) {
        if (youngPersonId.equals(personId)) {
            return Optional.of(new Relationship("you", null, 0, 0, true));
        }
        var blood = byCommonAncestor(youngPersonId, personId);
        if (blood.isPresent()) {
            return blood;
        }
        return byPartnership(youngPersonId, personId);
    }

    private Optional<Relationship> byCommonAncestor(String youngPersonId, String personId) {
        var mine = ancestors(youngPersonId);
        var theirs = ancestors(personId);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Walk the smaller family line and look up in the larger: the young person's is asked about every time.
        boolean theirsSmaller = theirs.size() < mine.size();
        for (var entry : (theirsSmaller ? theirs : mine).entrySet()) {
            var other = (theirsSmaller ? mine : theirs).get(entry.getKey());
            if (other != null) {
                int distance = entry.getValue().generations() + other.generations();
                if (distance < bestDistance || distance == bestDistance && entry.getKey().compareTo(best) < 0) {
                    bestDistance = distance;
                    best = entry.getKey();
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        var up = mine.get(best);
        var down = theirs.get(best);
        int sharedAtTop = countSharedAncestorsAt(theirsSmaller ? theirs : mine, theirsSmaller ? mine : theirs,
                theirsSmaller ? down.generations() : up.generations(),
                theirsSmaller ? up.generations() : down.generations());
        // Half only when both lines are known to have another ancestor there who is not shared: one recorded
        // grandparent is not evidence of a half-aunt.
        boolean half = up.generations() > 0 && down.generations() > 0 && sharedAtTop < 2
                && countAt(youngPersonId, up.generations()) >= 2 && countAt(personId, down.generations()) >= 2;
        String side = up.generations() >= 2 ? sideOf(up.firstParentId()) : null;
        String words = name(up.generations(), down.generations(), sexOf(personId), half);
        String qualifier = qualifierWord(up, down);
        if (qualifier != null) {
            words = qualifier + words;
        }
        if (side != null) {
            words = side + " " + words;
        }
        return Optional.of(new Relationship(words, side, up.generations(), down.generations(),
                up.biological() && down.biological()));
    }

    private Optional<Relationship> byPartnership(String youngPersonId, String personId) {
        for (String partner : partnersOf.getOrDefault(personId, List.of())) {
            var relative = byCommonAncestor(youngPersonId, partner);
            if (relative.isEmpty()) {
                continue;
            }
            var r = relative.get();
            boolean former = partnerStatus.get(pairKey(personId, partner)) == KinQualifier.FORMER;
            String words;
            if (r.generationsUp() >= 1 && r.generationsDown() == 0) {
                words = "step-" + name(r.generationsUp(), 0, sexOf(personId), false);
            } else if (r.generationsUp() == 0 && r.generationsDown() == 1) {
                words = gendered(sexOf(personId), "son-in-law", "daughter-in-law", "child-in-law");
            } else if (r.generationsUp() == 1 && r.generationsDown() == 1) {
                words = gendered(sexOf(personId), "brother-in-law", "sister-in-law", "sibling-in-law");
            } else {
                words = "partner of your " + r.words();
            }
            return Optional.of(new Relationship(former ? "former " + words : words, r.side(), r.generationsUp(),
                    r.generationsDown(), false));
        }
        return Optional.empty();
    }

    /** Every ancestor with the shortest number of generations up to them; the person themself at 0. */
    private Map<String, Ancestry> ancestors(String personId) {
        return ancestorsOf.computeIfAbsent(personId, this::findAncestors);
    }

    private Map<String, Ancestry> findAncestors(String personId) {
        var found = new HashMap<String, Ancestry>();
        found.put(personId, new Ancestry(0, null, true, null));
        var queue = new ArrayDeque<String>();
        queue.add(personId);
        while (!queue.isEmpty()) {
            String child = queue.poll();
            var here = found.get(child);
            if (here.generations() >= MAX_GENERATIONS) {
                continue;
            }
            for (var link : parentsOf.getOrDefault(child, List.of())) {
                if (found.containsKey(link.parentId())) {
                    continue;
                }
                boolean biological = here.biological() && link.qualifier() == KinQualifier.BIRTH;
                String first = here.generations() == 0 ? link.parentId() : here.firstParentId();
                KinQualifier firstQualifier = here.generations() == 0 ? link.qualifier() : here.firstQualifier();
                found.put(link.parentId(), new Ancestry(here.generations() + 1, first, biological, firstQualifier));
                queue.add(link.parentId());
            }
        }
        return found;
    }

    private int countAt(String personId, int generations) {
        var counts = ancestorsByGeneration.computeIfAbsent(personId, id -> {
            int[] byGeneration = new int[MAX_GENERATIONS + 1];
            ancestors(id).values().forEach(a -> byGeneration[a.generations()]++);
            return byGeneration;
        });
        return counts[generations];
    }

    private static int countSharedAncestorsAt(Map<String, Ancestry> mine, Map<String, Ancestry> theirs, int up,
            int down) {
        int shared = 0;
        for (var entry : mine.entrySet()) {
            var other = theirs.get(entry.getKey());
            if (other != null && entry.getValue().generations() == up && other.generations() == down) {
                shared++;
            }
        }
        return shared;
    }

    private String qualifierWord(Ancestry up, Ancestry down) {
        KinQualifier how = up.generations() > 0 ? up.firstQualifier() : down.firstQualifier();
        if (up.biological() && down.biological() || how == null) {
            return null;
        }
        return switch (how) {
            case ADOPTIVE -> "adoptive ";
            case FOSTER -> "foster ";
            case STEP -> "step-";
            default -> null;
        };
    }

    private String sideOf(String parentId) {
        return switch (sexOf(parentId)) {
            case FEMALE -> "maternal";
            case MALE -> "paternal";
            default -> null;
        };
    }

    private Sex sexOf(String personId) {
        var person = people.get(personId);
        return person == null ? Sex.UNKNOWN : person.sex();
    }

    /**
     * Names a relationship from the generations up from the young person to the common ancestor and down from it
     * to the other person.
     */
    static String name(int up, int down, Sex sex, boolean half) {
        String halfWord = half ? "half-" : "";
        if (down == 0) {
            return greats(up - 2) + (up >= 2 ? "grand" : "")
                    + gendered(sex, "father", "mother", "parent");
        }
        if (up == 0) {
            return greats(down - 2) + (down >= 2 ? "grand" : "") + gendered(sex, "son", "daughter", "child");
        }
        if (up == 1 && down == 1) {
            return halfWord + gendered(sex, "brother", "sister", "sibling");
        }
        if (down == 1) {
            return greats(up - 2) + halfWord + gendered(sex, "uncle", "aunt", "aunt or uncle");
        }
        if (up == 1) {
            return greats(down - 2) + halfWord + gendered(sex, "nephew", "niece", "niece or nephew");
        }
        int degree = Math.min(up, down) - 1;
        int removed = Math.abs(up - down);
        String cousin = ordinal(degree) + " cousin";
        return halfWord + (removed == 0 ? cousin : cousin + " " + times(removed) + " removed");
    }

    private static String greats(int count) {
        return count <= 0 ? "" : "great-".repeat(count);
    }

    private static String gendered(Sex sex, String male, String female, String neutral) {
        return switch (sex) {
            case MALE -> male;
            case FEMALE -> female;
            default -> neutral;
        };
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> n + "th";
        };
    }

    private static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }

    private boolean shareRecordedParent(String a, String b) {
        var parentsA = parentsOf.getOrDefault(a, List.of()).stream().map(ParentLink::parentId).toList();
        return parentsOf.getOrDefault(b, List.of()).stream().anyMatch(l -> parentsA.contains(l.parentId()));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /**
     * A relationship to the young person.
     *
     * @param words           in plain words, e.g. "maternal aunt" or "first cousin once removed"
     * @param side            "maternal" or "paternal" where the path says so
     * @param generationsUp   generations from the young person up to the common ancestor
     * @param generationsDown generations from the common ancestor down to the person
     * @param biological      whether every link on the path is a birth link
     */
    public record Relationship(String words, String side, int generationsUp, int generationsDown,
            boolean biological) {
    }
}
