package org.lifelonglinks.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;

/**
 * Compares the calculator with a brute-force one on generated trees: the brute force lists every path up from
 * both people, keeps the pairs meeting at an ancestor with the fewest generations in all, and applies the rules
 * of docs/analysis-and-chart.md to each pair directly, with no breadth-first walk and nothing kept. The same
 * tree with its kinship shuffled and everyone given new identifiers must get the same words.
 */
class RelationshipCalculatorCrossCheckTests {

    private static final String YOU = "you";

    @Test
    void agreesWithABruteForceCalculatorAndIgnoresIdentifiersAndOrderOnGeneratedTrees() {
        int compared = 0;
        for (long seed = 1; seed <= 300; seed++) {
            var random = new Random(seed);
            var tree = generate(random);
            var calculator = new RelationshipCalculator(tree);
            var renamed = renamedAndShuffled(tree, random);
            var other = new RelationshipCalculator(renamed.network());
            var brute = new BruteForce(tree);
            for (var person : tree.people()) {
                String expected = brute.words(person.id());
                String actual = calculator.relationshipTo(YOU, person.id())
                        .map(RelationshipCalculator.Relationship::words).orElse(null);
                assertThat(actual).as("seed %d, %s", seed, person.id()).isEqualTo(expected);
                assertThat(other.relationshipTo(renamed.youngPersonId(), renamed.ids().get(person.id()))
                        .map(RelationshipCalculator.Relationship::words).orElse(null))
                        .as("seed %d, %s renamed", seed, person.id()).isEqualTo(expected);
                compared += expected == null ? 0 : 1;
            }
        }
        assertThat(compared).as("relationships compared").isGreaterThan(3_000);
    }

    /** Six generations of eight, each with up to two parents from the one above; you in the youngest. */
    private static Network generate(Random random) {
        var people = new ArrayList<Person>();
        var kinship = new ArrayList<Kin>();
        var byGeneration = new ArrayList<List<String>>();
        for (int g = 0; g < 6; g++) {
            var generation = new ArrayList<String>();
            for (int i = 0; i < 8; i++) {
                String id = g == 5 && i == 0 ? YOU : "p" + g + "-" + i;
                generation.add(id);
                if (!id.equals(YOU)) {
                    var sex = Sex.values()[random.nextInt(Sex.values().length)];
                    people.add(new Person(id, id, "Generated", List.of(), null, null, null, sex, false, null, null));
                }
                if (g > 0) {
                    var above = byGeneration.get(g - 1);
                    int parents = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 4 ? 1 : 2;
                    var chosen = new HashSet<String>();
                    while (chosen.size() < parents) {
                        chosen.add(above.get(random.nextInt(above.size())));
                    }
                    chosen.forEach(p -> kinship.add(new Kin(p, id, KinKind.PARENT, KinQualifier.BIRTH)));
                }
            }
            byGeneration.add(generation);
        }
        var everyone = byGeneration.stream().flatMap(List::stream).toList();
        for (int i = 0; i < 12; i++) {
            String a = everyone.get(random.nextInt(everyone.size()));
            String b = everyone.get(random.nextInt(everyone.size()));
            if (!a.equals(b)) {
                kinship.add(new Kin(a, b, KinKind.PARTNER,
                        random.nextBoolean() ? KinQualifier.CURRENT : KinQualifier.FORMER));
            }
        }
        var connections = people.stream().map(p -> new Connection("c" + p.id(), p.id(), null, Category.FAMILY, null,
                null, Baseline.NEVER_MET, false, Instant.EPOCH)).toList();
        return new Network(youngPerson(YOU), people, connections, kinship);
    }

    private record Renamed(Network network, String youngPersonId, Map<String, String> ids) {
    }

    private static Renamed renamedAndShuffled(Network tree, Random random) {
        var ids = new HashMap<String, String>();
        ids.put(YOU, UUID.randomUUID().toString());
        tree.people().forEach(p -> ids.put(p.id(), UUID.randomUUID().toString()));
        var people = new ArrayList<>(tree.people().stream().map(p -> new Person(ids.get(p.id()), p.givenName(),
                p.familyName(), List.of(), null, null, null, p.sex(), false, null, null)).toList());
        var kinship = new ArrayList<>(tree.kinship().stream().map(k -> new Kin(ids.get(k.fromPersonId()),
                ids.get(k.toPersonId()), k.kind(), k.qualifier())).toList());
        Collections.shuffle(people, random);
        Collections.shuffle(kinship, random);
        var connections = people.stream().map(p -> new Connection("c" + p.id(), p.id(), null, Category.FAMILY, null,
                null, Baseline.NEVER_MET, false, Instant.EPOCH)).toList();
        return new Renamed(new Network(youngPerson(ids.get(YOU)), people, connections, kinship), ids.get(YOU), ids);
    }

    private static YoungPerson youngPerson(String id) {
        return new YoungPerson(id, "Robin", "Generated", LocalDate.of(2012, 1, 1), "L1", "east", WorkStatus.REFERRED,
                LocalDate.of(2026, 1, 1), List.of(), List.of());
    }

    /** The rules applied to every pair of paths, slowly and directly. */
    private static final class BruteForce {

        private final Map<String, List<String>> parents = new HashMap<>();
        private final Map<String, Sex> sexes = new HashMap<>();
        private final List<Kin> partnerships = new ArrayList<>();

        /** Words, with the total generations between the two people (for comparing partnerships). */
        private record Named(String words, int up, int down) {
            int distance() {
                return up + down;
            }
        }

        BruteForce(Network network) {
            network.people().forEach(p -> sexes.put(p.id(), p.sex()));
            for (var kin : network.kinship()) {
                if (kin.kind() == KinKind.PARENT) {
                    parents.computeIfAbsent(kin.toPersonId(), k -> new ArrayList<>()).add(kin.fromPersonId());
                } else if (kin.kind() == KinKind.PARTNER) {
                    partnerships.add(kin);
                }
            }
        }

