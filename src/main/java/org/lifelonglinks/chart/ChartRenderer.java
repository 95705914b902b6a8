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
        // The young person's chart says its key and description in their words and language; a worker's in English.
        var words = data.reader() == ChartData.Reader.YOUNG_PERSON ? data.words() : null;
        return switch (format) {
            case SVG -> SvgPainter.paint(layout, words).getBytes(StandardCharsets.UTF_8);
            case PNG -> png(layout, words);
            case PDF -> pdf(layout, words);
        };
    }

    private static byte[] png(Layout layout, OwnWords words) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(ImagePainter.paint(layout, 1.5, words), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page sized to the chart, holding the chart painted at print resolution. */
    private static byte[] pdf(Layout layout, OwnWords words) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            float width = layout.width() * 0.75f;
            float height = layout.height() * 0.75f;
            var page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, ImagePainter.paint(layout, 3, words));
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
