package org.lifelonglinks.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;
import org.lifelonglinks.chart.Pedigree.Sibship;
import org.lifelonglinks.chart.RowPlacement.Exit;
import org.lifelonglinks.chart.RowPlacement.Side;

/**
 * Lays out a genogram (McGoldrick): one row per generation; square for male, circle for female, diamond for other
 * or unknown, crossed for someone who has died; partners side by side joined by a couple line (with a break for
 * former partners); each set of parents has one sibship line below, hung from the middle of their couple line or
 * from the side of a lone parent, and each child hangs from it by a line that is solid for birth, dashed for
 * adoptive or step, dotted for foster. Names sit under the symbols.
 *
 * <p>Lines are routed so they never cross a name or another person's symbol: the lines down from a row run in
 * the gaps between people (kept wide enough for them), sibship lines run in the channel between one row's names
 * and the next row's symbols, each on a track of its own where it would otherwise run into another, and partners
 * who cannot stand side by side are joined over the top through that channel. People with no recorded kinship
 * appear only on the ecomap.
 */
final class GenogramLayout {

    static final double SIZE = 18;
    /** How far the do-not-contact rings reach beyond the symbol. */
    static final double RING = 8;
    private static final double MARGIN = 40;
    private static final double TOP = 50;
    private static final double TRACK = 12;
    /** Two sibship lines on one track stay this far apart, so they never read as one line. */
    private static final double APART = 40;
    /** Distance between lines meeting at the top of one symbol. */
    private static final double ATTACH = 12;
    /** Where a line joining partners over the top meets each symbol, off centre, clear of lines from parents. */
    private static final double OVER = 14;
    private static final double LEGEND_WIDTH = 250;
    private static final int MAX_LABEL = 20;

    private GenogramLayout() {
    }

    static Layout layout(ChartData data) {
        var pedigree = Pedigree.of(data);
        var members = new HashMap<String, Member>();
        data.members().forEach(m -> members.put(m.id(), m));
        var people = new HashMap<String, Person>();
        for (String id : pedigree.row.keySet()) {
            people.put(id, person(id, data, members.get(id)));
        }
        var half = new HashMap<String, Double>();
        people.forEach((id, p) -> half.put(id, Math.max(p.labelWidth() / 2, p.extent())));
        var placement = new RowPlacement(pedigree, half);
        var drawing = new Drawing(pedigree, placement, people);
        drawing.draw();

        double minX = drawing.minX();
        double dx = MARGIN - minX;
        var shapes = new ArrayList<Shape>();
        var labels = new ArrayList<Label>();
        for (String id : pedigree.row.keySet().stream().sorted().toList()) {
            var p = people.get(id);
            double px = placement.x.get(id) + dx;
            double py = drawing.rowY[pedigree.row.get(id)];
            shapes.add(new Shape(id, px, py, SIZE, p.form(), p.you(), p.crossed(), p.warning()));
            labels.add(new Label(id, px, py + p.extent() + 6, p.text(), p.you(), p.warning()));
        }
        var lines = drawing.lines.stream()
                .map(l -> new Line(l.x1() + dx, l.y1(), l.x2() + dx, l.y2(), l.stroke(), l.mark())).toList();
        double right = drawing.maxX() + dx;
        int width = (int) Math.ceil(right + MARGIN + LEGEND_WIDTH);
        int height = (int) Math.ceil(Math.max(drawing.bottom() + MARGIN, 300 + 24 * legend().size()));
        int left = data.members().size() + 1 - pedigree.row.size();
        String title = data.youngPersonName() + "'s family tree"
                + (left > 0 ? " (" + left + " people with no recorded family links are on the network chart)" : "");
        return new Layout(width, height, title, shapes, lines, labels, legend());
    }

    /** Generations relative to the young person (0); parents -1, children +1. Unlinked people are left out. */
    static Map<String, Integer> generations(ChartData data) {
        return Pedigree.generations(data);
    }

    /** What is drawn for one person, before placing. */
    record Person(String id, Form form, boolean you, boolean crossed, boolean warning, List<String> text) {

        double extent() {
            return warning ? SIZE + RING : SIZE;
        }

        double labelWidth() {
            return new Label(id, 0, 0, text, you, warning).width();
        }

        double labelHeight() {
            return new Label(id, 0, 0, text, you, warning).height();
        }

        /** How far below the centre the top of a line meeting the symbol's top, dx off centre, ends. */
        double top(double dx) {
            if (warning) {
                return Math.sqrt(extent() * extent() - dx * dx);
            }
            return switch (form) {
                case SQUARE -> SIZE;
                case DIAMOND -> SIZE - Math.abs(dx);
                case CIRCLE, CENTRE -> Math.sqrt(SIZE * SIZE - dx * dx);
            };
        }

        /** How far from the centre a horizontal line dy below the centre meets the symbol's side. */
        double side(double dy) {
            return top(dy);
        }
    }

