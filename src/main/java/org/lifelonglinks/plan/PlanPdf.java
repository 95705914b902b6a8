package org.lifelonglinks.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The plan as an A4 PDF for printing: the same words as the web page, wrapped, over as many pages as needed. */
final class PlanPdf {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private PlanPdf() {
    }

    static byte[] render(PlanDocument plan) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var writer = new Writer(document);
            writer.paragraph(plan.title(), bold, 20, 8);
            writer.paragraph(plan.agreed(), regular, 11, 14);
            if (plan.summary() != null) {
                writer.paragraph(plan.summary(), regular, 13, 14);
            }
            if (!plan.meeting().isEmpty()) {
                writer.space(10);
                writer.paragraph("Our meeting", bold, 15, 6);
                plan.meeting().forEach(line -> writer.paragraph(line, regular, 12, 4));
            }
            writer.space(10);
            writer.paragraph("What we agreed", bold, 15, 6);
            if (plan.sections().isEmpty()) {
                writer.paragraph("Nothing is in the plan yet.", regular, 12, 4);
            }
            for (var section : plan.sections()) {
                writer.paragraph(section.heading(), bold, 13, 4);
                section.lines().forEach(line -> writer.paragraph("\u2022 " + line, regular, 12, 4));
                writer.space(8);
            }
            writer.space(10);
            writer.paragraph("What happens next", bold, 15, 6);
            writer.paragraph(plan.closing(), regular, 12, 4);
            writer.close();
            document.getDocumentInformation().setTitle(plan.title());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes wrapped lines down the page, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void paragraph(String text, PDType1Font font, float size, float after) {
            for (String line : wrap(printable(text, font), font, size)) {
                if (stream == null || y - size < MARGIN) {
                    newPage();
                }
                try {
                    y -= size * 1.35f;
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            y -= after;
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            if (stream == null) {
                newPage();
            }
            stream.close();
        }

        private void newPage() {
            try {
                if (stream != null) {
                    stream.close();
                }
                var page = new PDPage(PAGE);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                y = PAGE.getHeight() - MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> wrap(String text, PDType1Font font, float size) {
            float width = PAGE.getWidth() - 2 * MARGIN;
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && widthOf(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private float widthOf(String text, PDType1Font font, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The standard PDF fonts cover Western European letters; anything else is shown as '?'. */
        private static String printable(String text, PDType1Font font) {
            var out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
