package org.lifelonglinks.chart;

import java.util.Locale;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;
import org.lifelonglinks.system.TextRules;

/** Writes a layout as SVG, with a title and description for screen readers and meaning never in colour alone. */
final class SvgPainter {

    static final String INK = "#1f2a37";
    static final String WARNING = "#b42318";
    static final String YOU = "#e8f1fb";

    private SvgPainter() {
    }

    static String paint(Layout layout) {
        return paint(layout, null);
    }

    /** @param words the young person's words for the description and the key; null for a worker's chart (English) */
    static String paint(Layout layout, OwnWords words) {
        int people = layout.shapes().size() - 1;
        String description = words == null ? count(people) + ". Lines and symbols are explained in the key."
                : words.described(people);
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" \
                aria-labelledby="chart-title chart-desc" font-family="Verdana, Arial, sans-serif" font-size="12">
                <title id="chart-title">%s</title>
                <desc id="chart-desc">%s</desc>
                <rect width="100%%" height="100%%" fill="#ffffff"/>
                <text x="20" y="28" font-size="18" font-weight="bold" fill="%s">%s</text>
                """, layout.width(), layout.height(), layout.width(), layout.height(), escape(layout.title()),
                escape(description), INK, titleLines(layout)));
        svg.append("<g id=\"lines\">\n");
        layout.lines().forEach(line -> line(svg, line));
        svg.append("</g>\n<g id=\"people\">\n");
        layout.shapes().forEach(shape -> shape(svg, shape));
        svg.append("</g>\n<g id=\"labels\">\n");
        layout.labels().forEach(label -> label(svg, label));
        svg.append("</g>\n");
        legend(svg, layout, words == null ? "Key" : words.keyHeading());
        return svg.append("</svg>\n").toString();
    }

    private static String titleLines(Layout layout) {
        var lines = layout.titleLines();
        if (lines.size() == 1) {
            return escape(lines.getFirst());
        }
        var text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(String.format(Locale.ROOT, "<tspan x=\"20\" dy=\"%s\">%s</tspan>", i == 0 ? "0" : 
                    String.valueOf((int) Layout.TITLE_LINE), escape(lines.get(i))));
        }
        return text.toString();
    }

    private static void line(StringBuilder svg, Line line) {
        String common = String.format(Locale.ROOT, "%sstroke=\"%s\" fill=\"none\"",
                line.personId() == null ? "" : "data-for=\"" + escape(line.personId()) + "\" ", INK);
        switch (line.stroke()) {
            case ZIGZAG -> svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" %s stroke-width=\"1.6\"/>\n",
                    zigzag(line), common));
            default -> svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s stroke-width=\"%s\"%s/>\n",
                    line.x1(), line.y1(), line.x2(), line.y2(), common, width(line.stroke()), dash(line.stroke())));
        }
        if (line.mark() != null) {
            double mx = (line.x1() + line.x2()) / 2;
            double my = (line.y1() + line.y2()) / 2;
            String text = switch (line.mark()) {
                case "repaired" -> "✓";
                case "former" -> "//";
                default -> line.mark();
            };
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-weight=\"bold\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>\n",
                    mx, my + 4, INK, escape(text)));
        }
    }

    private static void shape(StringBuilder svg, Shape s) {
        svg.append(String.format(Locale.ROOT, "<g data-person-id=\"%s\">", escape(s.personId())));
        String fill = s.form() == Form.CENTRE ? YOU : "#ffffff";
        switch (s.form()) {
            case CENTRE, CIRCLE -> svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    s.x(), s.y(), s.radius(), fill, INK, s.form() == Form.CENTRE ? "3" : "1.6"));
            case SQUARE -> svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.6\"/>",
                    s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(), 2 * s.radius(), fill, INK));
            case DIAMOND -> svg.append(String.format(Locale.ROOT,
                    "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.6\"/>",
                    s.x(), s.y() - s.radius(), s.x() + s.radius(), s.y(), s.x(), s.y() + s.radius(),
                    s.x() - s.radius(), s.y(), fill, INK));
        }
        if (s.highlighted() && s.form() != Form.CENTRE) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"3\"/>", s.x(), s.y(), s.radius() + 5, INK));
        }
        if (s.crossed()) {
            double r = s.radius() * 0.8;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f\" "
                    + "stroke=\"%s\" stroke-width=\"1.6\"/>", s.x() - r, s.y() - r, s.x() + r, s.y() + r,
                    s.x() + r, s.y() - r, s.x() - r, s.y() + r, INK));
        }
        if (s.warning()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>", s.x(), s.y(), s.radius() + 4, WARNING, s.x(), s.y(),
                    s.radius() + 8, WARNING));
        }
        svg.append("</g>\n");
    }

    private static void label(StringBuilder svg, Label label) {
        // A white halo keeps text readable where a line passes behind it.
        svg.append(String.format(Locale.ROOT, "<text class=\"label\"%s x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                + "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\" "
                + "data-width=\"%.1f\" data-height=\"%.1f\"%s>",
                label.personId() == null ? "" : " data-for=\"" + escape(label.personId()) + "\"",
                label.x(), label.y() + 12, label.width(), label.height(), label.bold() ? " font-weight=\"bold\"" : ""));
        for (int i = 0; i < label.lines().size(); i++) {
            String line = label.lines().get(i);
            boolean warning = line.equals("DO NOT CONTACT");
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%s\" fill=\"%s\"%s>%s</tspan>", label.x(),
                    i == 0 ? "0" : "15", warning ? WARNING : (i == 0 ? INK : "#4b5563"),
                    warning ? " font-weight=\"bold\"" : "", escape(line)));
        }
        svg.append("</text>\n");
    }

    private static void legend(StringBuilder svg, Layout layout, String heading) {
        double boxWidth = Layout.legendWidth(layout.legend());
        double x = layout.legendX();
        double y = layout.legendY();
        svg.append(String.format(Locale.ROOT, "<g id=\"legend\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                + "height=\"%d\" fill=\"#f9fafb\" stroke=\"#d1d5db\"/>", x - 10, y - 24, boxWidth, 34 + 24 * layout.legend().size()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" fill=\"%s\">%s</text>",
                x, y - 6, INK, escape(heading)));
        for (LegendEntry entry : layout.legend()) {
            y += 24;
            if (entry.stroke() != null) {
                line(svg, new Line(x, y - 4, x + 40, y - 4, entry.stroke(), entry.mark()));
            } else {
                shape(svg, new Shape("legend", x + 20, y - 4, 8, entry.form(), false, entry.crossed(), entry.warning()));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>", x + 50, y,
                    INK, escape(entry.text())));
        }
        svg.append("</g>\n");
    }

    private static String count(int people) {
        return people == 1 ? "1 person" : people + " people";
    }

    static String zigzag(Line line) {
        double length = Math.hypot(line.x2() - line.x1(), line.y2() - line.y1());
        int teeth = Math.max(2, (int) (length / 10));
        double ux = (line.x2() - line.x1()) / length, uy = (line.y2() - line.y1()) / length;
        var points = new StringBuilder();
        for (int i = 0; i <= teeth; i++) {
            double t = length * i / teeth;
            double offset = (i == 0 || i == teeth) ? 0 : (i % 2 == 0 ? 4 : -4);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", line.x1() + ux * t - uy * offset,
                    line.y1() + uy * t + ux * offset));
        }
        return points.toString().strip();
    }

    static String width(Stroke stroke) {
        return stroke == Stroke.THICK ? "4" : "1.6";
    }

    private static String dash(Stroke stroke) {
        return switch (stroke) {
            case DASHED -> " stroke-dasharray=\"8 5\"";
            case DOTTED -> " stroke-dasharray=\"2 4\" stroke-linecap=\"round\"";
            default -> "";
        };
    }

    static String escape(String text) {
        // Records written before the input rules may still hold characters XML cannot carry.
        return TextRules.clean(text, false).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
