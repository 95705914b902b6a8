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
 * appear only on the ecomap. The rules, with pictures, are in docs/analysis-and-chart.md.
 *
 * <p>Cost: placing is {@link RowPlacement}'s; routing compares lines in one channel pairwise, O(L²) in the lines.
 */
final class GenogramLayout {

    static final double SIZE = 18;
    /** How far the do-not-contact rings reach beyond the symbol. */
    static final double RING = 8;
    private static final double MARGIN = 40;
    private static final double TOP = 50;
    private static final double TRACK = 12;
    /**
     * How far below a row's names the first sibship line runs: room above it for lines stepping aside, far enough
     * that a line stepping aside never seems to run on into another family's line below.
     */
    private static final double FIRST_TRACK = 22;
    /** Two sibship lines on one track stay this far apart, so they never read as one line. */
    private static final double APART = 40;
    /** Least distance between two families' vertical lines below the names. */
    private static final double CLEAR = 8;
    /** Half the break in a line where another crosses it. */
    static final double HOP = 4;
    /** Distance between lines meeting at the top of one symbol. */
    private static final double ATTACH = 10;
    /** Where a line joining partners over the top meets each symbol, off centre, clear of lines from parents. */
    private static final double OVER = 15;
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

        int left = data.members().size() + 1 - pedigree.row.size();
        boolean youngPerson = data.reader() == ChartData.Reader.YOUNG_PERSON;
        String title = (youngPerson ? data.words().familyTreeTitle(data.youngPersonName())
                : data.youngPersonName() + "'s family tree") + (left <= 0 ? ""
                : youngPerson ? data.words().alsoInTheOtherPicture(left)
                : " (" + left + " people with no recorded family links are on the network chart)");
        var legend = youngPerson ? data.words().familyTreeKey() : legend();
        double dx = MARGIN - drawing.minX();
        double width = Math.ceil(Math.max(drawing.maxX() + dx + MARGIN, MARGIN + Layout.legendWidth(legend) + 10));
        // A title too long for the chart wraps rather than widening it: on a phone every pixel of width makes the
        // names smaller. The key goes under the tree for the same reason.
        double dy = (Layout.wrap(title, width).size() - 1) * Layout.TITLE_LINE;
        var shapes = new ArrayList<Shape>();
        var labels = new ArrayList<Label>();
        for (String id : pedigree.row.keySet().stream().sorted().toList()) {
            var p = people.get(id);
            double px = placement.x.get(id) + dx;
            double py = drawing.rowY[pedigree.row.get(id)] + dy;
            shapes.add(new Shape(id, px, py, SIZE, p.form(), p.you(), p.crossed(), p.warning()));
            labels.add(new Label(id, px, py + p.extent() + 6, p.text(), p.you(), p.warning()));
        }
        var lines = hop(drawing.lines).stream()
                .map(l -> new Line(l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.stroke(), l.mark())).toList();
        double legendTop = drawing.bottom() + dy + 30;
        int height = (int) Math.ceil(legendTop + Layout.legendHeight(legend.size()) + 20);
        return new Layout((int) Math.ceil(width), height, title, shapes, lines, labels, legend, MARGIN,
                legendTop + 24);
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
        // The young person's own tree marks nothing about safety, and remembers people who died kindly.
        boolean worker = data.reader() == ChartData.Reader.WORKER;
        boolean warning = worker && member.doNotContact();
        var text = new ArrayList<String>();
        text.add(shorten(member.name()));
        if (member.relationship() != null && !member.relationship().isBlank()) {
            text.add(shorten(member.relationship()));
        }
        if (warning) {
            text.add("DO NOT CONTACT");
        }
        if (!worker && member.deceased()) {
            text.add(data.words().remembered());
        }
        return new Person(id, form, false, worker && member.deceased(), warning, List.copyOf(text));
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
        /** A vertical line below a row's names, and whose it is: a sibship's or a couple's. */
        private record Vertical(double x, Object owner) {
        }

