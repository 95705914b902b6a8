package org.lifelonglinks.chart;

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
 * family, former carers, school, friends, professionals, community) sized by how many people they hold. A label
 * that would overlap another is moved outward along its spoke until it fits, so no two labels ever overlap.
 * Deterministic: groups and people are placed in a fixed order, with no randomness.
 *
 * <p>Cost: O(n²) label checks per placement step; a few milliseconds for a hundred people.
 */
final class EcomapLayout {

    static final List<String> GROUP_ORDER = List.of("Mum's side", "Dad's side", "Family", "Former carers",
            "School and education", "Friends", "Professionals", "Community");
    private static final double CENTRE_RADIUS = 46;
    private static final double PERSON_RADIUS = 14;
    private static final double STEP_OUT = 26;
    private static final int MAX_STEPS = 80;
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

        var labels = new ArrayList<Label>();
        var shapes = new ArrayList<Shape>();
        var spokes = new ArrayList<double[]>();
        labels.add(new Label(data.youngPersonId(), 0, CENTRE_RADIUS + 4, List.of(data.youngPersonName()), true,
                false));
        // The centre circle is kept clear like a label.
        var centreBox = new Label(null, 0, -CENTRE_RADIUS, java.util.Collections.nCopies(6, " ".repeat(13)), false,
                false);
        int total = data.members().size();
        double start = -Math.PI / 2;
        var groupTitles = new ArrayList<double[]>();
        for (var entry : groups.entrySet()) {
            var members = entry.getValue();
            double span = 2 * Math.PI * members.size() / total;
            for (int i = 0; i < members.size(); i++) {
                var member = members.get(i);
                double angle = start + span * (i + 0.5) / members.size();
                double radius = ringRadius(member.closeness());
                Label label = null;
                for (int step = 0; step < MAX_STEPS; step++) {
                    label = labelFor(member, angle, radius, data.reader(), data.words());
                    if (fits(label, labels, centreBox)) {
                        break;
                    }
                    radius += STEP_OUT;
                }
                labels.add(label);
                boolean worker = data.reader() == ChartData.Reader.WORKER;
                shapes.add(new Shape(member.id(), Math.cos(angle) * radius, Math.sin(angle) * radius, PERSON_RADIUS,
                        Form.CIRCLE, false, worker && member.deceased(), worker && member.doNotContact()));
                spokes.add(new double[] {angle, radius});
            }
            groupTitles.add(new double[] {start + span / 2});
            start += span;
        }
        double outer = shapes.stream().mapToDouble(s -> Math.hypot(s.x(), s.y())).max().orElse(CENTRE_RADIUS)
                + 70;
        int g = 0;
        for (var groupName : groups.keySet()) {
            double angle = groupTitles.get(g++)[0];
            double radius = outer;
            Label title = null;
            for (int step = 0; step < MAX_STEPS; step++) {
                String heading = data.reader() == ChartData.Reader.YOUNG_PERSON ? data.words().group(groupName)
                        : groupName;
                title = new Label(null, Math.cos(angle) * radius, Math.sin(angle) * radius - 8,
                        List.of(heading.toUpperCase()), true, false);
                if (fits(title, labels, centreBox)) {
                    break;
                }
                radius += STEP_OUT;
            }
            labels.add(title);
        }

        var lines = new ArrayList<Line>();
        for (int i = 0; i < shapes.size(); i++) {
            var shape = shapes.get(i);
            var member = findMember(data, shape.personId());
            double angle = spokes.get(i)[0];
            var stroke = stroke(member.tie());
            if (stroke == null) {
                continue;
            }
            lines.add(new Line(member.id(), Math.cos(angle) * CENTRE_RADIUS, Math.sin(angle) * CENTRE_RADIUS,
                    shape.x() - Math.cos(angle) * PERSON_RADIUS, shape.y() - Math.sin(angle) * PERSON_RADIUS,
                    stroke, data.reader() == ChartData.Reader.YOUNG_PERSON ? ownMark(member)
                            : member.repaired() ? "repaired" : null));
        }
        var allShapes = new ArrayList<Shape>();
        allShapes.add(new Shape(data.youngPersonId(), 0, 0, CENTRE_RADIUS, Form.CENTRE, true, false, false));
        allShapes.addAll(shapes);
        boolean own = data.reader() == ChartData.Reader.YOUNG_PERSON;
        var legend = own ? data.words().peopleAroundYouKey() : legend();
        return translate(allShapes, lines, labels, own ? data.words().networkTitle(data.youngPersonName())
                : data.youngPersonName() + "'s network", legend);
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

    private static Label labelFor(Member member, double angle, double radius, ChartData.Reader reader,
            OwnWords words) {
        var text = reader == ChartData.Reader.YOUNG_PERSON ? ownLabel(member, words) : workerLabel(member);
        // The label hangs below the person's circle; the circle's own box is part of the label's top line.
        double x = Math.cos(angle) * radius;
        double y = Math.sin(angle) * radius - PERSON_RADIUS;
        var lines = new ArrayList<String>();
        lines.add("");
        lines.add("");
        lines.addAll(text);
        return new Label(member.id(), x, y, List.copyOf(lines), false,
                reader == ChartData.Reader.WORKER && member.doNotContact());
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

    private static boolean fits(Label candidate, List<Label> placed, Label centre) {
        if (candidate.overlaps(centre)) {
            return false;
        }
        for (var label : placed) {
            if (candidate.overlaps(label)) {
                return false;
            }
        }
        return true;
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

    private static Member findMember(ChartData data, String id) {
        return data.members().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
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
            minX = Math.min(minX, shape.x() - shape.radius());
            maxX = Math.max(maxX, shape.x() + shape.radius());
            minY = Math.min(minY, shape.y() - shape.radius());
            maxY = Math.max(maxY, shape.y() + shape.radius());
        }
        double dx = MARGIN - minX;
        double dy = MARGIN + 30 - minY;
        var movedShapes = shapes.stream().map(s -> new Shape(s.personId(), s.x() + dx, s.y() + dy, s.radius(),
                s.form(), s.highlighted(), s.crossed(), s.warning())).toList();
        var movedLines = lines.stream().map(l -> new Line(l.personId(), l.x1() + dx, l.y1() + dy, l.x2() + dx,
                l.y2() + dy, l.stroke(), l.mark())).toList();
        // The two blank lines that reserve the circle's place are dropped once placement is done.
        var movedLabels = labels.stream().map(l -> {
            boolean person = l.personId() != null && l.lines().size() > 2 && l.lines().get(0).isEmpty();
            var text = person ? l.lines().subList(2, l.lines().size()) : l.lines();
            double top = l.y() + dy + (person ? 2 * Label.LINE_HEIGHT : 0);
            return new Label(l.personId(), l.x() + dx, top, text, l.bold(), l.warning());
        }).toList();
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
