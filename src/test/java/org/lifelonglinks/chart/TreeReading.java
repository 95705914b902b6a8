package org.lifelonglinks.chart;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;

/**
 * Reads a laid-out genogram from its geometry alone, as someone looking at it would: follows a child's line up to
 * the sibship line it hangs from, finds who else hangs there and whose couple line or side the line comes down
 * from. Also finds where lines cross names or symbols and where anything overlaps.
 */
final class TreeReading {

    private static final double NEAR = 0.6;

    /**
     * One line a child hangs from.
     *
     * @param parents  the people the line comes down from
     * @param siblings the others hanging from the same sibship line
     * @param stroke   how the child's own line is drawn
     */
    record Hanging(Set<String> parents, Set<String> siblings, Stroke stroke) {
    }

    private final Layout layout;

    TreeReading(Layout layout) {
        this.layout = layout;
    }

    Shape shape(String id) {
        return layout.shapes().stream().filter(s -> s.personId().equals(id)).findFirst().orElseThrow();
    }

    Label label(String id) {
        return layout.labels().stream().filter(l -> id.equals(l.personId())).findFirst().orElseThrow();
    }

    List<Hanging> hangings(String child) {
        var hangings = new ArrayList<Hanging>();
        for (var drop : layout.lines()) {
            if (!vertical(drop) || !endsOnTopOf(bottomX(drop), bottomY(drop), shape(child))) {
                continue;
            }
            double tx = drop.x1(), ty = topAcrossBreaks(drop);
            var bar = bar(tx, ty);
            var parents = new TreeSet<String>();
            var siblings = new TreeSet<String>();
            var joints = new ArrayList<double[]>();
            if (bar.isEmpty()) {
                // An only child straight under the line from their parents: that line ends where theirs starts.
                layout.lines().stream().filter(l -> vertical(l) && l != drop && Math.abs(l.x1() - tx) < NEAR
                        && Math.abs(bottomY(l) - ty) < NEAR).forEach(l -> joints.add(new double[] {tx, topY(l)}));
            } else {
                for (var line : layout.lines()) {
                    if (!vertical(line) || line == drop) {
                        continue;
                    }
                    if (on(line.x1(), topY(line), bar)) {
                        whoseTop(line.x1(), bottomAcrossBreaks(line)).ifPresent(siblings::add);
                    }
                    if (on(line.x1(), bottomY(line), bar)) {
                        joints.add(new double[] {line.x1(), topAcrossBreaks(line)});
                    }
                }
            }
            for (var joint : joints) {
                parents.addAll(climb(joint[0], joint[1], 0));
            }
            hangings.add(new Hanging(parents, siblings, drop.stroke()));
        }
        return hangings;
    }

    /**
     * The sibship line through a point: the horizontal pieces at its height that run on from one another, across
     * the short breaks left where another line crosses.
     */
    private List<Line> bar(double x, double y) {
        var pieces = layout.lines().stream().filter(l -> horizontal(l) && Math.abs(l.y1() - y) < NEAR)
                .sorted(java.util.Comparator.comparingDouble(l -> Math.min(l.x1(), l.x2()))).toList();
        var bar = new ArrayList<Line>();
        for (var piece : pieces) {
            double lo = Math.min(piece.x1(), piece.x2());
            if (!bar.isEmpty() && lo - Math.max(bar.getLast().x1(), bar.getLast().x2()) > 2 * GenogramLayout.HOP + NEAR) {
                if (bar.stream().anyMatch(l -> on(x, y, l))) {
                    return bar;
                }
                bar.clear();
            }
            bar.add(piece);
        }
        return bar.stream().anyMatch(l -> on(x, y, l)) ? bar : List.of();
    }

    private static boolean on(double x, double y, List<Line> bar) {
        return bar.stream().anyMatch(l -> on(x, y, l));
    }

    /** Lines that cross without a break, where a crossing could be read as a join. */
    List<String> crossings() {
        var found = new ArrayList<String>();
        for (var v : layout.lines()) {
            for (var h : layout.lines()) {
                if (vertical(v) && horizontal(h) && v.x1() > Math.min(h.x1(), h.x2()) + NEAR
                        && v.x1() < Math.max(h.x1(), h.x2()) - NEAR && topY(v) < h.y1() - NEAR
                        && bottomY(v) > h.y1() + NEAR) {
                    found.add(v + " crosses " + h);
                }
            }
        }
        return found;
    }

