package org.lifelonglinks.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;

/**
 * Names how a person is related to the young person from recorded kinship, the way genealogy software does:
 * find the common ancestor nearest to both (through {@code PARENT_OF} facts), count the generations from each
 * side, and name the pair of counts (parent, aunt, first cousin once removed …), adding the side of the family,
 * half, step, adoptive and foster where the path says so. Explicit sibling facts stand for a shared parent that
 * was not recorded. Partners of relatives (step-parents, in-laws) are named where there is no blood path, and
 * alongside a blood tie that is more distant than the partnership ("step-mother; also a maternal third cousin").
 *
 * <p>The answer depends only on the family's shape, sexes and qualifiers, never on identifiers or the order the
 * kinship arrives in: where two paths are equally near, the birth path wins, then the words that sort first.
 * So the words stored at import (file identifiers) and those the endpoint gives (database identifiers) agree.
 *
 * <p>Cost: one breadth-first walk up the parent links per person, kept for the calculator's life (the young
 * person's is walked once, not once per question), then a pass over the smaller of the two ancestries: O(A)
 * per question for A ancestors of the person asked about, O(V · A) for a whole network. Ancestry is shallow
 * (at most twelve generations are followed), so this stays close to linear in the network's size.
 */
public final class RelationshipCalculator {

    private static final int MAX_GENERATIONS = 12;
    /** How many people's ancestors are kept for later questions. */
    private static final int CACHED_ANCESTRIES = 1_000;

    /** Equally near answers: birth before other ties, then the words in order, so nothing depends on ids. */
    private static final Comparator<Relationship> NEARER_FIRST = Comparator
            .comparingInt((Relationship r) -> r.generationsUp() + r.generationsDown())
            .thenComparing(r -> !r.biological())
            .thenComparing(Relationship::words);

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, List<ParentLink>> parentsOf = new HashMap<>();
    private final Map<String, List<String>> partnersOf = new HashMap<>();
    private final Map<String, KinQualifier> partnerStatus = new HashMap<>();
    private final Map<String, Map<String, Ancestry>> ancestorsOf = new HashMap<>();

    /** A parent link seen from the child: who the parent is, and how. */
    private record ParentLink(String parentId, KinQualifier qualifier) {
    }

    /** One way up to an ancestor: through which of the person's parents, whether all birth links, how first. */
    private record Route(String firstParentId, boolean biological, KinQualifier firstQualifier) {
    }

    /**
     * An ancestor reached by walking up: the fewest generations, every way up at that count, and the ancestor's
     * children those ways pass through (the ones the half test asks about).
     */
    private record Ancestry(int generations, Set<Route> routes, Set<String> through) {
    }