    private static Person person(String id, ChartData data, Member member) {
        boolean you = id.equals(data.youngPersonId());
        if (you) {
            return new Person(id, Form.CENTRE, true, false, false, List.of(shorten(data.youngPersonName())));
        }
        Form form = switch (member.symbol()) {
            case SQUARE -> Form.SQUARE;
            case CIRCLE -> Form.CIRCLE;
            case DIAMOND -> Form.DIAMOND;
        };
        var text = new ArrayList<String>();
        text.add(shorten(member.name()));
        if (member.relationship() != null && !member.relationship().isBlank()) {
            text.add(shorten(member.relationship()));
        }
        if (member.doNotContact()) {
            text.add("DO NOT CONTACT");
        }
        return new Person(id, form, false, member.deceased(), member.doNotContact(), List.copyOf(text));
    }

    /** The lines of a placed genogram, and the height of each row, found row by row from the top. */
    private static final class Drawing {

        private final Pedigree pedigree;
        private final RowPlacement placement;
        private final Map<String, Person> people;
        final List<Line> lines = new ArrayList<>();
        final double[] rowY;
        private final double[] labelBottom;
        private final Map<Sibship, Double> trackY = new HashMap<>();
        private final Map<Pedigree.Couple, Double> overY = new HashMap<>();

        Drawing(Pedigree pedigree, RowPlacement placement, Map<String, Person> people) {
            this.pedigree = pedigree;
            this.placement = placement;
            this.people = people;
            this.rowY = new double[pedigree.rowCount];
            this.labelBottom = new double[pedigree.rowCount];
        }

        void draw() {
            for (int r = 0; r < pedigree.rowCount; r++) {
                int tracks = assignTracks(r, r == 0 ? TOP : labelBottom[r - 1]);
                double top = r == 0 ? TOP : labelBottom[r - 1];
                double extent = placement.rows.get(r).stream().mapToDouble(id -> people.get(id).extent()).max()
                        .orElse(SIZE);
                rowY[r] = Math.max(top + 18 + Math.max(tracks - 1, 0) * TRACK + 22, top + 40) + extent;
                labelBottom[r] = rowY[r] + placement.rows.get(r).stream()
                        .mapToDouble(id -> people.get(id).extent() + 6 + people.get(id).labelHeight()).max()
                        .orElse(SIZE);
            }
            for (int r = 0; r < pedigree.rowCount; r++) {
                drawCouples(r);
                drawSibships(r);
            }
        }

        /**
         * Gives each horizontal line in the channel above row r (sibship lines of row r's children, partners joined
         * over the top) a track, the first on which it keeps {@link #APART} from every line already there.
         */
        private int assignTracks(int r, double channelTop) {
            record Run(double lo, double hi, Object owner) {
            }
            var runs = new ArrayList<Run>();
            for (var sibship : pedigree.sibships) {
                String child = sibship.children().keySet().iterator().next();
                if (pedigree.row.get(child) == r) {
                    var xs = sibshipXs(sibship);
                    runs.add(new Run(xs.stream().min(Double::compare).orElseThrow(),
                            xs.stream().max(Double::compare).orElseThrow(), sibship));
                }
            }
            for (var couple : pedigree.couples) {
                if (pedigree.row.get(couple.first()) == r && !adjacent(couple)) {
                    double a = placement.x.get(couple.first());
                    double b = placement.x.get(couple.second());
                    runs.add(new Run(Math.min(a, b), Math.max(a, b), couple));
                }
            }
            runs.sort(Comparator.comparingDouble(Run::lo).thenComparingDouble(Run::hi));
            var ends = new ArrayList<Double>();
            for (var run : runs) {
                int track = 0;
                while (track < ends.size() && ends.get(track) + APART > run.lo()) {
                    track++;
                }
                if (track == ends.size()) {
                    ends.add(run.hi());
                } else {
                    ends.set(track, run.hi());
                }
                double y = channelTop + 18 + track * TRACK;
                if (run.owner() instanceof Sibship s) {
                    trackY.put(s, y);
                } else {
                    overY.put((Pedigree.Couple) run.owner(), y);
                }
            }
            return ends.size();
        }

        /** The x of every vertical line that meets a sibship's line: lines down from the parents, then to children. */
        private List<Double> sibshipXs(Sibship sibship) {
            var xs = new ArrayList<Double>();
            if (!sibship.parentless()) {
                int r = pedigree.row.get(sibship.parents().getFirst());
                placement.exits(r).stream().filter(e -> e.sibship() == sibship)
                        .forEach(e -> xs.add(placement.exitX(r, e)));
            }
            sibship.children().keySet().forEach(c -> xs.add(attachX(c, sibship)));
            return xs;
        }

        /** Children with more than one sibship (birth and adoptive, say) take lines side by side at their top. */
        private double attachX(String child, Sibship sibship) {
            var mine = pedigree.asChild.get(child).stream()
                    .sorted(Comparator.comparingDouble(this::centre).thenComparingInt(Sibship::index)).toList();
            int at = mine.indexOf(sibship);
            return placement.x.get(child) + (at - (mine.size() - 1) / 2.0) * ATTACH;
        }