    /** The top of a vertical line, read on up across any break left where it crosses another line. */
    private double topAcrossBreaks(Line line) {
        double top = topY(line);
        for (boolean moved = true; moved; ) {
            moved = false;
            for (var above : layout.lines()) {
                double gap = top - bottomY(above);
                if (vertical(above) && Math.abs(above.x1() - line.x1()) < NEAR && gap > NEAR
                        && gap <= 2 * GenogramLayout.HOP + NEAR) {
                    top = topY(above);
                    moved = true;
                }
            }
        }
        return top;
    }

    /** The bottom of a vertical line, read on down across any break left where it crosses another line. */
    private double bottomAcrossBreaks(Line line) {
        double bottom = bottomY(line);
        for (boolean moved = true; moved; ) {
            moved = false;
            for (var below : layout.lines()) {
                double gap = topY(below) - bottom;
                if (vertical(below) && Math.abs(below.x1() - line.x1()) < NEAR && gap > NEAR
                        && gap <= 2 * GenogramLayout.HOP + NEAR) {
                    bottom = bottomY(below);
                    moved = true;
                }
            }
        }
        return bottom;
    }

    /** Follows a line up from this point, across any step aside it takes, to the people it comes down from. */
    private Set<String> climb(double x, double y, int steps) {
        var found = comesFrom(x, y);
        if (!found.isEmpty() || steps > 4) {
            return found;
        }
        for (var step : layout.lines()) {
            if (!horizontal(step) || Math.abs(step.y1() - y) > NEAR) {
                continue;
            }
            double other = Math.abs(step.x1() - x) < NEAR ? step.x2() : Math.abs(step.x2() - x) < NEAR ? step.x1()
                    : Double.NaN;
            for (var up : layout.lines()) {
                if (!Double.isNaN(other) && vertical(up) && Math.abs(up.x1() - other) < NEAR
                        && Math.abs(bottomY(up) - y) < NEAR) {
                    found.addAll(climb(up.x1(), topAcrossBreaks(up), steps + 1));
                }
            }
        }
        return found;
    }

    /**
     * Everyone at the ends of the horizontal line through this point (read across breaks where lines cross it):
     * both partners of a couple line, or the parent a line leaves from the side of.
     */
    private Set<String> comesFrom(double x, double y) {
        var found = new TreeSet<String>();
        var line = bar(x, y);
        if (line.isEmpty()) {
            return found;
        }
        double lo = line.stream().mapToDouble(l -> Math.min(l.x1(), l.x2())).min().orElseThrow();
        double hi = line.stream().mapToDouble(l -> Math.max(l.x1(), l.x2())).max().orElseThrow();
        for (double end : new double[] {lo, hi}) {
            layout.shapes().stream().filter(s -> meetsSide(end, y, s)).forEach(s -> found.add(s.personId()));
        }
        return found;
    }

    /** Whether a straight couple line, maybe in pieces, runs at their height from one symbol's side to the other's. */
    boolean coupleLine(String a, String b) {
        var sa = shape(a);
        var sb = shape(b);
        if (Math.abs(sa.y() - sb.y()) > NEAR) {
            return false;
        }
        double from = Math.min(sa.x(), sb.x()) + reach(sa.x() < sb.x() ? sa : sb);
        double to = Math.max(sa.x(), sb.x()) - reach(sa.x() < sb.x() ? sb : sa);
        double at = from;
        boolean moved = true;
        while (at < to - NEAR && moved) {
            moved = false;
            for (var line : layout.lines()) {
                if (horizontal(line) && Math.abs(line.y1() - sa.y()) < NEAR
                        && Math.min(line.x1(), line.x2()) <= at + NEAR && Math.max(line.x1(), line.x2()) > at + NEAR) {
                    at = Math.max(line.x1(), line.x2());
                    moved = true;
                }
            }
        }
        return at >= to - NEAR;
    }

