package org.lifelonglinks.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Draws a chart: one layout, painted as SVG, PNG or PDF. The same data always gives the same picture. */
public final class ChartRenderer {

    /** Which chart. */
    public enum View { ECOMAP, FAMILY }

    /** Which file format, with its media type. */
    public enum Format {
        SVG("image/svg+xml"), PNG("image/png"), PDF("application/pdf");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private ChartRenderer() {
    }

    public static byte[] render(ChartData data, View view, Format format) {
        Layout layout = view == View.FAMILY ? GenogramLayout.layout(data) : EcomapLayout.layout(data);
        return switch (format) {
            case SVG -> SvgPainter.paint(layout).getBytes(StandardCharsets.UTF_8);
            case PNG -> png(layout);
            case PDF -> pdf(layout);
        };
    }

    private static byte[] png(Layout layout) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(ImagePainter.paint(layout, 1.5), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page sized to the chart, holding the chart painted at print resolution. */
    private static byte[] pdf(Layout layout) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            float width = layout.width() * 0.75f;
            float height = layout.height() * 0.75f;
            var page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, ImagePainter.paint(layout, 3));
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, width, height);
            }
            document.getDocumentInformation().setTitle(layout.title());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
