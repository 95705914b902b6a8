package org.lifelonglinks.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.lifelonglinks.chart.Layout.Form;
import org.lifelonglinks.chart.Layout.Label;
import org.lifelonglinks.chart.Layout.LegendEntry;
import org.lifelonglinks.chart.Layout.Line;
import org.lifelonglinks.chart.Layout.Shape;
import org.lifelonglinks.chart.Layout.Stroke;

/** Paints a layout onto an image with Java2D, the same way {@link SvgPainter} writes it, for PNG and PDF. */
final class ImagePainter {

    private static final Color INK = Color.decode(SvgPainter.INK);
    private static final Color WARNING = Color.decode(SvgPainter.WARNING);
    private static final Color YOU = Color.decode(SvgPainter.YOU);
    private static final Color GREY = Color.decode("#4b5563");

    private ImagePainter() {
    }

    static BufferedImage paint(Layout layout, double scale) {
        return paint(layout, scale, null);
    }

    /** @param words the young person's words for the key's heading; null for a worker's chart (English) */
    static BufferedImage paint(Layout layout, double scale, OwnWords words) {
        var image = new BufferedImage((int) Math.ceil(layout.width() * scale), (int) Math.ceil(layout.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            var title = layout.titleLines();
            for (int i = 0; i < title.size(); i++) {
                g.drawString(title.get(i), 20, (float) (28 + i * Layout.TITLE_LINE));
            }
            layout.lines().forEach(line -> line(g, line));
            layout.shapes().forEach(shape -> shape(g, shape));
            layout.labels().forEach(label -> label(g, label));
            legend(g, layout, words == null ? "Key" : words.keyHeading());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void line(Graphics2D g, Line line) {
        g.setColor(INK);
        g.setStroke(stroke(line.stroke()));
        if (line.stroke() == Stroke.ZIGZAG) {
            var path = new Path2D.Double();
            String[] points = SvgPainter.zigzag(line).split(" ");
            for (int i = 0; i < points.length; i++) {
                String[] xy = points[i].split(",");
                double x = Double.parseDouble(xy[0]), y = Double.parseDouble(xy[1]);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.draw(path);
        } else {
            g.draw(new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()));
        }
        if (line.mark() != null) {
            String text = switch (line.mark()) {
                case "repaired" -> "✓";
                case "former" -> "//";
                default -> line.mark();
            };
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            double mx = (line.x1() + line.x2()) / 2, my = (line.y1() + line.y2()) / 2;
            int w = g.getFontMetrics().stringWidth(text);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(mx - w / 2.0 - 2, my - 9, w + 4, 14));
            g.setColor(INK);
            g.drawString(text, (float) (mx - w / 2.0), (float) (my + 4));
        }
    }

    private static void shape(Graphics2D g, Shape s) {
        java.awt.Shape outline = switch (s.form()) {
            case CENTRE, CIRCLE -> new Ellipse2D.Double(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(),
                    2 * s.radius());
            case SQUARE -> new Rectangle2D.Double(s.x() - s.radius(), s.y() - s.radius(), 2 * s.radius(),
                    2 * s.radius());
            case DIAMOND -> {
                var p = new Path2D.Double();
                p.moveTo(s.x(), s.y() - s.radius());
                p.lineTo(s.x() + s.radius(), s.y());
                p.lineTo(s.x(), s.y() + s.radius());
                p.lineTo(s.x() - s.radius(), s.y());
                p.closePath();
                yield p;
            }
        };
        g.setColor(s.form() == Form.CENTRE ? YOU : Color.WHITE);
        g.fill(outline);
        g.setColor(INK);
        g.setStroke(new BasicStroke(s.form() == Form.CENTRE ? 3f : 1.6f));
        g.draw(outline);
        if (s.highlighted() && s.form() != Form.CENTRE) {
            g.setStroke(new BasicStroke(3f));
            g.draw(new Ellipse2D.Double(s.x() - s.radius() - 5, s.y() - s.radius() - 5, 2 * s.radius() + 10,
                    2 * s.radius() + 10));
        }
        if (s.crossed()) {
            double r = s.radius() * 0.8;
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Line2D.Double(s.x() - r, s.y() - r, s.x() + r, s.y() + r));
            g.draw(new Line2D.Double(s.x() + r, s.y() - r, s.x() - r, s.y() + r));
        }
        if (s.warning()) {
            g.setColor(WARNING);
            g.setStroke(new BasicStroke(2f));
            for (double extra : new double[] {4, 8}) {
                g.draw(new Ellipse2D.Double(s.x() - s.radius() - extra, s.y() - s.radius() - extra,
                        2 * (s.radius() + extra), 2 * (s.radius() + extra)));
            }
        }
    }

    private static void label(Graphics2D g, Label label) {
        for (int i = 0; i < label.lines().size(); i++) {
            String text = label.lines().get(i);
            if (text.isEmpty()) {
                continue;
            }
            boolean warning = text.equals("DO NOT CONTACT");
            g.setFont(new Font(Font.SANS_SERIF, label.bold() || warning ? Font.BOLD : Font.PLAIN, 12));
            g.setColor(warning ? WARNING : i == 0 ? INK : GREY);
            int w = g.getFontMetrics().stringWidth(text);
            float tx = (float) (label.x() - w / 2.0);
            float ty = (float) (label.y() + 12 + i * Label.LINE_HEIGHT);
            // A white halo keeps text readable where a line passes behind it.
            var outline = new java.awt.font.TextLayout(text, g.getFont(), g.getFontRenderContext())
                    .getOutline(java.awt.geom.AffineTransform.getTranslateInstance(tx, ty));
            var colour = g.getColor();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(colour);
            g.drawString(text, tx, ty);
        }
    }

    private static void legend(Graphics2D g, Layout layout, String heading) {
        double boxWidth = Layout.legendWidth(layout.legend());
        double x = layout.legendX();
        double y = layout.legendY();
        g.setColor(Color.decode("#f9fafb"));
        var box = new Rectangle2D.Double(x - 10, y - 24, boxWidth, 34 + 24 * layout.legend().size());
        g.fill(box);
        g.setColor(Color.decode("#d1d5db"));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(heading, (float) x, (float) (y - 6));
        for (LegendEntry entry : layout.legend()) {
            y += 24;
            if (entry.stroke() != null) {
                line(g, new Line(x, y - 4, x + 40, y - 4, entry.stroke(), entry.mark()));
            } else {
                shape(g, new Shape("legend", x + 20, y - 4, 8, entry.form(), false, entry.crossed(), entry.warning()));
            }
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(entry.text(), (float) (x + 50), (float) y);
        }
    }

    private static BasicStroke stroke(Stroke stroke) {
        return switch (stroke) {
            case THICK -> new BasicStroke(4f);
            case DASHED -> new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {8f, 5f}, 0f);
            case DOTTED -> new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {0.1f, 4f}, 0f);
            default -> new BasicStroke(1.6f);
        };
    }
}
