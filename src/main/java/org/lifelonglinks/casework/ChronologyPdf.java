package org.lifelonglinks.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The chronology as an A4 PDF for the case file, as the printed plan is made: the same entries as the printable
 * page, the date in a left column and the words wrapped beside it, over as many pages as needed. The standard
 * PDF fonts cover Western European letters; anything else is printed as '?'.
 */
final class ChronologyPdf {

    private static final float MARGIN = 50;
    private static final float DATE_COLUMN = 80;
    private static final float SIZE = 10.5f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ChronologyPdf() {
    }

    static byte[] render(String youngPersonName, List<ChronologyEntry> entries) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var pages = new Pages(document);
            String title = "Chronology: " + youngPersonName;
            pages.line(MARGIN, printable(title, bold), bold, 18);
            pages.space(10);
            if (entries.isEmpty()) {
                pages.line(MARGIN, "Nothing is recorded yet.", regular, SIZE);
            }
            float textWidth = PAGE.getWidth() - 2 * MARGIN - DATE_COLUMN;
            for (var entry : entries) {
                var lines = new ArrayList<String>();
                String by = entry.by() == null ? "" : " (" + entry.by() + ")";
                for (String paragraph : (entry.what() + by).split("\n")) {
                    lines.addAll(wrap(printable(paragraph, regular), regular, SIZE, textWidth));
                }
                pages.keepTogether(Math.min(lines.size(), 3) * SIZE * 1.35f);
                pages.next(SIZE);
                pages.at(MARGIN, DAY.format(entry.date()), bold, SIZE);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        pages.next(SIZE);
                    }
                    pages.at(MARGIN + DATE_COLUMN, lines.get(i), regular, SIZE);
                }
                pages.space(5);
            }
            pages.close();
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places text line by line down the page, starting a new page when one is full. */
    private static final class Pages {

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document) {
            this.document = document;
        }

        void line(float x, String text, PDType1Font font, float size) {
            next(size);
            at(x, text, font, size);
        }

        /** Moves down one line of this size, to a new page if there is no room. */
        void next(float size) {
            if (stream == null || y - size * 1.35f < MARGIN) {
                newPage();
            }
            y -= size * 1.35f;
        }

        void keepTogether(float height) {
            if (stream == null || y - height < MARGIN) {
                newPage();
            }
        }

        void at(float x, String text, PDType1Font font, float size) {
            if (stream == null) {
                newPage();
            }
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, y);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
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

    private static float widthOf(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(String text, PDType1Font font) {
        var out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
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
