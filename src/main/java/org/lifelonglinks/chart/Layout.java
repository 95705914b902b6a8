package org.lifelonglinks.chart;

import java.util.List;

/**
 * A chart laid out once, in pixels, for every painter to draw the same way.
 *
 * @param width  canvas width
 * @param height canvas height
 * @param title  what the chart is, for screen readers and the top of the page
 * @param shapes people, the young person first
 * @param lines  lines between people, drawn under the shapes
 * @param labels text boxes, never overlapping one another
 * @param legend the key to symbols and lines
 * @param legendX left of the key's first symbol
 * @param legendY baseline of the key's first entry
 */
record Layout(int width, int height, String title, List<Shape> shapes, List<Line> lines, List<Label> labels,
        List<LegendEntry> legend, double legendX, double legendY) {

    /** The key at the top right. */
    Layout(int width, int height, String title, List<Shape> shapes, List<Line> lines, List<Label> labels,
            List<LegendEntry> legend) {
        this(width, height, title, shapes, lines, labels, legend, width - legendWidth(legend) - 15, 60);
    }

    /** Width of a character of the title (18 px bold, Verdana being the widest font asked for). */
    static final double TITLE_CHAR = 11;
    /** Distance between the lines of a title too long for one. */
    static final double TITLE_LINE = 24;

    /** The title broken into lines at spaces so none is wider than the chart. */
    List<String> titleLines() {
        return wrap(title, width);
    }

    static List<String> wrap(String title, double width) {
        int most = Math.max(10, (int) ((width - 30) / TITLE_CHAR));
        var lines = new java.util.ArrayList<String>();
        var line = new StringBuilder();
        for (String word : title.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > most) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * What overlaps in this chart, each in words: a label over another label, a line running through a label (any
     * line, including one ending at the label's own person), the key over anything drawn. A readable chart has
     * none; the layouts check their work with it and the tests measure it.
     */
    List<String> overlaps() {
        var found = new java.util.ArrayList<String>();
        for (int i = 0; i < labels.size(); i++) {
            var a = labels.get(i);
            for (int j = i + 1; j < labels.size(); j++) {
                if (a.overlaps(labels.get(j))) {
                    found.add("the label " + a.lines() + " overlaps the label " + labels.get(j).lines());
                }
            }
            var box = a.box();
            for (var line : lines) {
                if (new java.awt.geom.Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()).intersects(box)) {
                    found.add("a line " + line + " runs through the label " + a.lines());
                }
            }
        }
        var key = legendBox();
        for (var label : labels) {
            if (key.intersects(label.box())) {
                found.add("the key overlaps the label " + label.lines());
            }
        }
        for (var line : lines) {
            if (new java.awt.geom.Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()).intersects(key)) {
                found.add("a line " + line + " runs through the key");
            }
        }
        for (var shape : shapes) {
            if (key.intersects(shape.x() - shape.radius(), shape.y() - shape.radius(), 2 * shape.radius(),
                    2 * shape.radius())) {
                found.add("the key overlaps the symbol of " + shape.personId());
            }
        }
        return found;
    }

    /** The key's box, as the painters draw it. */
    java.awt.geom.Rectangle2D legendBox() {
        return new java.awt.geom.Rectangle2D.Double(legendX - 10, legendY - 24, legendWidth(legend),
                legendHeight(legend.size()));
    }

    /** Height of a key's box with this many entries. */
    static double legendHeight(int entries) {
        return 34 + 24 * entries;
    }

    enum Form { CENTRE, CIRCLE, SQUARE, DIAMOND }

    enum Stroke { THICK, SOLID, DASHED, DOTTED, ZIGZAG }

    record Shape(String personId, double x, double y, double radius, Form form, boolean highlighted, boolean crossed,
            boolean warning) {
    }

    /** A line; {@code personId} names whom an ecomap line leads to (null for kinship and key lines). */
    record Line(String personId, double x1, double y1, double x2, double y2, Stroke stroke, String mark) {

        Line(double x1, double y1, double x2, double y2, Stroke stroke, String mark) {
            this(null, x1, y1, x2, y2, stroke, mark);
        }
    }

    /** A label centred on {@code x}, its top at {@code y}; lines of text one under another. */
    record Label(String personId, double x, double y, List<String> lines, boolean bold, boolean warning) {

        static final double LINE_HEIGHT = 15;
        static final double CHAR_WIDTH = 7.2;

        double width() {
            return lines.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH + 6;
        }

        double height() {
            return lines.size() * LINE_HEIGHT + 2;
        }

        double left() {
            return x - width() / 2;
        }

        java.awt.geom.Rectangle2D box() {
            return new java.awt.geom.Rectangle2D.Double(left(), y, width(), height());
        }

        boolean overlaps(Label other) {
            return left() < other.left() + other.width() && other.left() < left() + width()
                    && y < other.y + other.height() && other.y < y + height();
        }
    }

    /** A line of the key: a line sample (with its mark, if any) or a symbol, and what it means. */
    record LegendEntry(Stroke stroke, Form form, boolean crossed, boolean warning, String text, String mark) {

        LegendEntry(Stroke stroke, Form form, boolean crossed, boolean warning, String text) {
            this(stroke, form, crossed, warning, text, null);
        }
    }

    /** The key's box: wide enough for its longest line of text. */
    static double legendWidth(List<LegendEntry> legend) {
        int longest = legend.stream().mapToInt(e -> e.text().length()).max().orElse(0);
        return Math.max(225, 60 + longest * Label.CHAR_WIDTH);
    }

    /** The room a chart keeps at its right for the key. */
    static double legendRoom(List<LegendEntry> legend) {
        return legendWidth(legend) + 25;
    }
}
