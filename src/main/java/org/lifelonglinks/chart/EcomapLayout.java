package org.lifelonglinks.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifelonglinks.chart.ChartData.Closeness;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * Lays out an ecomap (Hartman): the young person in the centre; everyone else in rings by closeness (regular
 * contact inside, occasional in the middle, lost or never met outside), in sectors by group (each side of the
 * family, former carers, school, friends, professionals, community) sized by how many people they hold. Each
 * person's label sits on the side of their circle away from the centre. A place is taken only if nothing overlaps:
 * a person whose label would overlap another label or circle, whose label a line already drawn would cross, or
 * whose own line would cross a label or circle already placed, is moved a little across their slot, then outward,
 * until everything fits ({@link Layout#overlaps()} reports what a finished chart still has: nothing). Each group's
 * name is placed in the free place nearest its own people. Deterministic: groups and people are placed in a fixed
 * order, with no randomness.
 *
 * <p>Cost: O(n) checks per place tried, O(n²) overall with a constant of a few hundred places tried per person;
 * tens of milliseconds for 150 people.
 */
final class EcomapLayout {

    static final List<String> GROUP_ORDER = List.of("Mum's side", "Dad's side", "Family", "Former carers",
            "School and education", "Friends", "Professionals", "Community");
    private static final double CENTRE_RADIUS = 46;
    private static final double PERSON_RADIUS = 14;
    private static final double STEP_OUT = 26;
    private static final double MARGIN = 40;

    private EcomapLayout() {
    }

    static Layout layout(ChartData data) {
        Map<String, List<Member>> groups = new TreeMap<>(Comparator.comparingInt(EcomapLayout::groupRank)
                .thenComparing(Comparator.naturalOrder()));
        for (var member : data.members()) {
            groups.computeIfAbsent(member.group(), g -> new ArrayList<>()).add(member);
        }
        groups.values().forEach(list -> list.sort(Comparator.comparing(Member::closeness)
                .thenComparing(Member::name).thenComparing(Member::id)));
        boolean worker = data.reader() == ChartData.Reader.WORKER;
        boolean own = !worker;

        // The young person's name sits inside the centre circle, which grows to hold it, so no line crosses it.
        var centreLabel = new Label(data.youngPersonId(), 0, 0, List.of(data.youngPersonName()), true, false);
        double centreRadius = Math.max(CENTRE_RADIUS,
                Math.hypot(centreLabel.width() / 2, centreLabel.height() / 2) + 4);
        centreLabel = new Label(data.youngPersonId(), 0, -centreLabel.height() / 2, centreLabel.lines(), true, false);
        var placed = new Placed(centreRadius);
        var labels = new ArrayList<Label>();
        labels.add(centreLabel);
        var shapes = new ArrayList<Shape>();
        var lines = new ArrayList<Line>();
        int total = data.members().size();
        double start = -Math.PI / 2;
        for (var members : groups.values()) {
            double slot = 2 * Math.PI / total;
            for (int i = 0; i < members.size(); i++) {
                placed.unplaced.put(members.get(i).id(), start + slot * (i + 0.5));
            }
            start += slot * members.size();
        }
        start = -Math.PI / 2;
        var sectors = new ArrayList<double[]>();
        for (var entry : groups.entrySet()) {
            var members = entry.getValue();
            double span = 2 * Math.PI * members.size() / total;
            double slot = span / members.size();
            for (int i = 0; i < members.size(); i++) {
                var member = members.get(i);
                var spot = placed.find(member, start + slot * (i + 0.5), slot, ringRadius(member.closeness()), data,
                        worker);
                placed.add(spot);
                labels.add(spot.label());
                shapes.add(spot.shape());
                if (spot.line() != null) {
                    lines.add(spot.line());
                }
            }
            sectors.add(new double[] {start, span});
            start += span;
        }
        // Each group's name goes beside its own people: the nearest free place to them, outside the innermost.
        int g = 0;
        for (var entry : groups.entrySet()) {
            double[] sector = sectors.get(g++);
            String heading = own ? data.words().group(entry.getKey()) : entry.getKey();
            var members = shapes.stream().filter(s -> entry.getValue().stream().anyMatch(m -> m.id().equals(
                    s.personId()))).toList();
            var title = placed.groupTitle(heading.toUpperCase(java.util.Locale.ROOT), sector[0], sector[1], members);
            placed.labels.add(title);
            placed.boxes.add(box(title));
            labels.add(title);
        }

        var allShapes = new ArrayList<Shape>();
        allShapes.add(new Shape(data.youngPersonId(), 0, 0, centreRadius, Form.CENTRE, true, false, false));
        allShapes.addAll(shapes);
        var legend = own ? data.words().peopleAroundYouKey() : legend();
        return translate(allShapes, lines, labels, own ? data.words().networkTitle(data.youngPersonName())
                : data.youngPersonName() + "'s network", legend);
    }

    /** One person's place: their circle, their label and the line to them (null when none is drawn). */
    private record Spot(Shape shape, Label label, Line line) {
    }

    /**
     * What is placed so far, and the search for the next free place: a place fits when its label overlaps no
     * label or circle, no line already drawn runs through its label or circle, and its own line runs through no
     * label or circle placed before it. Checking both ways at every step means the finished chart has no
     * overlap at all, whatever order people are placed in.
     */
    private static final class Placed {

        /** Angles tried within a person's slot, nearest its middle first, as fractions of the slot. */
        private static final double[] NUDGES = {0, 0.25, -0.25};
        /** Lines keep this far from text, so a zigzag's teeth stay clear of it too. */
        private static final double PAD = 5;

        final List<Rectangle2D> boxes = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        private final double centreRadius;

        /** The angle of each person not yet placed: nothing placed may cross the line that will be drawn to them. */
        final Map<String, Double> unplaced = new java.util.HashMap<>();

        Placed(double centreRadius) {
            this.centreRadius = centreRadius;
            boxes.add(new Rectangle2D.Double(-centreRadius, -centreRadius, 2 * centreRadius, 2 * centreRadius));
        }

        void add(Spot spot) {
            var s = spot.shape();
            double reach = reach(s);
            boxes.add(new Rectangle2D.Double(s.x() - reach, s.y() - reach, 2 * reach, 2 * reach));
            boxes.add(box(spot.label()));
            labels.add(spot.label());
            if (spot.line() != null) {
                lines.add(spot.line());
                if (spot.line().mark() != null) {
                    boxes.add(markBox(spot.line()));
                }
            }
        }

        /**
         * The first place that fits along the person's own angle (or a quarter of their slot either side), a
         * little further out each time. It always ends: labels are kept off the lines of people not yet placed,
         * so far enough out the label fits between them and beyond everything placed so far.
         */
        Spot find(Member member, double angle, double slot, double ring, ChartData data, boolean worker) {
            unplaced.remove(member.id());
            for (int step = 0; ; step++) {
                double radius = ring + step * STEP_OUT / 2;
                for (double nudge : NUDGES) {
                    var spot = spot(member, angle + nudge * slot, radius, data, worker);
                    if (fits(spot)) {
                        return spot;
                    }
                }
            }
        }

        private Spot spot(Member member, double angle, double radius, ChartData data, boolean worker) {
            double x = Math.cos(angle) * radius;
            double y = Math.sin(angle) * radius;
            boolean warning = worker && member.doNotContact();
            var shape = new Shape(member.id(), x, y, PERSON_RADIUS, Form.CIRCLE, false, worker && member.deceased(),
                    warning);
            var text = worker ? workerLabel(member) : ownLabel(member, data.words());
            // The label sits just beyond the circle on the far side from the centre, the person's own line carried
            // on: their line, coming in from the centre, never reaches it, and it takes the least room across the
            // lines to the people either side.
            double reach = reach(shape);
            var sized = new Label(member.id(), 0, 0, text, false, warning);
            double ux = Math.cos(angle), uy = Math.sin(angle);
            double along = Math.min(Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : sized.width() / 2 / Math.abs(ux),
                    Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : sized.height() / 2 / Math.abs(uy));
            double d = reach + 3 + along;
            var label = new Label(member.id(), x + ux * d, y + uy * d - sized.height() / 2, text, false, warning);
            var stroke = stroke(member.tie());
            Line line = null;
            if (stroke != null) {
                line = new Line(member.id(), ux * centreRadius, uy * centreRadius, x - ux * reach, y - uy * reach,
                        stroke, worker ? (member.repaired() ? "repaired" : null) : ownMark(member));
            }
            return new Spot(shape, label, line);
        }

        private boolean fits(Spot spot) {
            var s = spot.shape();
            double reach = reach(s);
            var circle = new Rectangle2D.Double(s.x() - reach, s.y() - reach, 2 * reach, 2 * reach);
            var label = box(spot.label());
            for (var box : boxes) {
                if (box.intersects(circle) || box.intersects(label)) {
                    return false;
                }
            }
            var mine = new ArrayList<Rectangle2D>(List.of(grow(circle, PAD - 1), grow(label, PAD)));
            for (var line : lines) {
                var segment = new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2());
                if (mine.stream().anyMatch(segment::intersects)) {
                    return false;
                }
            }
            for (double angle : unplaced.values()) {
                var ray = new Line2D.Double(0, 0, Math.cos(angle) * 1e6, Math.sin(angle) * 1e6);
                if (mine.stream().anyMatch(ray::intersects)) {
                    return false;
                }
            }
            if (spot.line() != null) {
                var own = spot.line();
                var segment = new Line2D.Double(own.x1(), own.y1(), own.x2(), own.y2());
                if (segment.intersects(grow(label, PAD))) {
                    return false;
                }
                var mark = own.mark() == null ? null : markBox(own);
                for (int i = 1; i < boxes.size(); i++) {
                    if (segment.intersects(grow(boxes.get(i), PAD - 1)) || mark != null && mark.intersects(boxes.get(i))) {
                        return false;
                    }
                }
                if (mark != null && (mark.intersects(label) || mark.intersects(circle))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A group's name, as near its people as it fits: tried along the middle of the group's sector and across
         * it, from just outside the innermost of them outward, keeping the place nearest to one of them.
         */
        Label groupTitle(String heading, double start, double span, List<Shape> members) {
            double inner = members.stream().mapToDouble(s -> Math.hypot(s.x(), s.y())).min().orElse(150);
            Label best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int step = 0; best == null || step < 40; step++) {
                double radius = inner + 20 + step * STEP_OUT / 2;
                for (double fraction : new double[] {0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95}) {
                    double angle = start + span * fraction;
                    var candidate = new Label(null, Math.cos(angle) * radius, Math.sin(angle) * radius - 8,
                            List.of(heading), true, false);
                    if (!free(candidate)) {
                        continue;
                    }
                    double distance = distance(box(candidate), members);
                    if (distance < bestDistance) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }

        private boolean free(Label candidate) {
            var box = box(candidate);
            if (boxes.stream().anyMatch(box::intersects)) {
                return false;
            }
            var padded = grow(box, PAD);
            return lines.stream().noneMatch(l -> new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()).intersects(padded));
        }
    }

    /** The gap between a box and the nearest of these circles. */
    static double distance(Rectangle2D box, List<Shape> shapes) {
        double best = Double.MAX_VALUE;
        for (var s : shapes) {
            double dx = Math.max(0, Math.max(box.getMinX() - s.x(), s.x() - box.getMaxX()));
            double dy = Math.max(0, Math.max(box.getMinY() - s.y(), s.y() - box.getMaxY()));
            best = Math.min(best, Math.max(0, Math.hypot(dx, dy) - reach(s)));
        }
        return best;
    }

    private static double reach(Shape s) {
        return s.warning() ? s.radius() + 8 : s.radius();
    }

    static Rectangle2D box(Label label) {
        return new Rectangle2D.Double(label.left(), label.y(), label.width(), label.height());
    }

    /** Where a line's mark (a tick, a star) is written: at the middle of the line. */
    static Rectangle2D markBox(Line line) {
        double mx = (line.x1() + line.x2()) / 2;
        double my = (line.y1() + line.y2()) / 2;
        return new Rectangle2D.Double(mx - 9, my - 9, 18, 17);
    }

    private static Rectangle2D grow(Rectangle2D box, double by) {
        return new Rectangle2D.Double(box.getX() - by, box.getY() - by, box.getWidth() + 2 * by,
                box.getHeight() + 2 * by);
    }

    /** How a tie is drawn; null for someone the young person has not met yet, who has no line to them. */
    static Stroke stroke(ChartData.Tie tie) {
        return switch (tie) {
            case STRONG -> Stroke.THICK;
            case TENUOUS -> Stroke.DASHED;
            case STRESSFUL -> Stroke.ZIGZAG;
            case LOST -> Stroke.DOTTED;
            case REMEMBERED -> Stroke.SOLID;
            case NOT_MET -> null;
        };
    }

    /** On the young person's chart a line carries the star or the heart their card shows. */
    private static String ownMark(Member member) {
        if (member.deceased()) {
            return OwnWords.REMEMBERED_MARK;
        }
        return member.repaired() ? OwnWords.BACK_IN_TOUCH_MARK : null;
    }

    private static List<String> workerLabel(Member member) {
        var text = new ArrayList<String>();
        text.add(member.name() + (member.deceased() ? " (died)" : ""));
        if (member.relationship() != null) {
            text.add(member.relationship());
        }
        if (member.doNotContact()) {
            text.add("DO NOT CONTACT");
        }
        if (member.repaired()) {
            text.add("back in touch");
        }
        return text;
    }

    /** A label in the young person's words: never a do-not-contact line, and "remembered" for someone who died. */
    private static List<String> ownLabel(Member member, OwnWords words) {
        var text = new ArrayList<String>();
        text.add(member.name());
        if (member.relationship() != null) {
            text.add(member.relationship());
        }
        if (member.deceased()) {
            text.add(words.remembered());
        } else if (member.repaired()) {
            text.add(words.backInTouch());
        }
        return text;
    }

    private static double ringRadius(Closeness closeness) {
        return switch (closeness) {
            case CLOSE -> 150;
            case SOME -> 250;
            case APART -> 350;
        };
    }

    private static int groupRank(String group) {
        int rank = GROUP_ORDER.indexOf(group);
        return rank < 0 ? GROUP_ORDER.size() : rank;
    }

    private static Layout translate(List<Shape> shapes, List<Line> lines, List<Label> labels, String title,
            List<LegendEntry> legend) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (var label : labels) {
            minX = Math.min(minX, label.left());
            maxX = Math.max(maxX, label.left() + label.width());
            minY = Math.min(minY, label.y());
            maxY = Math.max(maxY, label.y() + label.height());
        }
        for (var shape : shapes) {
            minX = Math.min(minX, shape.x() - reach(shape));
            maxX = Math.max(maxX, shape.x() + reach(shape));
            minY = Math.min(minY, shape.y() - reach(shape));
            maxY = Math.max(maxY, shape.y() + reach(shape));
        }
        double dx = MARGIN - minX;
        double dy = MARGIN + 30 - minY;
        var movedShapes = shapes.stream().map(s -> new Shape(s.personId(), s.x() + dx, s.y() + dy, s.radius(),
                s.form(), s.highlighted(), s.crossed(), s.warning())).toList();
        var movedLines = lines.stream().map(l -> new Line(l.personId(), l.x1() + dx, l.y1() + dy, l.x2() + dx,
                l.y2() + dy, l.stroke(), l.mark())).toList();
        var movedLabels = labels.stream().map(l -> new Label(l.personId(), l.x() + dx, l.y() + dy, l.lines(),
                l.bold(), l.warning())).toList();
        int width = (int) Math.ceil(maxX - minX + 2 * MARGIN + Layout.legendRoom(legend));
        int height = (int) Math.ceil(Math.max(maxY - minY + 2 * MARGIN + 30, 420));
        return new Layout(width, height, title, movedShapes, movedLines, movedLabels, legend);
    }

    private static List<LegendEntry> legend() {
        return List.of(
                new LegendEntry(Stroke.THICK, null, false, false, "strong: regular contact"),
                new LegendEntry(Stroke.DASHED, null, false, false, "tenuous: now and then"),
                new LegendEntry(Stroke.ZIGZAG, null, false, false, "stressful or broken down"),
                new LegendEntry(Stroke.DOTTED, null, false, false, "lost touch or never met"),
                new LegendEntry(Stroke.SOLID, null, false, false, "✓ back in touch since referral"),
                new LegendEntry(null, Form.CIRCLE, true, false, "X: has died"),
                new LegendEntry(null, Form.CIRCLE, false, true, "double red ring: do not contact"));
    }
}
