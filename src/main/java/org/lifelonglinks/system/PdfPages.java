package org.lifelonglinks.system;

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

/**
 * A4 pages of plain text for the documents the service prints (the plan, the chronology, a subject access pack):
 * lines placed down the page, wrapped to the width, a new page when one is full. The standard PDF fonts cover
 * Western European letters only; anything else is printed as '?' rather than failing the whole document.
 */
public final class PdfPages implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEADING = 1.35f;

    public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final float margin;
    private PDPageContentStream stream;
    private float y;

    public PdfPages(float margin) {
        this.margin = margin;
    }

    /** The width between the margins. */
    public float textWidth() {
        return PAGE.getWidth() - 2 * margin;
    }

    public float margin() {
        return margin;
    }

    /** The text wrapped to the full width from the margin, then {@code after} points of space. */
    public void paragraph(String text, PDType1Font font, float size, float after) {
        for (String line : wrap(text, font, size, textWidth())) {
            next(size);
            at(margin, line, font, size);
        }
        space(after);
    }

    /** Moves down one line of this size, to a new page if there is no room. */
    public void next(float size) {
        keepTogether(size * LEADING);
        y -= size * LEADING;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void keepTogether(float height) {
        if (stream == null || y - height < margin) {
            newPage();
        }
    }

    /** One line of text at {@code x} on the current line, made printable first. */
    public void at(float x, String text, PDType1Font font, float size) {
        if (stream == null) {
            newPage();
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(printable(text, font));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** The text (made printable) in lines no wider than {@code width}, broken between words. */
    public List<String> wrap(String text, PDType1Font font, float size, float width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
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

    /** The finished document, titled; at least one page even when nothing was written. */
    public byte[] toBytes(String title) {
        try (var out = new ByteArrayOutputStream()) {
            if (stream == null) {
                newPage();
            }
            stream.close();
            stream = null;
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float widthOf(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tabs become spaces; a character the font cannot encode becomes '?'. */
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