    /** Lines that pass through a name, as (line, person whose name it is). */
    List<String> linesThroughLabels() {
        var found = new ArrayList<String>();
        for (var line : layout.lines()) {
            var segment = new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2());
            for (var label : layout.labels()) {
                var box = new Rectangle2D.Double(label.left(), label.y(), label.width(), label.height());
                if (segment.intersects(box)) {
                    found.add(line + " crosses the name of " + label.personId());
                }
            }
        }
        return found;
    }

    /** Lines that pass through the inside of a symbol (lines meet symbols only at their edge). */
    List<String> linesThroughSymbols() {
        var found = new ArrayList<String>();
        for (var line : layout.lines()) {
            double length = Math.hypot(line.x2() - line.x1(), line.y2() - line.y1());
            int steps = Math.max(1, (int) (length * 2));
            for (var shape : layout.shapes()) {
                var inside = inside(shape);
                for (int i = 0; i <= steps; i++) {
                    double t = (double) i / steps;
                    if (inside.contains(line.x1() + t * (line.x2() - line.x1()), line.y1() + t * (line.y2() - line.y1()))) {
                        found.add(line + " crosses the symbol of " + shape.personId());
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Pairs of names, symbols, or a name and a symbol that overlap. */
    List<String> overlaps() {
        var boxes = new ArrayList<Rectangle2D>();
        var names = new ArrayList<String>();
        for (var label : layout.labels()) {
            boxes.add(new Rectangle2D.Double(label.left(), label.y(), label.width(), label.height()));
            names.add("name of " + label.personId());
        }
        for (var shape : layout.shapes()) {
            double r = reach(shape);
            boxes.add(new Rectangle2D.Double(shape.x() - r, shape.y() - r, 2 * r, 2 * r));
            names.add("symbol of " + shape.personId());
        }
        var found = new ArrayList<String>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).intersects(boxes.get(j))) {
                    found.add(names.get(i) + " overlaps " + names.get(j));
                }
            }
        }
        return found;
    }

    /** The lowest point of anything drawn for people on the row at this height: symbols and names. */
    double bottomOfRow(double y) {
        double bottom = y;
        for (var shape : layout.shapes()) {
            if (Math.abs(shape.y() - y) < NEAR) {
                var label = label(shape.personId());
                bottom = Math.max(bottom, Math.max(shape.y() + reach(shape), label.y() + label.height()));
            }
        }
        return bottom;
    }

    private java.util.Optional<String> whoseTop(double x, double y) {
        return layout.shapes().stream().filter(s -> endsOnTopOf(x, y, s)).map(Shape::personId).findFirst();
    }

    private static boolean endsOnTopOf(double x, double y, Shape s) {
        double r = reach(s);
        return Math.abs(x - s.x()) <= r && y <= s.y() && y >= s.y() - r - NEAR
                && !inside(s).contains(x, y) && outline(s, 1.0).contains(x, y);
    }

    private static boolean meetsSide(double x, double y, Shape s) {
        return Math.abs(y - s.y()) < reach(s) && !inside(s).contains(x, y) && outline(s, 1.0).contains(x, y);
    }

    /** The symbol with the rings of a do-not-contact warning, grown by {@code grow}. */
    private static java.awt.Shape outline(Shape s, double grow) {
        double r = reach(s) + grow;
        if (s.warning() || s.form() == Form.CIRCLE || s.form() == Form.CENTRE) {
            return new Ellipse2D.Double(s.x() - r, s.y() - r, 2 * r, 2 * r);
        }
        if (s.form() == Form.SQUARE) {
            return new Rectangle2D.Double(s.x() - r, s.y() - r, 2 * r, 2 * r);
        }
        var diamond = new Path2D.Double();
        diamond.moveTo(s.x(), s.y() - r);
        diamond.lineTo(s.x() + r, s.y());
        diamond.lineTo(s.x(), s.y() + r);
        diamond.lineTo(s.x() - r, s.y());
        diamond.closePath();
        return diamond;
    }

    private static java.awt.Shape inside(Shape s) {
        return outline(s, -1.0);
    }

    private static double reach(Shape s) {
        return s.warning() ? s.radius() + GenogramLayout.RING : s.radius();
    }

    static boolean vertical(Line l) {
        return Math.abs(l.x1() - l.x2()) < 1e-9 && Math.abs(l.y1() - l.y2()) > 1e-9;
    }

    static boolean horizontal(Line l) {
        return Math.abs(l.y1() - l.y2()) < 1e-9 && Math.abs(l.x1() - l.x2()) > 1e-9;
    }

    private static double topY(Line l) {
        return Math.min(l.y1(), l.y2());
    }

    private static double bottomY(Line l) {
        return Math.max(l.y1(), l.y2());
    }

    private static double bottomX(Line l) {
        return l.y1() > l.y2() ? l.x1() : l.x2();
    }

    private static boolean on(double x, double y, Line horizontal) {
        return Math.abs(horizontal.y1() - y) < NEAR && x >= Math.min(horizontal.x1(), horizontal.x2()) - NEAR
                && x <= Math.max(horizontal.x1(), horizontal.x2()) + NEAR;
    }

}