        String words(String person) {
            var blood = blood(person);
            Named partner = null;
            boolean partnerFormer = false;
            for (var kin : partnerships) {
                String other = kin.fromPersonId().equals(person) ? kin.toPersonId()
                        : kin.toPersonId().equals(person) ? kin.fromPersonId() : null;
                if (other == null) {
                    continue;
                }
                boolean former = kin.qualifier() == KinQualifier.FORMER && !togetherAgain(person, other);
                Named candidate;
                if (other.equals(YOU)) {
                    candidate = new Named("partner", 0, 0);
                } else {
                    var relative = blood(other);
                    if (relative == null) {
                        continue;
                    }
                    candidate = new Named(partnerOf(relative, person), relative.up(), relative.down());
                }
                candidate = new Named((former ? "former " : "") + candidate.words(), candidate.up(), candidate.down());
                if (partner == null || Boolean.compare(former, partnerFormer) < 0 || former == partnerFormer
                        && (candidate.distance() < partner.distance() || candidate.distance() == partner.distance()
                                && candidate.words().compareTo(partner.words()) < 0)) {
                    partner = candidate;
                    partnerFormer = former;
                }
            }
            if (blood == null) {
                return partner == null ? null : partner.words();
            }
            if (partner != null && partner.distance() < blood.distance()) {
                String article = "aeiou".indexOf(blood.words().charAt(0)) >= 0 ? "an " : "a ";
                return partner.words() + "; also " + article + blood.words();
            }
            return blood.words();
        }

        private boolean togetherAgain(String a, String b) {
            return partnerships.stream().anyMatch(k -> k.qualifier() == KinQualifier.CURRENT
                    && (k.fromPersonId().equals(a) && k.toPersonId().equals(b)
                            || k.fromPersonId().equals(b) && k.toPersonId().equals(a)));
        }

        private String partnerOf(Named relative, String person) {
            var sex = sexes.getOrDefault(person, Sex.UNKNOWN);
            String[] inLaw = relative.up() == 0 && relative.down() == 1
                    ? new String[] {"son-in-law", "daughter-in-law", "child-in-law"}
                    : relative.up() == 1 && relative.down() == 1
                            ? new String[] {"brother-in-law", "sister-in-law", "sibling-in-law"} : null;
            if (relative.down() == 0) {
                return "step-" + RelationshipCalculator.name(relative.up(), 0, sex, false);
            }
            if (inLaw != null) {
                return inLaw[sex == Sex.MALE ? 0 : sex == Sex.FEMALE ? 1 : 2];
            }
            return "partner of your " + relative.words();
        }

        private Named blood(String person) {
            var mine = paths(YOU);
            var theirs = paths(person);
            int nearest = Integer.MAX_VALUE;
            for (var up : mine) {
                for (var down : theirs) {
                    if (up.getLast().equals(down.getLast())) {
                        nearest = Math.min(nearest, up.size() + down.size() - 2);
                    }
                }
            }
            if (nearest == Integer.MAX_VALUE) {
                return null;
            }
            // Every pair of paths meeting at the fewest generations, grouped by the ancestor they meet at.
            Map<String, List<List<String>[]>> byAncestor = new HashMap<>();
            for (var up : mine) {
                for (var down : theirs) {
                    if (up.getLast().equals(down.getLast()) && up.size() + down.size() - 2 == nearest) {
                        @SuppressWarnings("unchecked")
                        List<String>[] pair = new List[] {up, down};
                        byAncestor.computeIfAbsent(up.getLast(), k -> new ArrayList<>()).add(pair);
                    }
                }
            }
            var names = new ArrayList<Named>();
            byAncestor.values().forEach(pairs -> {
                boolean half = pairs.stream().allMatch(pair -> pair[0].size() > 1 && pair[1].size() > 1
                        && halfSiblings(pair[0].get(pair[0].size() - 2), pair[1].get(pair[1].size() - 2)));
                for (var pair : pairs) {
                    names.add(new Named(name(pair[0], pair[1], person, half), pair[0].size() - 1,
                            pair[1].size() - 1));
                }
            });
            return names.stream().min(Comparator.comparing(Named::words)).orElseThrow();
        }

        private String name(List<String> up, List<String> down, String person, boolean half) {
            int u = up.size() - 1;
            int d = down.size() - 1;
            String words = RelationshipCalculator.name(u, d, sexes.getOrDefault(person, Sex.UNKNOWN), half);
            String side = u < 2 ? null : switch (sexes.getOrDefault(up.get(1), Sex.UNKNOWN)) {
                case MALE -> "paternal";
                case FEMALE -> "maternal";
                default -> null;
            };
            return side == null ? words : side + " " + words;
        }

        private boolean halfSiblings(String a, String b) {
            Set<String> pa = new HashSet<>(parents.getOrDefault(a, List.of()));
            Set<String> pb = new HashSet<>(parents.getOrDefault(b, List.of()));
            var shared = new HashSet<>(pa);
            shared.retainAll(pb);
            return shared.size() == 1 && pa.size() > 1 && pb.size() > 1;
        }

        /** Every path up from the person (the person first, the ancestor last), the person alone included. */
        private List<List<String>> paths(String person) {
            var all = new ArrayList<List<String>>();
            var path = new ArrayList<String>();
            path.add(person);
            walk(path, all);
            return all;
        }

        private void walk(List<String> path, List<List<String>> all) {
            all.add(List.copyOf(path));
            for (String parent : parents.getOrDefault(path.getLast(), List.of())) {
                path.add(parent);
                walk(path, all);
                path.removeLast();
            }
        }
    }
}
