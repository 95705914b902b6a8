package org.lifelonglinks.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifelonglinks.chart.ChartData.KinLine;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * Lays out a genogram (McGoldrick): one row per generation, found by walking kinship out from the young person
 * (a parent one row up, a child one row down, partners and siblings on the same row); square for male, circle for
 * female, diamond for other or unknown, crossed for someone who has died; birth links solid, adoptive dashed,
 * foster dotted; former partners marked with a break. Within a row people sit under their parents and beside
 * their partners. Slots are wider than the widest label, so labels never overlap. People with no recorded
 * kinship appear only on the ecomap.
 *
 * <p>Cost: O(V + E) to find generations, O(V log V) to order each row.
 */
final class GenogramLayout {

    private static final double SLOT = 150;
    private static final double ROW = 150;
    private static final double SIZE = 18;
    private static final double MARGIN = 50;
    private static final int MAX_LABEL = 20;

    private GenogramLayout() {
    }

    static Layout layout(ChartData data) {
        var names = new HashMap<String, Member>();
        data.members().forEach(m -> names.put(m.id(), m));
        var generation = generations(data);
        var rows = new TreeMap<Integer, List<String>>();
        generation.forEach((id, gen) -> rows.computeIfAbsent(gen, g -> new ArrayList<>()).add(id));
        var parents = new HashMap<String, List<String>>();
        var partners = new HashMap<String, List<String>>();
        for (var kin : data.kinship()) {
            if (kin.kind().equals("PARENT")) {
                parents.computeIfAbsent(kin.toId(), k -> new ArrayList<>()).add(kin.fromId());
            } else if (kin.kind().equals("PARTNER")) {
                partners.computeIfAbsent(kin.fromId(), k -> new ArrayList<>()).add(kin.toId());
                partners.computeIfAbsent(kin.toId(), k -> new ArrayList<>()).add(kin.fromId());
            }
        }
        var x = new HashMap<String, Double>();
        var y = new HashMap<String, Double>();
        int rowIndex = 0;
        for (var row : rows.values()) {
            row.sort(Comparator.comparingDouble((String id) -> parentPosition(id, parents, x))
                    .thenComparing(id -> nameOf(id, data, names)).thenComparing(id -> id));
            var ordered = keepPartnersTogether(row, partners);
            // Each person sits under their parents where there is room, never closer than one slot to the last.
            double previous = MARGIN + SLOT / 2 - SLOT;
            for (String id : ordered) {
                double wanted = parentPosition(id, parents, x);
                double at = wanted == Double.MAX_VALUE ? previous + SLOT : Math.max(wanted, previous + SLOT);
                x.put(id, at);
                y.put(id, MARGIN + 40 + rowIndex * ROW);
                previous = at;
            }
            rowIndex++;
        }

        var shapes = new ArrayList<Shape>();
        var labels = new ArrayList<Label>();
        for (var id : x.keySet().stream().sorted().toList()) {
            boolean you = id.equals(data.youngPersonId());
            var member = names.get(id);
            Form form = you ? Form.CENTRE : switch (member.symbol()) {
                case SQUARE -> Form.SQUARE;
                case CIRCLE -> Form.CIRCLE;
                case DIAMOND -> Form.DIAMOND;
            };
            boolean worker = data.reader() == ChartData.Reader.WORKER;
            shapes.add(new Shape(id, x.get(id), y.get(id), SIZE, form, you, worker && !you && member.deceased(),
                    worker && !you && member.doNotContact()));
            var text = new ArrayList<String>();
            text.add(shorten(nameOf(id, data, names)));
            if (!you && member.relationship() != null) {
                text.add(shorten(member.relationship()));
            }
            if (worker && !you && member.doNotContact()) {
                text.add("DO NOT CONTACT");
            }
            if (!worker && !you && member.deceased()) {
                text.add(OwnWords.REMEMBERED);
            }
            labels.add(new Label(id, x.get(id), y.get(id) + SIZE + 6, text, you,
                    worker && !you && member.doNotContact()));
        }
        var lines = new ArrayList<Line>();
        var partnerPairs = new java.util.HashSet<String>();
        for (var kin : data.kinship()) {
            if (!x.containsKey(kin.fromId()) || !x.containsKey(kin.toId())) {
                continue;
            }
            double x1 = x.get(kin.fromId()), y1 = y.get(kin.fromId()), x2 = x.get(kin.toId()), y2 = y.get(kin.toId());
            if (kin.kind().equals("PARTNER")) {
                partnerPairs.add(kin.fromId() + "|" + kin.toId());
                partnerPairs.add(kin.toId() + "|" + kin.fromId());
                lines.add(new Line(Math.min(x1, x2) + SIZE, y1, Math.max(x1, x2) - SIZE, y2, Stroke.SOLID,
                        kin.qualifier().equals("FORMER") ? "former" : null));
            } else if (kin.kind().equals("SIBLING")) {
                lines.add(new Line(Math.min(x1, x2) + SIZE, y1 - SIZE - 8, Math.max(x1, x2) - SIZE, y2 - SIZE - 8,
                        kin.qualifier().equals("STEP") ? Stroke.DASHED : Stroke.SOLID,
                        kin.qualifier().equals("HALF") ? "half" : null));
            }
        }
        // A child hangs from the middle of their parents' partnership line, or from a lone parent.
        var byChild = new TreeMap<String, List<KinLine>>();
        var families = new HashMap<String, Integer>();
        data.kinship().stream()
                .filter(k -> k.kind().equals("PARENT") && x.containsKey(k.fromId()) && x.containsKey(k.toId()))
                .forEach(k -> byChild.computeIfAbsent(k.toId(), c -> new ArrayList<>()).add(k));
        for (var entry : byChild.entrySet()) {
            var links = new ArrayList<>(entry.getValue());
            links.sort(Comparator.comparing(KinLine::fromId));
            double cx = x.get(entry.getKey()), cy = y.get(entry.getKey());
            while (!links.isEmpty()) {
                var first = links.removeFirst();
                KinLine couple = null;
                for (var other : links) {
                    if (partnerPairs.contains(first.fromId() + "|" + other.fromId())
                            && y.get(first.fromId()).equals(y.get(other.fromId()))
                            && first.qualifier().equals(other.qualifier())) {
                        couple = other;
                        break;
                    }
                }
                double px = x.get(first.fromId()), py = y.get(first.fromId());
                if (couple != null) {
                    links.remove(couple);
                    px = (px + x.get(couple.fromId())) / 2;
                } else {
                    py += SIZE;
                }
                // Families in one row get bars at slightly different heights, so their lines stay apart.
                String family = px + ":" + py;
                int familyIndex = families.computeIfAbsent(family, f -> families.size());
                double bar = y.get(first.fromId()) + SIZE + (ROW - 2 * SIZE) / 2 + (familyIndex % 3) * 9;
                Stroke stroke = parentStroke(first.qualifier());
                String mark = first.qualifier().equals("STEP") ? "step" : null;
                lines.add(new Line(px, py, px, bar, stroke, null));
                lines.add(new Line(px, bar, cx, bar, stroke, null));
                lines.add(new Line(cx, bar, cx, cy - SIZE, stroke, mark));
            }
        }
        double right = x.values().stream().mapToDouble(Double::doubleValue).max().orElse(MARGIN) + SLOT / 2;
        var legend = data.reader() == ChartData.Reader.YOUNG_PERSON ? OwnWords.familyTreeKey() : legend();
        int width = (int) Math.ceil(right + MARGIN + Layout.legendRoom(legend));
        int height = (int) Math.ceil(Math.max(2 * MARGIN + 40 + rows.size() * ROW, 460));
        int left = data.members().size() + 1 - x.size();
        String title = data.youngPersonName() + "'s family tree" + (left <= 0 ? ""
                : data.reader() == ChartData.Reader.YOUNG_PERSON ? OwnWords.alsoInTheOtherPicture(left)
                : " (" + left + " people with no recorded family links are on the network chart)");
        return new Layout(width, height, title, shapes, lines, labels, legend);
    }

