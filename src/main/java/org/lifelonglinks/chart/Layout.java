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
 */
record Layout(int width, int height, String title, List<Shape> shapes, List<Line> lines, List<Label> labels,
        List<LegendEntry> legend) {

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