        /** Where each line down from parents runs once below their row's names, and the height it moves over at. */
        private final Map<Exit, Double> lowerX = new HashMap<>();
        private final Map<Exit, Double> jogY = new HashMap<>();

        Drawing(Pedigree pedigree, RowPlacement placement, Map<String, Person> people) {
            this.pedigree = pedigree;
            this.placement = placement;
            this.people = people;
            this.rowY = new double[pedigree.rowCount];
            this.labelBottom = new double[pedigree.rowCount];
        }

        void draw() {
            for (int r = 0; r < pedigree.rowCount; r++) {
                if (r > 0) {
                    clearDescents(r, labelBottom[r - 1]);
                }
                int tracks = assignTracks(r, r == 0 ? TOP : labelBottom[r - 1]);
                double top = r == 0 ? TOP : labelBottom[r - 1];
                double extent = placement.rows.get(r).stream().mapToDouble(id -> people.get(id).extent()).max()
                        .orElse(SIZE);
                rowY[r] = Math.max(top + FIRST_TRACK + Math.max(tracks - 1, 0) * TRACK + 22, top + 40) + extent;
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
         * over the top) a track, the way channel routers do (left edge first, with vertical constraints): a line
         * whose line down from the parents would cross another's sibship line goes on a track above it, a line whose
         * lines down to the children would cross it goes below, so most crossings never happen. On each track lines
         * keep {@link #APART}; where the constraints go round in a circle one is broken and the crossing gets a hop.
         */
        private int assignTracks(int r, double channelTop) {
            record Run(double lo, double hi, List<Double> down, List<Double> up, Object owner) {

                boolean near(double x) {
                    return x > lo - HOP - 1 && x < hi + HOP + 1;
                }
            }
            var runs = new ArrayList<Run>();
            for (var sibship : pedigree.sibships) {
                String child = sibship.children().keySet().iterator().next();
                if (pedigree.row.get(child) == r) {
                    var down = new ArrayList<Double>();
                    if (!sibship.parentless()) {
                        int pr = r - 1;
                        placement.exits(pr).stream().filter(e -> e.sibship() == sibship)
                                .forEach(e -> down.add(lowerX.get(e)));
                    }
                    var up = sibship.children().keySet().stream().map(c -> attachX(c, sibship)).toList();
                    var xs = new ArrayList<>(down);
                    xs.addAll(up);
                    runs.add(new Run(xs.stream().min(Double::compare).orElseThrow(),
                            xs.stream().max(Double::compare).orElseThrow(), down, up, sibship));
                }
            }
            for (var couple : pedigree.couples) {
                if (pedigree.row.get(couple.first()) == r && !adjacent(couple)) {
                    double a = placement.x.get(couple.first());
                    double b = placement.x.get(couple.second());
                    double lo = Math.min(a, b) + OVER, hi = Math.max(a, b) - OVER;
                    runs.add(new Run(lo, hi, List.of(), List.of(lo, hi), couple));
                }
            }
            runs.sort(Comparator.comparingDouble(Run::lo).thenComparingDouble(Run::hi));
            // above.get(i) holds the runs that must be on a higher track than run i.
            var above = new ArrayList<java.util.Set<Integer>>();
            for (int i = 0; i < runs.size(); i++) {
                var set = new java.util.HashSet<Integer>();
                for (int j = 0; j < runs.size(); j++) {
                    var me = runs.get(i);
                    var other = runs.get(j);
                    if (i != j && (other.down().stream().anyMatch(me::near) || me.up().stream().anyMatch(other::near))) {
                        set.add(j);
                    }
                }
                above.add(set);
            }
            var track = new int[runs.size()];
            java.util.Arrays.fill(track, -1);
            int placed = 0;
            int tracks = 0;
            while (placed < runs.size()) {
                double end = Double.NEGATIVE_INFINITY;
                boolean any = false;
                for (int i = 0; i < runs.size(); i++) {
                    var run = runs.get(i);
                    if (track[i] < 0 && end + APART <= run.lo() && ready(i, above, track, tracks)) {
                        track[i] = tracks;
                        end = run.hi();
                        placed++;
                        any = true;
                    }
                }
                if (!any) {
                    // The constraints go round in a circle: break it at the run waiting for the fewest others.
                    int next = -1;
                    long fewest = Long.MAX_VALUE;
                    for (int i = 0; i < runs.size(); i++) {
                        final int at = i;
                        long waiting = above.get(i).stream().filter(j -> track[j] < 0 && j != at).count();
                        if (track[i] < 0 && waiting < fewest) {
                            fewest = waiting;
                            next = i;
                        }
                    }
                    track[next] = tracks;
                    placed++;
                }
                tracks++;
            }
            for (int i = 0; i < runs.size(); i++) {
                double y = channelTop + FIRST_TRACK + track[i] * TRACK;
                if (runs.get(i).owner() instanceof Sibship s) {
                    trackY.put(s, y);
                } else {
                    overY.put((Pedigree.Couple) runs.get(i).owner(), y);
                }
            }
            return tracks;
        }

        private static boolean ready(int i, List<java.util.Set<Integer>> above, int[] track, int current) {
            return above.get(i).stream().allMatch(j -> track[j] >= 0 && track[j] < current);
        }

        /**
         * Keeps each line down from row r-1 at least {@link #CLEAR} from every other family's vertical line below
         * the names, where lines so close would read as one: a line that would run beside another moves aside.
         */
        private void clearDescents(int r, double channelTop) {
            var others = new ArrayList<Vertical>();
            for (var sibship : pedigree.sibships) {
                String child = sibship.children().keySet().iterator().next();
                if (pedigree.row.get(child) == r) {
                    sibship.children().keySet().forEach(c -> others.add(new Vertical(attachX(c, sibship), sibship)));
                }
            }
            for (var couple : pedigree.couples) {
                if (pedigree.row.get(couple.first()) == r && !adjacent(couple)) {
                    double a = placement.x.get(couple.first());
                    double b = placement.x.get(couple.second());
                    others.add(new Vertical(Math.min(a, b) + OVER, couple));
                    others.add(new Vertical(Math.max(a, b) - OVER, couple));
                }
            }
            int pr = r - 1;
            int jogs = 0;
            var exits = placement.exits(pr).stream()
                    .sorted(Comparator.comparingDouble(e -> placement.exitX(pr, e))).toList();
            for (var exit : exits) {
                double raw = placement.exitX(pr, exit);
                double x = raw;
                for (int k = 1; !clear(x, exit.sibship(), others); k++) {
                    x = raw + (k % 2 == 1 ? -1 : 1) * ((k + 1) / 2) * CLEAR / 2;
                }
                lowerX.put(exit, x);
                if (x != raw) {
                    jogY.put(exit, channelTop + 4 + 3 * (jogs++ % 3));
                }
                others.add(new Vertical(x, exit.sibship()));
            }
        }

        private static boolean clear(double x, Sibship mine, List<Vertical> others) {
            return others.stream().allMatch(o -> o.owner() == mine || Math.abs(o.x() - x) >= CLEAR);
        }

        /** The x of every vertical line that meets a sibship's line: lines down from the parents, then to children. */
        private List<Double> sibshipXs(Sibship sibship) {
            var xs = new ArrayList<Double>();
            if (!sibship.parentless()) {
                int r = pedigree.row.get(sibship.parents().getFirst());
                placement.exits(r).stream().filter(e -> e.sibship() == sibship)
                        .forEach(e -> xs.add(lowerX.get(e)));
            }
            sibship.children().keySet().forEach(c -> xs.add(attachX(c, sibship)));
            return xs;
        }

        /** Children with more than one sibship (birth and adoptive, say) take lines side by side at their top. */
        private double attachX(String child, Sibship sibship) {
            var mine = pedigree.asChild.get(child).stream()
                    .sorted(Comparator.comparingDouble(this::centre).thenComparingInt(Sibship::index)).toList();
            int at = mine.indexOf(sibship);
            // However many lines meet one symbol, they stay on its top, well inside its corners.
            double apart = mine.size() < 2 ? 0 : Math.min(ATTACH, SIZE / (mine.size() - 1));
            return placement.x.get(child) + (at - (mine.size() - 1) / 2.0) * apart;
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
                        double lx = lowerX.get(exit);
                        // Where the line had to move aside, it goes down, across just under the names, and on down.
                        double turn = lx == ex ? bar : jogY.get(exit);
                        if (lx != ex) {
                            lines.add(new Line(ex, turn, lx, turn, stroke, null));
                            lines.add(new Line(lx, turn, lx, bar, stroke, null));
                        }
                        if (exit.person() == null) {
                            lines.add(new Line(ex, py, ex, turn, stroke, null));
                        } else {
                            // A lone parent's line leaves from the side, below any couple line, and never
                            // through their own name.
                            var parent = people.get(exit.person());
                            double px = placement.x.get(exit.person());
                            // Lines from one side of one parent nest: the one going farthest leaves highest.
                            var sameSide = placement.exits(pr).stream().filter(e -> exit.person().equals(e.person())
                                    && e.side() == exit.side()).toList();
                            long k = sameSide.stream()
                                    .filter(e -> Math.abs(placement.exitX(pr, e) - px) > Math.abs(ex - px)).count();
                            // Spread down the side, all on the symbol below its middle, however many there are.
                            double dy = sameSide.size() < 2 ? 7 : 5 + k * Math.min(4.5, 11.0 / (sameSide.size() - 1));
                            double edge = exit.side() == Side.LEFT ? px - parent.side(dy) : px + parent.side(dy);
                            lines.add(new Line(edge, py + dy, ex, py + dy, stroke, null));
                            lines.add(new Line(ex, py + dy, ex, turn, stroke, null));
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

    /**
     * Breaks a line for a moment wherever another passes across it without joining it, as circuit drawings do, so
     * a crossing can never be read as a child hanging from the line it crosses. The horizontal line is broken,
     * unless the crossing is so near its end (where it joins its family) that the vertical one is broken instead.
     */
    static List<Line> hop(List<Line> lines) {
        var breaks = new HashMap<Line, List<Double>>();
        for (var h : lines) {
            if (h.y1() != h.y2()) {
                continue;
            }
            double lo = Math.min(h.x1(), h.x2());
            double hi = Math.max(h.x1(), h.x2());
            for (var v : lines) {
                if (v.x1() == v.x2() && v.x1() > lo && v.x1() < hi && Math.min(v.y1(), v.y2()) < h.y1() - HOP
                        && Math.max(v.y1(), v.y2()) > h.y1() + HOP) {
                    boolean nearEnd = v.x1() <= lo + HOP || v.x1() >= hi - HOP;
                    breaks.computeIfAbsent(nearEnd ? v : h, k -> new ArrayList<>()).add(nearEnd ? h.y1() : v.x1());
                }
            }
        }
        var hopped = new ArrayList<Line>();
        for (var line : lines) {
            var at = breaks.getOrDefault(line, List.of()).stream().sorted().distinct().toList();
            boolean across = line.y1() == line.y2();
            double from = across ? Math.min(line.x1(), line.x2()) : Math.min(line.y1(), line.y2());
            double to = across ? Math.max(line.x1(), line.x2()) : Math.max(line.y1(), line.y2());
            String mark = line.mark();
            for (double cut : at) {
                if (cut - HOP > from) {
                    hopped.add(piece(line, from, cut - HOP, mark));
                    mark = null;
                }
                from = cut + HOP;
            }
            if (at.isEmpty()) {
                hopped.add(line);
            } else if (to > from) {
                hopped.add(piece(line, from, to, mark));
            }
        }
        return hopped;
    }

    private static Line piece(Line line, double from, double to, String mark) {
        return line.y1() == line.y2() ? new Line(from, line.y1(), to, line.y1(), line.stroke(), mark)
                : new Line(line.x1(), from, line.x1(), to, line.stroke(), mark);
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