    /** Generations relative to the young person (0); parents -1, children +1. Unlinked people are left out. */
    static Map<String, Integer> generations(ChartData data) {
        var known = new java.util.HashSet<String>();
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

    private static double parentPosition(String id, Map<String, List<String>> parents, Map<String, Double> x) {
        return parents.getOrDefault(id, List.of()).stream().filter(x::containsKey).mapToDouble(x::get).average()
                .orElse(Double.MAX_VALUE);
    }

    /** Puts each person beside their partners: a first partner after them, a second before, so no line crosses. */
    private static List<String> keepPartnersTogether(List<String> row, Map<String, List<String>> partners) {
        var ordered = new ArrayList<String>();
        for (String id : row) {
            if (ordered.contains(id)) {
                continue;
            }
            var unplaced = partners.getOrDefault(id, List.of()).stream().sorted()
                    .filter(p -> row.contains(p) && !ordered.contains(p)).toList();
            if (unplaced.size() >= 2) {
                ordered.add(unplaced.get(1));
            }
            ordered.add(id);
            if (!unplaced.isEmpty()) {
                ordered.add(unplaced.get(0));
            }
            for (int i = 2; i < unplaced.size(); i++) {
                ordered.add(unplaced.get(i));
            }
        }
        return ordered;
    }

    private static String nameOf(String id, ChartData data, Map<String, Member> names) {
        return id.equals(data.youngPersonId()) ? data.youngPersonName() : names.get(id).name();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }

    private static Stroke parentStroke(String qualifier) {
        return switch (qualifier) {
            case "ADOPTIVE", "STEP" -> Stroke.DASHED;
            case "FOSTER" -> Stroke.DOTTED;
            default -> Stroke.SOLID;
        };
    }

    private static List<LegendEntry> legend() {
        return List.of(
                new LegendEntry(null, Form.SQUARE, false, false, "male"),
                new LegendEntry(null, Form.CIRCLE, false, false, "female"),
                new LegendEntry(null, Form.DIAMOND, false, false, "other or not known"),
                new LegendEntry(null, Form.CIRCLE, true, false, "X: has died"),
                new LegendEntry(Stroke.SOLID, null, false, false, "birth parent / partner"),
                new LegendEntry(Stroke.DASHED, null, false, false, "adoptive or step parent"),
                new LegendEntry(Stroke.DOTTED, null, false, false, "foster parent"),
                new LegendEntry(Stroke.SOLID, null, false, false, "// former partners"));
    }
}