    public RelationshipCalculator(Network network) {
        var yp = network.youngPerson();
        people.put(yp.id(), new Person(yp.id(), yp.givenName(), yp.familyName(), List.of(), null, yp.dateOfBirth(),
                yp.dateOfBirth().getYear(), Sex.UNKNOWN, false, null, null));
        network.people().forEach(p -> people.put(p.id(), p));
        var siblings = new ArrayList<Kin>();
        for (var kin : network.kinship()) {
            switch (kin.kind()) {
                case PARENT, CHILD -> parentsOf.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>())
                        .add(new ParentLink(kin.fromPersonId(), kin.qualifier()));
                case PARTNER -> {
                    partnersOf.computeIfAbsent(kin.fromPersonId(), k -> new ArrayList<>()).add(kin.toPersonId());
                    partnersOf.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>()).add(kin.fromPersonId());
                    // A couple recorded twice (former, then together again) counts as its nearest status.
                    partnerStatus.merge(pairKey(kin.fromPersonId(), kin.toPersonId()), kin.qualifier(),
                            (a, b) -> a == KinQualifier.FORMER ? b : a);
                }
                case SIBLING -> siblings.add(kin);
            }
        }
        // After every parent link is known, so that the order kinship arrives in changes nothing.
        int synthetic = 0;
        for (var kin : siblings) {
            if (shareRecordedParent(kin.fromPersonId(), kin.toPersonId())) {
                continue;
            }
            // Siblings whose parents are not recorded share an unrecorded parent.
            KinQualifier how = kin.qualifier() == KinQualifier.STEP ? KinQualifier.STEP : KinQualifier.BIRTH;
            String shared = "unrecorded-parent-" + synthetic++;
            addParent(kin.fromPersonId(), shared, how);
            addParent(kin.toPersonId(), shared, how);
            if (kin.qualifier() == KinQualifier.FULL) {
                String second = "unrecorded-parent-" + synthetic++;
                addParent(kin.fromPersonId(), second, how);
                addParent(kin.toPersonId(), second, how);
            } else {
                // Half or step: each has another parent of their own.
                addParent(kin.fromPersonId(), "unrecorded-parent-" + synthetic++, how);
                addParent(kin.toPersonId(), "unrecorded-parent-" + synthetic++, how);
            }
        }
    }

    private void addParent(String child, String parent, KinQualifier how) {
        parentsOf.computeIfAbsent(child, k -> new ArrayList<>()).add(new ParentLink(parent, how));
    }

    /** How {@code personId} is related to the young person by kinship, if any recorded kinship links them. */
    public Optional<Relationship> relationshipTo(String youngPersonId, String personId) {
        if (youngPersonId.equals(personId)) {
            return Optional.of(new Relationship("you", null, 0, 0, true));
        }
        var blood = byCommonAncestor(youngPersonId, personId);
        var partnership = byPartnership(youngPersonId, personId);
        if (blood.isEmpty()) {
            return partnership.map(PartnerOf::relationship);
        }
        var b = blood.get();
        // A step-mother who is also a distant cousin is both: the nearer tie first, the blood tie kept.
        if (partnership.isPresent() && partnership.get().distance() < b.generationsUp() + b.generationsDown()) {
            String also = partnership.get().relationship().words() + "; also " + article(b.words()) + b.words();
            return Optional.of(new Relationship(also, b.side(), b.generationsUp(), b.generationsDown(),
                    b.biological()));
        }
        return blood;
    }

    private Optional<Relationship> byCommonAncestor(String youngPersonId, String personId) {
        var mine = ancestors(youngPersonId);
        var theirs = ancestors(personId);
        int nearest = Integer.MAX_VALUE;
        var common = new ArrayList<String>();
        // Walk the smaller family line and look up in the larger: the young person's is asked about every time.
        boolean theirsSmaller = theirs.size() < mine.size();
        for (var entry : (theirsSmaller ? theirs : mine).entrySet()) {
            var other = (theirsSmaller ? mine : theirs).get(entry.getKey());
            if (other == null) {
                continue;
            }
            int distance = entry.getValue().generations() + other.generations();
            if (distance < nearest) {
                nearest = distance;
                common.clear();
            }
            if (distance == nearest) {
                common.add(entry.getKey());
            }
        }
        Relationship best = null;
        for (String ancestor : common) {
            var up = mine.get(ancestor);
            var down = theirs.get(ancestor);
            boolean half = up.generations() > 0 && down.generations() > 0 && half(up.through(), down.through());
            for (var upRoute : up.routes()) {
                for (var downRoute : down.routes()) {
                    var candidate = named(up.generations(), down.generations(), upRoute, downRoute, personId, half);
                    if (best == null || NEARER_FIRST.compare(candidate, best) < 0) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Relationship named(int up, int down, Route upRoute, Route downRoute, String personId, boolean half) {
        String side = up >= 2 ? sideOf(upRoute.firstParentId()) : null;
        String words = name(up, down, sexOf(personId), half);
        String qualifier = qualifierWord(up > 0 ? upRoute : downRoute, upRoute.biological()
                && downRoute.biological());
        if (qualifier != null) {
            words = qualifier + words;
        }
        if (side != null) {
            words = side + " " + words;
        }
        return new Relationship(words, side, up, down, upRoute.biological() && downRoute.biological());
    }

    /**
     * Half only on evidence: the common ancestor's two children (one on each line) share exactly one recorded
     * parent, and each has a second recorded parent who is not the other's. A child with one recorded parent is
     * no evidence; where several children lie on equally short lines, every pair must show it.
     */
    private boolean half(Set<String> mineThrough, Set<String> theirsThrough) {
        for (String a : mineThrough) {
            for (String b : theirsThrough) {
                var parentsA = parentsForHalf(a);
                var parentsB = parentsForHalf(b);
                long shared = parentsA.stream().filter(parentsB::contains).count();
                boolean eachHasAnother = parentsA.stream().anyMatch(p -> !parentsB.contains(p))
                        && parentsB.stream().anyMatch(p -> !parentsA.contains(p));
                if (shared != 1 || !eachHasAnother) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Birth and adoptive parents: a step-parent or foster carer does not make anyone a half-sibling. */
    private Set<String> parentsForHalf(String child) {
        var parents = new HashSet<String>();
        for (var link : parentsOf.getOrDefault(child, List.of())) {
            if (link.qualifier() != KinQualifier.STEP && link.qualifier() != KinQualifier.FOSTER) {
                parents.add(link.parentId());
            }
        }
        return parents;
    }

    /** A partnership with a relative, and how near that relative is. */
    private record PartnerOf(Relationship relationship, boolean former, int distance) {
    }

    /** Of the person's partners who are relatives, the current before the former, then the nearer. */
    private Optional<PartnerOf> byPartnership(String youngPersonId, String personId) {
        PartnerOf best = null;
        for (String partner : partnersOf.getOrDefault(personId, List.of())) {
            boolean former = partnerStatus.get(pairKey(personId, partner)) == KinQualifier.FORMER;
            Relationship r;
            if (partner.equals(youngPersonId)) {
                r = new Relationship("partner", null, 0, 0, false);
            } else {
                var relative = byCommonAncestor(youngPersonId, partner);
                if (relative.isEmpty()) {
                    continue;
                }
                r = relative.get();
            }
            var candidate = new PartnerOf(new Relationship((former ? "former " : "") + partnerWords(r, personId),
                    r.side(), r.generationsUp(), r.generationsDown(), false), former,
                    r.generationsUp() + r.generationsDown());
            if (best == null || PARTNER_ORDER.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Comparator<PartnerOf> PARTNER_ORDER = Comparator.comparing(PartnerOf::former)
            .thenComparingInt(PartnerOf::distance)
            .thenComparing(p -> p.relationship().words());

    /** The partner of someone related by {@code r}: step-parent, in-law, or "partner of your …". */
    private String partnerWords(Relationship r, String personId) {
        if (r.generationsUp() == 0 && r.generationsDown() == 0) {
            return r.words();
        }
        if (r.generationsUp() >= 1 && r.generationsDown() == 0) {
            return "step-" + name(r.generationsUp(), 0, sexOf(personId), false);
        }
        if (r.generationsUp() == 0 && r.generationsDown() == 1) {
            return gendered(sexOf(personId), "son-in-law", "daughter-in-law", "child-in-law");
        }
        if (r.generationsUp() == 1 && r.generationsDown() == 1) {
            return gendered(sexOf(personId), "brother-in-law", "sister-in-law", "sibling-in-law");
        }
        return "partner of your " + r.words();
    }

    private static String article(String words) {
        return "aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ";
    }

    /** Every ancestor with the fewest generations up to them; the person themself at 0. */
    private Map<String, Ancestry> ancestors(String personId) {
        var cached = ancestorsOf.get(personId);
        if (cached != null) {
            return cached;
        }
        var found = findAncestors(personId);
        // Bounded: a family tree's import asks once about each of its people (issue 18: 160,000 people's ancestors
        // held at once filled a 1 GB heap); the young person, asked about every time, is the first one kept.
        if (ancestorsOf.size() < CACHED_ANCESTRIES) {
            ancestorsOf.put(personId, found);
        }
        return found;
    }

    /**
     * Breadth-first, a generation at a time: everyone at generation g is reached only from generation g - 1,
     * all of which is complete before anyone at g is walked from, so every equally short way up is gathered.
     */
    private Map<String, Ancestry> findAncestors(String personId) {
        var found = new HashMap<String, Ancestry>();
        found.put(personId, new Ancestry(0, Set.of(new Route(null, true, null)), Set.of()));
        var queue = new ArrayDeque<String>();
        queue.add(personId);
        while (!queue.isEmpty()) {
            String child = queue.poll();
            var here = found.get(child);
            if (here.generations() >= MAX_GENERATIONS) {
                continue;
            }
            for (var link : parentsOf.getOrDefault(child, List.of())) {
                var known = found.get(link.parentId());
                if (known != null && known.generations() <= here.generations()) {
                    continue;
                }
                if (known == null) {
                    known = new Ancestry(here.generations() + 1, new HashSet<>(), new HashSet<>());
                    found.put(link.parentId(), known);
                    queue.add(link.parentId());
                }
                known.through().add(child);
                for (var route : here.routes()) {
                    boolean biological = route.biological() && link.qualifier() == KinQualifier.BIRTH;
                    known.routes().add(here.generations() == 0
                            ? new Route(link.parentId(), biological, link.qualifier())
                            : new Route(route.firstParentId(), biological, route.firstQualifier()));
                }
            }
        }
        return found;
    }

    private static String qualifierWord(Route route, boolean biological) {
        KinQualifier how = route.firstQualifier();
        if (biological || how == null) {
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
