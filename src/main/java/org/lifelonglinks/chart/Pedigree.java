package org.lifelonglinks.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lifelonglinks.chart.ChartData.KinLine;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * The families a genogram draws, read from kinship: which generation (row) each person is in, which partners are
 * joined, and which children hang from which set of parents (a sibship).
 *
 * <p>A child's parents are grouped by the kind of parenthood, so a child who is adopted or fostered belongs to two
 * sibships: one under the birth parents, one under the adoptive or foster parents. Two parents of one kind form a
 * couple (birth parents always; others when they are recorded as partners); a lone parent, or a step-parent, is a
 * sibship of one. A recorded full sibling whose own parents are not recorded joins their sibling's birth sibship;
 * any other two siblings who share no recorded parent are joined by a sibship with no parents drawn.
 *
 * <p>Kinship that contradicts the generations (a parent not exactly one row above the child, partners or siblings
 * on different rows) cannot be drawn without crossing rows, so it is left out of the tree.
 */
final class Pedigree {

    /**
     * Children of one set of parents.
     *
     * @param index    a stable number, in the order sibships were found
     * @param parents  one or two parents, or none for siblings whose parents are not recorded
     * @param children each child with the stroke of the line that joins them to these parents
     */
    record Sibship(int index, List<String> parents, Map<String, Stroke> children) {

        boolean parentless() {
            return parents.isEmpty();
        }
    }

    /** Two partners on one row; co-parents with no recorded partnership are a couple too. */
    record Couple(String first, String second, boolean former) {

        boolean joins(String a, String b) {
            return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
        }
    }

    private static final List<String> PARENTHOOD = List.of("BIRTH", "ADOPTIVE", "FOSTER", "STEP");

    final String youngPersonId;
    /** Row of each person, 0 at the top, in the order people were reached from the young person. */
    final Map<String, Integer> row;
    final int rowCount;
    final List<Sibship> sibships;
    final List<Couple> couples;
    final Map<String, List<Sibship>> asChild = new HashMap<>();
    final Map<String, List<Sibship>> asParent = new HashMap<>();

    private Pedigree(String youngPersonId, Map<String, Integer> row, List<Sibship> sibships, List<Couple> couples) {
        this.youngPersonId = youngPersonId;
        this.row = row;
        this.rowCount = row.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        this.sibships = sibships;
        this.couples = couples;
        for (var sibship : sibships) {
            sibship.children().keySet().forEach(c -> asChild.computeIfAbsent(c, k -> new ArrayList<>()).add(sibship));
            sibship.parents().forEach(p -> asParent.computeIfAbsent(p, k -> new ArrayList<>()).add(sibship));
        }
    }

    static Pedigree of(ChartData data) {
        var generation = generations(data);
        int top = generation.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        var row = new LinkedHashMap<String, Integer>();
        generation.forEach((id, g) -> row.put(id, g - top));

        var partnerLinks = new ArrayList<KinLine>();
        var parentLinks = new TreeMap<String, List<KinLine>>();
        var siblingLinks = new ArrayList<KinLine>();
        for (var kin : data.kinship()) {
            Integer from = row.get(kin.fromId());
            Integer to = row.get(kin.toId());
            if (from == null || to == null || kin.fromId().equals(kin.toId())) {
                continue;
            }
            switch (kin.kind()) {
                case "PARENT" -> {
                    if (to == from + 1) {
                        parentLinks.computeIfAbsent(kin.toId(), k -> new ArrayList<>()).add(kin);
                    }
                }
                case "PARTNER" -> {
                    if (from.equals(to)) {
                        partnerLinks.add(kin);
                    }
                }
                case "SIBLING" -> {
                    if (from.equals(to)) {
                        siblingLinks.add(kin);
                    }
                }
                default -> { }
            }
        }
        var couples = new ArrayList<Couple>();
        for (var link : partnerLinks) {
            if (couples.stream().noneMatch(c -> c.joins(link.fromId(), link.toId()))) {
                couples.add(new Couple(link.fromId(), link.toId(), "FORMER".equals(link.qualifier())));
            }
        }

        var byParents = new LinkedHashMap<List<String>, Sibship>();
        var birth = new HashMap<String, Sibship>();
        for (var entry : parentLinks.entrySet()) {
            String child = entry.getKey();
            for (String kind : PARENTHOOD) {
                var parents = entry.getValue().stream().filter(k -> kind.equals(qualifier(k))).map(KinLine::fromId)
                        .distinct().sorted().toList();
                for (var set : pairUp(parents, kind.equals("BIRTH"), couples)) {
                    var sibship = byParents.computeIfAbsent(set,
                            s -> new Sibship(byParents.size(), s, new LinkedHashMap<>()));
                    sibship.children().putIfAbsent(child, stroke(kind));
                    if (kind.equals("BIRTH")) {
                        birth.putIfAbsent(child, sibship);
                    }
                }
            }
        }
        for (var sibship : byParents.values()) {
            if (sibship.parents().size() == 2 && couples.stream()
                    .noneMatch(c -> c.joins(sibship.parents().get(0), sibship.parents().get(1)))) {
                couples.add(new Couple(sibship.parents().get(0), sibship.parents().get(1), false));
            }
        }
        var sibships = new ArrayList<>(byParents.values());
        joinSiblings(siblingLinks, parentLinks.keySet(), birth, sibships);
        return new Pedigree(data.youngPersonId(), row, sibships, couples);
    }

