package org.lifelonglinks.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.chart.Pedigree.Sibship;

/**
 * Orders the people on each row of a genogram and gives them x positions, the way layered graph drawing does
 * (Sugiyama): partners are kept side by side as one block, blocks are sorted by where their parents are (sweeping
 * down) and by where their children are (sweeping up), so each sibship stays together under its own parents.
 * Positions are then the closest, in least squares, to under the parents and over the children while keeping each
 * person's box and the lines between them apart (pool-adjacent-violators on the ordered row).
 *
 * <p>Where a sibship's line leaves its parents' row is decided here too ({@link Exit}): from the couple line, in
 * the gap between two partners who stand side by side, or from the side of a lone parent, never through a label.
 *
 * <p>Cost: a fixed number of sweeps, each O(V log V + E) plus, for each row, O(n²) in the people on it (finding
 * a person's place among their siblings). Measured on a shared two-core machine, the whole genogram takes well under
 * a second for 100 people and under two seconds for 400.
 */
final class RowPlacement {

    /** Least room between two people's boxes, for the lines that pass between them. */
    static final double GAP = 28;
    /** Least room between partners, for a couple line long enough to carry the former partners' mark. */
    static final double COUPLE_GAP = 64;
    /** Distance between lines passing down one gap. */
    static final double LANE = 14;
    private static final int SWEEPS = 6;

    /**
     * Where a sibship's line leaves its parents' row.
     *
     * @param person the lone parent it leaves from the side of, or null for the line between two partners
     * @param gap    the gap it goes down: gap g is right of the g-th person in the row, -1 left of the first
     * @param lane   its place in that gap
     */
    record Exit(Sibship sibship, String person, int gap, int lane, Side side) {
    }

    enum Side { LEFT, RIGHT, MIDDLE }

    private final Pedigree pedigree;
    private final Map<String, Double> half;
    final List<List<String>> rows = new ArrayList<>();
    final Map<String, Double> x = new HashMap<>();
    private final Map<Integer, List<Exit>> exitCache = new HashMap<>();
    private final Map<Sibship, List<Exit>> exitsOf = new HashMap<>();
    private final Map<String, List<Exit>> exitsInGap = new HashMap<>();
    private final Map<String, Side> sides = new HashMap<>();

