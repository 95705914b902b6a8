package org.lifelonglinks.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The subject access pack as an A4 PDF to hand over: the same content as the JSON, each section under a heading,
 * each field as "label: value" in words, wrapped over as many pages as needed (as the printed plan is made).
 */
final class SubjectAccessPdf {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final Map<String, String> HEADINGS = Map.of(
            "subject", "What we hold about you",
            "contactDetails", "Your contact details",
            "inNetworks", "Where you appear in young people's networks",
            "kinship", "Family ties recorded",
            "dataProtection", "Why we hold it, what you were told, how long we keep it",
            "ownRecord", "Your own record");

    private SubjectAccessPdf() {
    }

    static byte[] render(Map<String, Object> pack) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var writer = new Writer(document);
            writer.paragraph("Subject access: the information we hold", bold, 18, 8);
            writer.paragraph("Made " + pack.get("generatedAt") + " by " + pack.get("generatedBy")
                    + ". Names of other people: " + pack.get("namesOfOthers") + ".", regular, 11, 10);
            for (var entry : pack.entrySet()) {
                String heading = HEADINGS.get(entry.getKey());
                if (heading == null) {
                    continue;
                }
                writer.space(8);
                writer.paragraph(heading, bold, 14, 6);
                var lines = new ArrayList<String>();
                describe(entry.getValue(), "", lines);
                if (lines.isEmpty()) {
                    lines.add("Nothing recorded.");
                }
                lines.forEach(line -> writer.paragraph(line, regular, 11, 2));
            }
            writer.space(10);
            writer.paragraph(String.valueOf(pack.get("note")), regular, 10, 4);
            writer.close();
            document.getDocumentInformation().setTitle("Subject access");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields as "label: value" lines, nested ones indented; empty fields left out. */
    private static void describe(Object value, String indent, List<String> lines) {
        if (value instanceof Record record) {
            describe(SubjectAccessService.asMap(record), indent, lines);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v == null || v instanceof Collection<?> c && c.isEmpty()) {
                    return;
                }
                if (v instanceof Map<?, ?> || v instanceof Record || v instanceof Collection<?>) {
                    lines.add(indent + words(String.valueOf(k)) + ":");
                    describe(v, indent + "    ", lines);
                } else {
                    lines.add(indent + words(String.valueOf(k)) + ": " + v);
                }
            });
        } else if (value instanceof Collection<?> list) {
            int i = 1;
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof Record) {
                    lines.add(indent + "(" + i++ + ")");
                    describe(item, indent + "    ", lines);
                } else {
                    lines.add(indent + "- " + item);
                }
            }
        } else if (value != null) {
            lines.add(indent + value);
        }
    }

    /** camelCase to words: "dateOfBirth" to "date of birth". */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
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
            for (String paragraph : text.split("\n")) {
                var line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && widthOf(candidate, font, size) > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float widthOf(String text, PDType1Font font, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The standard PDF fonts cover Western European letters; anything else (and tabs) is shown as '?'. */
        private static String printable(String text, PDType1Font font) {
            var out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (cp == '\n') {
                    out.append(ch);
                    return;
                }
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