    /** Generations relative to the young person (0); parents -1, children +1. Unlinked people are left out. */
    static Map<String, Integer> generations(ChartData data) {
        var known = new HashSet<String>();
        known.add(data.youngPersonId());
        data.members().forEach(m -> known.add(m.id()));
        var links = new HashMap<String, List<Map.Entry<String, Integer>>>();
        for (KinLine kin : data.kinship()) {
            int delta = kin.kind().equals("PARENT") ? 1 : 0;
            links.computeIfAbsent(kin.fromId(), k -> new ArrayList<>()).add(Map.entry(kin.toId(), delta));
            links.computeIfAbsent(kin.toId(), k -> new ArrayList<>()).add(Map.entry(kin.fromId(), -delta));
        }
        var generation = new LinkedHashMap<String, Integer>();
        generation.put(data.youngPersonId(), 0);
        var queue = new ArrayDeque<String>();
        queue.add(data.youngPersonId());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (var link : links.getOrDefault(id, List.of())) {
                if (known.contains(link.getKey()) && !generation.containsKey(link.getKey())) {
                    generation.put(link.getKey(), generation.get(id) + link.getValue());
                    queue.add(link.getKey());
                }
            }
        }
        return generation;
    }

    /** Birth parents pair up in order; parents of another kind only when they are partners. */
    private static List<List<String>> pairUp(List<String> parents, boolean birth, List<Couple> couples) {
        var left = new ArrayList<>(parents);
        var sets = new ArrayList<List<String>>();
        while (!left.isEmpty()) {
            String first = left.removeFirst();
            String second = left.stream().filter(p -> couples.stream().anyMatch(c -> c.joins(first, p))).findFirst()
                    .orElse(birth && !left.isEmpty() ? left.getFirst() : null);
            if (second == null) {
                sets.add(List.of(first));
            } else {
                left.remove(second);
                sets.add(List.of(first, second));
            }
        }
        return sets;
    }

    /**
     * Siblings are drawn only through parents. A full sibling with no recorded parents hangs from their sibling's
     * birth parents; siblings who still share no sibship get one with no parents, so they read as siblings.
     */
    private static void joinSiblings(List<KinLine> links, Set<String> withParents, Map<String, Sibship> birth,
            List<Sibship> sibships) {
        var full = new Groups();
        links.stream().filter(k -> !"HALF".equals(qualifier(k)) && !"STEP".equals(qualifier(k)))
                .forEach(k -> full.join(k.fromId(), k.toId()));
        for (var group : full.groups()) {
            group.stream().filter(birth::containsKey).findFirst().map(birth::get).ifPresent(anchor -> group.stream()
                    .filter(id -> !withParents.contains(id))
                    .forEach(id -> anchor.children().putIfAbsent(id, Stroke.SOLID)));
        }
        var apart = new Groups();
        var stepOnly = new HashMap<String, Boolean>();
        for (var link : links) {
            boolean shared = sibships.stream().anyMatch(s -> s.children().containsKey(link.fromId())
                    && s.children().containsKey(link.toId()));
            if (!shared) {
                apart.join(link.fromId(), link.toId());
                boolean step = "STEP".equals(qualifier(link));
                stepOnly.merge(link.fromId(), step, Boolean::logicalAnd);
                stepOnly.merge(link.toId(), step, Boolean::logicalAnd);
            }
        }
        for (var group : apart.groups()) {
            // Step-siblings share no parent: their line is dashed like a step-parent's.
            Stroke stroke = group.stream().allMatch(stepOnly::get) ? Stroke.DASHED : Stroke.SOLID;
            var children = new LinkedHashMap<String, Stroke>();
            group.forEach(id -> children.put(id, stroke));
            sibships.add(new Sibship(sibships.size(), List.of(), children));
        }
    }

    private static String qualifier(KinLine kin) {
        return kin.qualifier() == null ? "" : kin.qualifier();
    }

    private static Stroke stroke(String parenthood) {
        return switch (parenthood) {
            case "ADOPTIVE", "STEP" -> Stroke.DASHED;
            case "FOSTER" -> Stroke.DOTTED;
            default -> Stroke.SOLID;
        };
    }

    /** Union-find over ids, giving groups in a fixed order (each sorted, by smallest id). */
    private static final class Groups {

        private final Map<String, String> parent = new HashMap<>();

        void join(String a, String b) {
            parent.put(find(a), find(b));
        }

        String find(String id) {
            parent.putIfAbsent(id, id);
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(id, root);
            return root;
        }

        List<List<String>> groups() {
            var byRoot = new TreeMap<String, TreeSet<String>>();
            new TreeSet<>(parent.keySet()).forEach(id -> byRoot.computeIfAbsent(find(id), r -> new TreeSet<>()).add(id));
            return byRoot.values().stream().map(s -> List.copyOf(s))
                    .sorted(Comparator.comparing(List::getFirst)).toList();
        }
    }
}