    /** @param half half the width of each person's box: their symbol or label, whichever is wider */
    RowPlacement(Pedigree pedigree, Map<String, Double> half) {
        this.pedigree = pedigree;
        this.half = half;
        for (int r = 0; r < pedigree.rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        pedigree.row.forEach((id, r) -> rows.get(r).add(id));
        for (int r = 0; r < rows.size(); r++) {
            double at = 0;
            for (String id : rows.get(r)) {
                x.put(id, at + half.get(id));
                at += 2 * half.get(id) + GAP;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int r = 1; r < rows.size(); r++) {
                reorder(r, true);
            }
            for (int r = rows.size() - 2; r >= 0; r--) {
                reorder(r, false);
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            reorder(r, true);
        }
        // Which side a lone parent's line leaves from follows where the children are; once the order is final it
        // is fixed, so the room kept in each gap is the room its lines take.
        for (int r = 0; r < rows.size(); r++) {
            for (var exit : exits(r)) {
                if (exit.person() != null) {
                    sides.put(exit.sibship().index() + "|" + exit.person(), exit.side());
                }
            }
        }
        clearExits();
        for (int r = 0; r < rows.size(); r++) {
            settle(r);
        }
    }

    /** Moves people on a row as little as they must for every gap to hold its lines. */
    private void settle(int r) {
        var targets = new HashMap<String, Double>();
        rows.get(r).forEach(id -> targets.put(id, x.get(id)));
        place(r, targets);
    }

    private void reorder(int r, boolean down) {
        var row = rows.get(r);
        var key = new HashMap<String, Double>();
        for (String id : row) {
            double k = down ? fromParents(id) : fromChildren(id);
            if (!Double.isNaN(k)) {
                key.put(id, k);
            }
        }
        var blocks = blocks(row);
        var blockKey = new HashMap<List<String>, Double>();
        for (var block : blocks) {
            // A block with nothing pulling it this way (foster carers have no parents drawn) follows the other
            // way, so it does not stay wherever it happened to start.
            blockKey.put(block, block.stream().filter(key::containsKey).mapToDouble(key::get).average()
                    .orElseGet(() -> block.stream().mapToDouble(id -> down ? fromChildren(id) : fromParents(id))
                            .filter(k -> !Double.isNaN(k)).average()
                            .orElseGet(() -> block.stream().mapToDouble(x::get).average().orElseThrow())));
        }
        var sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble((List<String> b) -> blockKey.get(b))
                .thenComparingDouble(b -> b.stream().mapToDouble(x::get).average().orElseThrow()));
        var ordered = new ArrayList<String>();
        sorted.forEach(ordered::addAll);
        var next = new ArrayList<String>();
        for (var block : sorted) {
            next.addAll(orient(block, key, ordered));
        }
        rows.set(r, next);
        clearExits();
        place(r);
    }

    /** Partners stay side by side: each group of partners on a row is one block, a path through its couples. */
    private List<List<String>> blocks(List<String> row) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < row.size(); i++) {
            index.put(row.get(i), i);
        }
        var partners = new HashMap<String, List<String>>();
        for (var couple : pedigree.couples) {
            if (index.containsKey(couple.first()) && index.containsKey(couple.second())) {
                partners.computeIfAbsent(couple.first(), k -> new ArrayList<>()).add(couple.second());
                partners.computeIfAbsent(couple.second(), k -> new ArrayList<>()).add(couple.first());
            }
        }
        partners.values().forEach(list -> list.sort(Comparator.comparing(index::get)));
        var seen = new HashSet<String>();
        var blocks = new ArrayList<List<String>>();
        for (String id : row) {
            if (seen.contains(id)) {
                continue;
            }
            var component = new ArrayList<String>();
            var stack = new ArrayList<String>();
            stack.add(id);
            seen.add(id);
            while (!stack.isEmpty()) {
                String at = stack.removeLast();
                component.add(at);
                for (String p : partners.getOrDefault(at, List.of())) {
                    if (seen.add(p)) {
                        stack.add(p);
                    }
                }
            }
            // A chain of partners is walked from an end, so each couple stands side by side.
            String start = component.stream().filter(c -> partners.getOrDefault(c, List.of()).size() <= 1)
                    .min(Comparator.comparing(index::get)).orElse(component.getFirst());
            var path = new ArrayList<String>();
            var walked = new HashSet<String>();
            walk(start, partners, walked, path);
            blocks.add(path);
        }
        return blocks;
    }

    private static void walk(String at, Map<String, List<String>> partners, HashSet<String> walked, List<String> path) {
        walked.add(at);
        path.add(at);
        for (String p : partners.getOrDefault(at, List.of())) {
            if (!walked.contains(p)) {
                walk(p, partners, walked, path);
            }
        }
    }

    /** Turns a block so partners pulled right stand right, and each faces the siblings they come from. */
    private List<String> orient(List<String> block, Map<String, Double> key, List<String> ordered) {
        if (block.size() < 2) {
            return block;
        }
        double mid = (block.size() - 1) / 2.0;
        double meanKey = block.stream().filter(key::containsKey).mapToDouble(key::get).average().orElse(0);
        double pull = 0;
        double siblings = 0;
        int from = ordered.indexOf(block.getFirst());
        int to = from + block.size();
        for (int i = 0; i < block.size(); i++) {
            String id = block.get(i);
            if (key.containsKey(id)) {
                pull += (i - mid) * (key.get(id) - meanKey);
            }
            for (var sibship : pedigree.asChild.getOrDefault(id, List.of())) {
                for (String sibling : sibship.children().keySet()) {
                    int at = ordered.indexOf(sibling);
                    if (at >= 0 && (at < from || at >= to)) {
                        siblings += (i - mid) * (at < from ? -1 : 1);
                    }
                }
            }
        }
        boolean reverse = Math.abs(pull) > 1e-6 ? pull < 0 : siblings < 0;
        return reverse ? block.reversed() : block;
    }

    /** Where a person would stand under their parents; siblings with no recorded parents stand together. */
    private double fromParents(String id) {
        double own = underParents(id);
        if (!Double.isNaN(own)) {
            return own;
        }
        return pedigree.asChild.getOrDefault(id, List.of()).stream().filter(Sibship::parentless)
                .flatMap(s -> s.children().keySet().stream()).mapToDouble(c -> {
                    double k = underParents(c);
                    return Double.isNaN(k) ? x.get(c) : k;
                }).average().orElse(Double.NaN);
    }

    /**
     * Under the birth parents where they are recorded: a child stays among their birth siblings, and adoptive or
     * foster parents move over to them instead.
     */
    private double underParents(String id) {
        var drawn = pedigree.asChild.getOrDefault(id, List.of()).stream().filter(s -> !s.parentless()).toList();
        var birth = drawn.stream().filter(s -> s.children().get(id) == Layout.Stroke.SOLID).toList();
        return (birth.isEmpty() ? drawn : birth).stream().mapToDouble(this::descentX).average().orElse(Double.NaN);
    }

    /** Where a person would stand so the line down from them is over the middle of their children. */
    private double fromChildren(String id) {
        return pedigree.asParent.getOrDefault(id, List.of()).stream().mapToDouble(s -> {
            var children = s.children().keySet();
            double lo = children.stream().mapToDouble(x::get).min().orElseThrow();
            double hi = children.stream().mapToDouble(x::get).max().orElseThrow();
            return (lo + hi) / 2 + x.get(id) - descentX(s);
        }).average().orElse(Double.NaN);
    }

    /** Sets the row's positions nearest their wishes, keeping every gap wide enough for the lines it holds. */
    private void place(int r) {
        var targets = new HashMap<String, Double>();
        for (String id : rows.get(r)) {
            double up = fromParents(id);
            double down = fromChildren(id);
            targets.put(id, Double.isNaN(up) ? (Double.isNaN(down) ? x.get(id) : down)
                    : Double.isNaN(down) ? up : (up + down) / 2);
        }
        place(r, targets);
    }

    private void place(int r, Map<String, Double> targets) {
        var row = rows.get(r);
        int n = row.size();
        var lanes = lanesPerGap(r);
        double[] target = new double[n];
        double[] offset = new double[n];
        for (int i = 0; i < n; i++) {
            String id = row.get(i);
            target[i] = targets.get(id);
            if (i > 0) {
                double gap = gapWidth(lanes.getOrDefault(i - 1, 0));
                if (isCouple(row.get(i - 1), id)) {
                    gap = Math.max(gap, COUPLE_GAP);
                }
                offset[i] = offset[i - 1] + half.get(row.get(i - 1)) + gap + half.get(id);
            }
        }
        // Pool adjacent violators: the non-decreasing sequence nearest to target - offset.
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sum[blocks] = target[i] - offset[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < count[b]; k++, i++) {
                x.put(row.get(i), sum[b] / count[b] + offset[i]);
            }
        }
        clearExits();
    }

    static double gapWidth(int lanes) {
        return Math.max(GAP, (lanes + 1) * LANE);
    }

    private Map<Integer, Integer> lanesPerGap(int r) {
        var lanes = new HashMap<Integer, Integer>();
        exits(r).forEach(e -> lanes.merge(e.gap(), 1, Integer::sum));
        return lanes;
    }

    private void clearExits() {
        exitCache.clear();
        exitsOf.clear();
        exitsInGap.clear();
    }

    /** The line of a sibship leaves from where its exits are; for sorting, their average. */
    private double descentX(Sibship sibship) {
        int r = pedigree.row.get(sibship.parents().getFirst());
        exits(r);
        return exitsOf.get(sibship).stream().mapToDouble(e -> exitX(r, e)).average().orElseThrow();
    }

    /**
     * The exits of every sibship whose parents are on row r. In each gap: first the lines from the side of the
     * person on the left, then from couple lines, then from the side of the person on the right, so none cross.
     */
    List<Exit> exits(int r) {
        var exits = exitCache.get(r);
        if (exits == null) {
            exits = findExits(r);
            exitCache.put(r, exits);
            for (var exit : exits) {
                exitsOf.computeIfAbsent(exit.sibship(), s -> new ArrayList<>()).add(exit);
                exitsInGap.computeIfAbsent(r + "|" + exit.gap(), g -> new ArrayList<>()).add(exit);
            }
        }
        return exits;
    }

    private List<Exit> findExits(int r) {
        var row = rows.get(r);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < row.size(); i++) {
            index.put(row.get(i), i);
        }
        var exits = new ArrayList<Exit>();
        var seen = new HashSet<Sibship>();
        for (String id : row) {
            for (var sibship : pedigree.asParent.getOrDefault(id, List.of())) {
                if (!seen.add(sibship)) {
                    continue;
                }
                var parents = sibship.parents();
                if (parents.size() == 2 && Math.abs(index.get(parents.get(0)) - index.get(parents.get(1))) == 1) {
                    int gap = Math.min(index.get(parents.get(0)), index.get(parents.get(1)));
                    exits.add(new Exit(sibship, null, gap, 0, Side.MIDDLE));
                } else {
                    for (String parent : parents) {
                        Side side = side(parent, sibship, row, index.get(parent));
                        int gap = side == Side.LEFT ? index.get(parent) - 1 : index.get(parent);
                        exits.add(new Exit(sibship, parent, gap, 0, side));
                    }
                }
            }
        }
        exits.sort(Comparator.comparingInt(Exit::gap)
                .thenComparingInt(e -> e.side() == Side.RIGHT ? 0 : e.side() == Side.MIDDLE ? 1 : 2)
                .thenComparingInt(e -> e.side() == Side.LEFT ? -e.sibship().index() : e.sibship().index()));
        var numbered = new ArrayList<Exit>();
        int lane = 0;
        for (int i = 0; i < exits.size(); i++) {
            var e = exits.get(i);
            lane = i > 0 && exits.get(i - 1).gap() == e.gap() ? lane + 1 : 0;
            numbered.add(new Exit(e.sibship(), e.person(), e.gap(), lane, e.side()));
        }
        return numbered;
    }

    /** A lone parent's line leaves toward their children, from a side with no partner if it can. */
    private Side side(String parent, Sibship sibship, List<String> row, int at) {
        var fixed = sides.get(sibship.index() + "|" + parent);
        if (fixed != null) {
            return fixed;
        }
        boolean partnerLeft = at > 0 && isCouple(parent, row.get(at - 1));
        boolean partnerRight = at < row.size() - 1 && isCouple(parent, row.get(at + 1));
        double children = sibship.children().keySet().stream().mapToDouble(x::get).average().orElseThrow();
        Side toward = children < x.get(parent) - 1e-6 ? Side.LEFT : Side.RIGHT;
        if (toward == Side.LEFT && partnerLeft && !partnerRight) {
            return Side.RIGHT;
        }
        if (toward == Side.RIGHT && partnerRight && !partnerLeft) {
            return Side.LEFT;
        }
        return toward;
    }

    boolean isCouple(String a, String b) {
        return pedigree.couples.stream().anyMatch(c -> c.joins(a, b));
    }

    /** Where an exit's vertical line runs: lone parents' close to their side, couples' in the middle of the gap. */
    double exitX(int r, Exit exit) {
        var row = rows.get(r);
        exits(r);
        var inGap = exitsInGap.get(r + "|" + exit.gap());
        long fromLeft = inGap.stream().filter(e -> e.side() == Side.RIGHT).count();
        long fromRight = inGap.stream().filter(e -> e.side() == Side.LEFT).count();
        long middle = inGap.size() - fromLeft - fromRight;
        if (exit.gap() < 0) {
            String first = row.getFirst();
            return x.get(first) - half.get(first) - (inGap.size() - exit.lane()) * LANE;
        }
        String left = row.get(exit.gap());
        double leftEdge = x.get(left) + half.get(left);
        if (exit.gap() == row.size() - 1) {
            return leftEdge + (exit.lane() + 1) * LANE;
        }
        String right = row.get(exit.gap() + 1);
        double rightEdge = x.get(right) - half.get(right);
        return switch (exit.side()) {
            case RIGHT -> leftEdge + (exit.lane() + 1) * LANE;
            case LEFT -> rightEdge - (inGap.size() - exit.lane()) * LANE;
            case MIDDLE -> {
                double from = leftEdge + fromLeft * LANE;
                double to = rightEdge - fromRight * LANE;
                yield from + (to - from) * (exit.lane() - fromLeft + 1) / (middle + 1);
            }
        };
    }
}