        private double centre(Sibship sibship) {
            var ids = sibship.parentless() ? sibship.children().keySet().stream().toList() : sibship.parents();
            return ids.stream().mapToDouble(placement.x::get).average().orElseThrow();
        }

        private boolean adjacent(Pedigree.Couple couple) {
            var row = placement.rows.get(pedigree.row.get(couple.first()));
            return Math.abs(row.indexOf(couple.first()) - row.indexOf(couple.second())) == 1;
        }

        private void drawCouples(int r) {
            double y = rowY[r];
            for (var couple : pedigree.couples) {
                if (pedigree.row.get(couple.first()) != r) {
                    continue;
                }
                boolean firstLeft = placement.x.get(couple.first()) < placement.x.get(couple.second());
                String left = firstLeft ? couple.first() : couple.second();
                String right = firstLeft ? couple.second() : couple.first();
                double lx = placement.x.get(left);
                double rx = placement.x.get(right);
                String mark = couple.former() ? "former" : null;
                if (adjacent(couple)) {
                    double from = lx + people.get(left).side(0);
                    double to = rx - people.get(right).side(0);
                    var split = placement.exits(r).stream().filter(e -> e.side() == Side.MIDDLE
                            && e.sibship().parents().contains(left) && e.sibship().parents().contains(right))
                            .map(e -> placement.exitX(r, e)).findFirst();
                    if (split.isPresent()) {
                        // Two pieces meeting where the children's line leaves, so "//" never sits on that joint.
                        lines.add(new Line(from, y, split.get(), y, Stroke.SOLID, mark));
                        lines.add(new Line(split.get(), y, to, y, Stroke.SOLID, null));
                    } else {
                        lines.add(new Line(from, y, to, y, Stroke.SOLID, mark));
                    }
                } else {
                    double over = overY.get(couple);
                    double ax = lx + OVER, bx = rx - OVER;
                    lines.add(new Line(ax, y - people.get(left).top(OVER), ax, over, Stroke.SOLID, null));
                    lines.add(new Line(ax, over, bx, over, Stroke.SOLID, mark));
                    lines.add(new Line(bx, over, bx, y - people.get(right).top(OVER), Stroke.SOLID, null));
                }
            }
        }

        private void drawSibships(int r) {
            var stubs = new HashMap<String, Integer>();
            for (var sibship : pedigree.sibships) {
                String first = sibship.children().keySet().iterator().next();
                if (pedigree.row.get(first) != r) {
                    continue;
                }
                double bar = trackY.get(sibship);
                var strokes = sibship.children().values().stream().distinct().toList();
                Stroke stroke = strokes.size() == 1 ? strokes.getFirst() : Stroke.SOLID;
                if (!sibship.parentless()) {
                    int pr = r - 1;
                    double py = rowY[pr];
                    for (Exit exit : placement.exits(pr).stream().filter(e -> e.sibship() == sibship).toList()) {
                        double ex = placement.exitX(pr, exit);
                        if (exit.person() == null) {
                            lines.add(new Line(ex, py, ex, bar, stroke, null));
                        } else {
                            // A lone parent's line leaves from the side, below any couple line, and never
                            // through their own name.
                            var parent = people.get(exit.person());
                            int k = stubs.merge(exit.person(), 1, Integer::sum) - 1;
                            double dy = Math.min(7 + 5 * k, SIZE - 2);
                            double px = placement.x.get(exit.person());
                            double edge = exit.side() == Side.LEFT ? px - parent.side(dy) : px + parent.side(dy);
                            lines.add(new Line(edge, py + dy, ex, py + dy, stroke, null));
                            lines.add(new Line(ex, py + dy, ex, bar, stroke, null));
                        }
                    }
                }
                var xs = sibshipXs(sibship);
                double lo = xs.stream().min(Double::compare).orElseThrow();
                double hi = xs.stream().max(Double::compare).orElseThrow();
                if (hi - lo > 0.5) {
                    lines.add(new Line(lo, bar, hi, bar, stroke, null));
                }
                double cy = rowY[r];
                for (var child : sibship.children().entrySet()) {
                    double ax = attachX(child.getKey(), sibship);
                    var person = people.get(child.getKey());
                    lines.add(new Line(ax, bar, ax, cy - person.top(ax - placement.x.get(child.getKey())),
                            child.getValue(), null));
                }
            }
        }

        double minX() {
            double min = placement.x.entrySet().stream().mapToDouble(e -> e.getValue() - halfOf(e.getKey())).min()
                    .orElse(0);
            for (var line : lines) {
                min = Math.min(min, Math.min(line.x1(), line.x2()));
            }
            return min;
        }

        double maxX() {
            double max = placement.x.entrySet().stream().mapToDouble(e -> e.getValue() + halfOf(e.getKey())).max()
                    .orElse(0);
            for (var line : lines) {
                max = Math.max(max, Math.max(line.x1(), line.x2()));
            }
            return max;
        }

        private double halfOf(String id) {
            var p = people.get(id);
            return Math.max(p.labelWidth() / 2, p.extent());
        }

        double bottom() {
            return labelBottom.length == 0 ? TOP : labelBottom[labelBottom.length - 1];
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
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
