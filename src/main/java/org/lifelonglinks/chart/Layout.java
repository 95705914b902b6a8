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

    record Line(double x1, double y1, double x2, double y2, Stroke stroke, String mark) {
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

    record LegendEntry(Stroke stroke, Form form, boolean crossed, boolean warning, String text) {
    }
}
